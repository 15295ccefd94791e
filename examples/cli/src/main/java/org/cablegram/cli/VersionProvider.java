package org.cablegram.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.cablegram.CableParser;

import picocli.CommandLine;

/** {@code --version}: the tool's version and that of the library it runs with. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String cli = property(VersionProvider.class, "/org/cablegram/cli/version.properties", "version");
        String lib = property(CableParser.class, "/META-INF/maven/org.cablegram/cablegram/pom.properties", "version");
        return new String[] {
            "cablegram " + cli,
            "library org.cablegram:cablegram " + lib,
            "Java ${java.version} (${java.vendor})"
        };
    }

    private static String property(Class<?> anchor, String resource, String key) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty(key, "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}

package org.cablegram.examples.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Runs the packaged jar the way the README says: {@code java -jar target/tags-report.jar DIR}. */
class JarIT {

    @Test
    void runsWithJavaDashJar() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("example.jar", "target/tags-report.jar"));
        assertTrue(Files.isRegularFile(jar), jar.toString());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "--top", "1", TagCountsTest.FIXTURES.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("   1  PREL  SUBJECT       3     75.0"), out);
    }
}

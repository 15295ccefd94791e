package org.cablegram.internal.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cablegram.CableParser;

/**
 * Makes the {@link PreparedDfa} resource at build time: parses the sample cables given, one
 * thread, in name order (so the same sample gives the same bytes), and writes the DFA the
 * grammars built. Run with {@code -Dcablegram.preparedDfa=false}, so that a resource left by an
 * earlier build is not installed first.
 *
 * <pre>java -Dcablegram.preparedDfa=false -cp ... org.cablegram.internal.parse.DfaTrainer OUT DIR_OR_FILE...</pre>
 */
public final class DfaTrainer {

    private DfaTrainer() {
    }

    /**
     * @param args the resource to write, then the sample's files and folders ({@code .txt} files)
     * @throws IOException when a file cannot be read or the resource written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: DfaTrainer OUT DIR_OR_FILE...");
        }
        if (!"false".equals(System.getProperty("cablegram.preparedDfa"))) {
            throw new IllegalStateException("run with -Dcablegram.preparedDfa=false");
        }
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> s = Files.walk(Path.of(args[i]))) {
                s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        CableParser parser = CableParser.create();
        for (Path f : files) {
            parser.parse(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
        byte[] resource = PreparedDfa.write(PreparedDfa.grammars());
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Files.write(out, resource);
        System.out.println("prepared DFA: " + files.size() + " sample files, " + resource.length + " bytes -> " + out);
    }
}

package org.cablegram.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cablegram.corpus.CorpusFiles;

/** Benchmark inputs: the bundled cables, and corpus files found below a directory. */
final class Inputs {

    private Inputs() {
    }

    /** A bundled cable by file name (see resources/bench/README.md). */
    static String bundled(String name) {
        try (InputStream in = Inputs.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled cable " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The .txt files below {@code root} (its cables/ folder when it has one), in the corpus
     * library's stable walking order.
     */
    static List<Path> files(Path root) {
        Path dir = Files.isDirectory(root.resolve("cables")) ? root.resolve("cables") : root;
        List<Path> out = CorpusFiles.list(dir, CorpusFiles.withExtension("txt"));
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no .txt files below " + dir.toAbsolutePath());
        }
        return out;
    }

    /** The corpus directory: system property {@code cablegram.corpus}, default ../shared/corpus. */
    static Path corpus() {
        return Path.of(System.getProperty("cablegram.corpus", "../shared/corpus"));
    }

    static List<String> read(List<Path> files) {
        List<String> out = new ArrayList<>(files.size());
        for (Path f : files) {
            try {
                out.add(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}

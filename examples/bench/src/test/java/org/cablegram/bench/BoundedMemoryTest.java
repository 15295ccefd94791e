package org.cablegram.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The corpus runner parses the corpus read many times over (default 10) in a JVM limited to a
 * 256 MB heap: memory stays flat as the corpus grows. Not a timing test: it checks that the run
 * completes, and prints the runner's figures.
 */
class BoundedMemoryTest {

    @Test
    void corpusManyTimesOverIn256MegabytesOfHeap() throws IOException, InterruptedException {
        Path corpus = Path.of(System.getProperty("cablegram.corpus", "../../../shared/corpus"));
        if (!Files.isDirectory(corpus.resolve("cables"))) {
            corpus = Path.of("../../src/test/resources/corpus-sample");
        }
        String repeat = System.getProperty("bench.repeat", "10");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), CorpusRunner.class.getName(),
                "--repeat", repeat, corpus.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        System.out.println("[bench] " + out.strip().replace("\n", "\n[bench] "));
        assertEquals(0, status, out);
        assertTrue(out.contains("cables: "), out);
        assertTrue(!out.contains("OutOfMemoryError"), out);
    }
}

package org.cablegram.examples.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: options, output, exit status. */
class CitationGraphTest {

    static final String FIXTURES = GraphTest.FIXTURES.toString();

    /** What one run printed. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CitationGraph.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void graphmlByDefault() {
        Run r = run(FIXTURES);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml"), r.out());
        assertEquals("4 files, 4 cables (0 ids from the file name), 2 cited cables outside the set, "
                + "6 citations (4 between cables read), 1 REF items naming no cable\n", r.err());
    }

    @Test
    void dotInternalOnly() {
        Run r = run("--format=dot", "--internal", FIXTURES);
        assertEquals(0, r.status(), r.err());
        assertEquals(4, r.out().lines().filter(l -> l.contains(" -> ")).count());
        assertTrue(!r.out().contains("08STATE12345"), r.out());
    }

    @Test
    void writesToAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("g.dot");
        Run r = run("-f", "dot", "-o", file.toString(), FIXTURES);
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.readString(file).startsWith("digraph citations {"));
    }

    @Test
    void helpAndErrors(@TempDir Path empty) {
        Run help = run("-h");
        assertEquals(0, help.status());
        assertTrue(help.out().startsWith("Usage: citation-graph"));
        assertEquals(2, run().status());
        assertEquals(2, run("-f", "svg", FIXTURES).status());
        assertEquals(2, run("--output").status());
        assertEquals(2, run("--what", FIXTURES).status());
        assertEquals(1, run("no/such/folder").status());
        assertEquals(1, run(empty.toString()).status());
    }
}

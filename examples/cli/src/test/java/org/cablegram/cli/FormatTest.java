package org.cablegram.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cablegram.CableParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cablegram format}: lossless and canonical output, to standard output or a directory. */
class FormatTest {

    static final Path SEED = Path.of("../cables/08ASTANA2256.txt");

    @Test
    void losslessGivesTheInputBack() throws IOException {
        Cli.Result r = Cli.run("format", "--lossless", SEED.toString());
        assertEquals(0, r.status());
        assertEquals(Files.readString(SEED, StandardCharsets.UTF_8), r.out());
    }

    @Test
    void canonicalTextParsesToTheSameCable() throws IOException {
        Cli.Result r = Cli.run("format", "--wrap", "69", SEED.toString());
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("VZCZCXRO1063\n"));
        var original = CableParser.create().parse(SEED).cable();
        var back = CableParser.create().parse(r.out()).cable();
        assertEquals(original.paragraphs(), back.paragraphs());
        assertEquals(original.subject(), back.subject());
        assertEquals(original.info(), back.info());
    }

    @Test
    void outWritesOneFilePerCable(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("format", "--lossless", "--out", out.toString(), SEED.toString(),
                Cli.RESOURCES.resolve("cables").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals(Files.readString(SEED), Files.readString(out.resolve("08ASTANA2256.txt")));
        try (var files = Files.list(out)) {
            assertTrue(files.count() >= 2);
        }
    }

    @Test
    void badWrapWidthIsAUsageError() {
        assertEquals(2, Cli.run("format", "--wrap", "5", SEED.toString()).status());
    }

    @Test
    void csvRowsGetTheirOwnFileNames() {
        assertEquals("cables.csv#3.txt", FormatCommand.fileName("dir/cables.csv#3"));
        assertEquals("X.txt", FormatCommand.fileName("a/b/X.html"));
        assertEquals("Y.txt", FormatCommand.fileName("Y.txt"));
    }
}

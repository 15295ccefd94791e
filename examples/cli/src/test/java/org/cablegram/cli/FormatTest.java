package org.cablegram.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    void outNamesFilesByReferenceIdAndNeverOverwrites(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Path csv = Cli.RESOURCES.resolve("csv/cables.csv");
        // the name of the seed for another cable: files are named by the id in the text
        Path other = Files.createDirectories(dir.resolve("other"));
        Path sameName = Files.copy(Cli.RESOURCES.resolve("cables/10SANJOSE15.txt"), other.resolve("08ASTANA2256.txt"));
        Cli.Result r = Cli.run("format", "--lossless", "--out", out.toString(), SEED.toString(), sameName.toString(),
                csv.toString(), SEED.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals(Files.readString(SEED), Files.readString(out.resolve("08ASTANA2256.txt")));
        assertEquals(Files.readString(sameName), Files.readString(out.resolve("10SANJOSE15.txt")));
        // CSV rows: by the id in the text, else by the row's refid; never cables.csv#N
        assertEquals(Files.readString(sameName), Files.readString(out.resolve("10SANJOSE15-2.txt")));
        for (String id : List.of("03THEHAGUE2480", "02ROME1725", "08BERN443")) {
            assertEquals(Files.readString(Cli.RESOURCES.resolve("cables/" + id + ".txt")),
                    Files.readString(out.resolve(id + ".txt")), id);
        }
        assertEquals(Files.readString(SEED), Files.readString(out.resolve("08ASTANA2256-2.txt")), "a suffix, no overwrite");
        assertTrue(r.err().contains(csv + "#1: note: " + out.resolve("10SANJOSE15.txt") + " exists; written to "
                + out.resolve("10SANJOSE15-2.txt")), r.err());
        try (var files = Files.list(out)) {
            assertEquals(7, files.count());
        }
        // files from an earlier run are kept too
        Cli.Result again = Cli.run("format", "--out", out.toString(), SEED.toString());
        assertEquals(0, again.status(), again.err());
        assertEquals(Files.readString(SEED), Files.readString(out.resolve("08ASTANA2256.txt")));
        assertTrue(Files.exists(out.resolve("08ASTANA2256-3.txt")));
    }

    @Test
    void withoutAnIdTheInputNameIsUsed(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("memo.html"), "<html><body><pre>SUBJECT: NO ID HERE\n</pre></body></html>");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("format", "--lossless", "--out", out.toString(), in.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("SUBJECT: NO ID HERE\n", Files.readString(out.resolve("memo.txt")));
        Cli.Result stdin = Cli.withInput("SUBJECT: NONE\n".getBytes(StandardCharsets.UTF_8),
                "format", "--lossless", "--out", out.toString(), "-");
        assertEquals(0, stdin.status(), stdin.err());
        assertEquals("SUBJECT: NONE\n", Files.readString(out.resolve("stdin.txt")));
    }

    @Test
    void severalCablesOnStandardOutputAreSeparatedByAMarker() throws IOException {
        Path rome = Cli.RESOURCES.resolve("cables/02ROME1725.txt");
        Cli.Result r = Cli.run("format", "--lossless", SEED.toString(), rome.toString());
        assertEquals(0, r.status(), r.err());
        String seed = Files.readString(SEED);
        String romeText = Files.readString(rome);
        assertEquals("==> " + SEED + " <==\n" + seed + (seed.endsWith("\n") ? "" : "\n")
                + "==> " + rome + " <==\n" + romeText + (romeText.endsWith("\n") ? "" : "\n"), r.out());
        Cli.Result rows = Cli.run("format", Cli.RESOURCES.resolve("csv/cables.csv").toString());
        assertEquals(4, rows.out().lines().filter(l -> l.startsWith("==> ") && l.endsWith(" <==")).count(), rows.out());
        assertTrue(rows.out().startsWith("==> " + Cli.RESOURCES.resolve("csv/cables.csv") + "#1 <==\n"), rows.out());
        Cli.Result one = Cli.run("format", "--lossless", SEED.toString());
        assertFalse(one.out().contains("==> "), "one cable: its text alone");
    }

    @Test
    void badWrapWidthIsAUsageError() {
        assertEquals(2, Cli.run("format", "--wrap", "5", SEED.toString()).status());
    }
}

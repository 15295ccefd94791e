package org.cablegram.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Cablegate cables.csv through the tool (the corpus library reads it; its own tests check
 * each row's text): csv/cables.csv holds four corpus cables (see the resources'
 * README) with backslash-escaped quotes and backslashes, multi-line fields, and a row with
 * quotes in the body.
 */
class CsvTest {

    private static final Path CSV = Cli.RESOURCES.resolve("csv/cables.csv");

    @Test
    void theCliWritesOneObjectPerRowWithFileAndRowAsSource() {
        Cli.Result r = Cli.run("parse", "--format", "jsonl", CSV.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.outLines();
        assertEquals(4, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(lines.get(i).startsWith("{\"source\":\"" + CSV + "#" + (i + 1) + "\""), lines.get(i));
        }
        assertTrue(lines.get(3).contains("\"referenceId\":\"08BERN443\""));
    }

    @Test
    void aRefidThatTheTextContradictsIsReported(@TempDir Path dir) throws IOException {
        String csv = Files.readString(CSV).replace("\"10SANJOSE15\"", "\"10SANJOSE99\"");
        Path f = Files.writeString(dir.resolve("cables.csv"), csv);
        Cli.Result r = Cli.run("validate", f.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains(f + "#1:"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(f + "#1:") && l.contains("warning: REFERENCE_ID_MISMATCH")),
                r.out());
    }

    @Test
    void aShortRowIsAnErrorAndTheOthersAreRead(@TempDir Path dir) throws IOException {
        String csv = "\"1\",\"only\",\"three\"\n" + Files.readString(CSV);
        Path f = Files.writeString(dir.resolve("cables.csv"), csv);
        Cli.Result r = Cli.run("parse", "--format", "jsonl", f.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(f + "#1: error: expected 8 columns"), r.err());
        assertEquals(4, r.outLines().size());
        assertTrue(r.outLines().get(0).startsWith("{\"source\":\"" + f + "#2\""));
    }

    @Test
    void malformedCsvStopsThatFileWithAClearError(@TempDir Path dir) throws IOException {
        String csv = Files.readString(CSV) + "\"5\",\"x\",\"unterminated";
        Path f = Files.writeString(dir.resolve("cables.csv"), csv);
        Cli.Result r = Cli.run("validate", f.toString(), "../cables/08ASTANA2256.txt");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(f + "#5: error: malformed CSV"), r.err());
        assertTrue(r.out().contains("5 cables"), r.out());
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAtTheirPlaceInTheRow(@TempDir Path dir) throws IOException {
        byte[] bytes = ("\"1\",\"d\",\"08ASTANA2256\",\"o\",\"c\",\"\",\"P 141042Z NOV 08\nFM AMEMBASSY ASTANA\","
                + "\"UNCLAS ASTANA 002256\n\nSUBJECT: CAF\u00c9\"\n").getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(dir.resolve("latin1.csv"), bytes);
        Cli.Result r = Cli.run("validate", f.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains(f + "#1:6:13: error: MALFORMED_ENCODING"), r.out());
    }
}

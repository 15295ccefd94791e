package org.cablegram.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The command line: commands, formats, order, errors and exit statuses. */
class CliTest {

    private static final String GOOD = "../cables/08ASTANA2256.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> sources(String jsonl) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        for (String line : jsonl.split("\n")) {
            if (!line.isEmpty()) {
                out.add(JSON.readTree(line).get("source").asText());
            }
        }
        return out;
    }

    // --- validate: exit statuses 0, 1, 2

    @Test
    void validateAGoodCableExitsZero() {
        Cli.Result r = Cli.run("validate", GOOD);
        assertEquals(0, r.status(), r.err());
        assertEquals("1 cable, 0 with errors; 0 errors, 0 warnings, 8 infos\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void validateShowsInfosOnRequestInCompilerStyle() {
        Cli.Result r = Cli.run("validate", "--severity", "info", GOOD);
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith(GOOD + ":54:1: info: PARAGRAPH_REJOINED: "), r.out());
        assertTrue(r.out().contains(GOOD + ":58:1: info: PILCROW_MANGLED: paragraph number 14 read as 4"), r.out());
    }

    @Test
    void validateABrokenCableExitsOne(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Cli.Result r = Cli.run("validate", GOOD, empty.toString());
        assertEquals(1, r.status());
        assertTrue(r.out().contains(empty + ":1:1: error: EMPTY_INPUT: "), r.out());
        assertTrue(r.out().endsWith("2 cables, 1 with errors; 1 error, 0 warnings, 8 infos\n"), r.out());
    }

    @Test
    void aMissingFileIsReportedExitsTwoAndTheRunGoesOn() {
        Cli.Result r = Cli.run("validate", "no/such/cable.txt", GOOD);
        assertEquals(2, r.status());
        assertEquals("no/such/cable.txt: error: no such file or directory\n", r.err());
        assertTrue(r.out().contains("1 cable, 0 with errors;") && r.out().contains("1 input could not be read"), r.out());
        Cli.Result p = Cli.run("parse", "--format", "jsonl", "no/such/cable.txt", GOOD);
        assertEquals(2, p.status());
        assertEquals(1, p.outLines().size());
    }

    @Test
    void aNonUtf8FileGivesMalformedEncoding(@TempDir Path dir) throws IOException {
        byte[] latin1 = "UNCLAS STATE 001\n\nSUBJECT: CAF\u00c9 AU LAIT\n\n1. Text.\n".getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(dir.resolve("latin1.txt"), latin1);
        Cli.Result r = Cli.run("validate", f.toString());
        assertEquals(1, r.status());
        assertTrue(r.out().contains(f + ":3:13: error: MALFORMED_ENCODING: bytes that are not UTF-8"), r.out());
        Cli.Result strict = Cli.run("parse", "--strict", f.toString());
        assertEquals(1, strict.status());
        assertEquals("", strict.out());
        assertTrue(strict.err().contains(f + ": error: rejected by the strict parser: 1 error(s)"), strict.err());
        assertTrue(strict.err().contains(f + ":3:13: error: MALFORMED_ENCODING"), strict.err());
        Cli.Result tolerant = Cli.run("parse", f.toString());
        assertEquals(0, tolerant.status());
        assertTrue(tolerant.out().contains("\"code\" : \"MALFORMED_ENCODING\""));
    }

    @Test
    void aUsageErrorIsOneLineAndAHint() {
        Cli.Result r = Cli.run("validate", "--bogus", GOOD);
        assertEquals(2, r.status());
        assertEquals("cablegram: Unknown option: '--bogus'\nTry 'cablegram validate --help' for more information.\n",
                r.err());
        assertEquals("", r.out());
        for (String[] args : List.of(new String[] {"parse", "--format", "xml", GOOD}, new String[] {"parse"},
                new String[] {"frobnicate"}, new String[] {"parse", "--threads", "0", GOOD},
                new String[] {"format", "--wrap", "5", GOOD})) {
            Cli.Result u = Cli.run(args);
            assertEquals(2, u.status(), String.join(" ", args));
            assertEquals(2, u.err().lines().count(), u.err());
            assertTrue(u.err().startsWith("cablegram: "), u.err());
            assertTrue(u.err().lines().skip(1).findFirst().orElseThrow().matches("Try 'cablegram( \\w+)? --help' for more information\\."),
                    u.err());
        }
    }

    @Test
    void noCommandNamesAllFourAndGivesAHint() {
        Cli.Result r = Cli.run();
        assertEquals(2, r.status());
        assertEquals("cablegram: missing command: parse, validate, stats or format\n"
                + "Try 'cablegram --help' for more information.\n", r.err());
        Cli.Result help = Cli.run("--help");
        assertTrue(help.out().contains("\n  format "), help.out());
    }

    @Test
    void dashReadsStandardInput() throws IOException {
        byte[] cable = Files.readAllBytes(Path.of(GOOD));
        Cli.Result one = Cli.withInput(cable, "parse", "-");
        assertEquals(0, one.status(), one.err());
        JsonNode obj = JSON.readTree(one.out());
        assertTrue(obj.isObject(), "one cable on standard input gives one object");
        assertEquals("<stdin>", obj.get("source").asText());
        assertEquals("08ASTANA2256", obj.get("referenceId").asText());
        Cli.Result mixed = Cli.withInput(cable, "validate", "--severity", "info", GOOD, "-");
        assertEquals(0, mixed.status(), mixed.err());
        assertTrue(mixed.out().contains("<stdin>:58:1: info: PILCROW_MANGLED"), mixed.out());
        assertTrue(mixed.out().endsWith("2 cables, 0 with errors; 0 errors, 0 warnings, 16 infos\n"), mixed.out());
        byte[] page = Files.readAllBytes(Cli.RESOURCES.resolve("html/10SANJOSE15.html"));
        Cli.Result html = Cli.withInput(page, "parse", "--format", "jsonl", "-");
        assertTrue(html.out().contains("\"referenceId\":\"10SANJOSE15\""), html.out());
        byte[] csv = Files.readAllBytes(Cli.RESOURCES.resolve("csv/cables.csv"));
        Cli.Result rows = Cli.withInput(csv, "parse", "--format", "jsonl", "--input", "csv", "-");
        assertEquals(4, rows.outLines().size());
        assertTrue(rows.outLines().get(1).startsWith("{\"source\":\"<stdin>#2\""), rows.out());
    }

    @Test
    void aBinaryFileIsOneClearLine(@TempDir Path dir) throws IOException {
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
            z.write(Files.readAllBytes(Path.of(GOOD)));
        }
        Path bin = Files.write(dir.resolve("cable.txt"), gz.toByteArray());
        Cli.Result r = Cli.run("validate", bin.toString(), GOOD);
        assertEquals(2, r.status());
        assertEquals(bin + ": error: binary file (NUL or control bytes), not a telegram\n", r.err());
        assertFalse(r.out().contains(bin.toString()), "no diagnostics for it: " + r.out());
        assertTrue(r.out().endsWith("1 cable, 0 with errors; 0 errors, 0 warnings, 8 infos; 1 input could not be read\n"),
                r.out());
    }

    @Test
    void helpAndVersion() {
        Cli.Result help = Cli.run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("parse") && help.out().contains("validate") && help.out().contains("stats")
                && help.out().contains("format"));
        Cli.Result sub = Cli.run("help", "parse");
        assertEquals(0, sub.status());
        assertTrue(sub.out().contains("--format=FORMAT"), sub.out());
        Cli.Result version = Cli.run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("cablegram 0.1.0-SNAPSHOT\nlibrary org.cablegram:cablegram "), version.out());
    }

    @Test
    void anUnreadableDirectoryIsReported(@TempDir Path dir) throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.writeString(locked.resolve("a.txt"), "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions are not enforced");
            Cli.Result r = Cli.run("validate", dir.toString(), GOOD);
            assertEquals(2, r.status());
            assertTrue(r.err().contains(locked + ": error: cannot read directory: permission denied"), r.err());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFileThatCannotBeReadIsReported(@TempDir Path dir) throws IOException {
        // A directory named like a cable is listed, but reading it as a file fails.
        Path notAFile = Files.createDirectory(dir.resolve("x.txt"));
        Cli.Result r = Cli.run("parse", "--format", "jsonl", "--input", "text", notAFile.toString(), GOOD);
        assertEquals(0, r.status(), "a directory argument is walked, not read: " + r.err());
        Path fifo = dir.resolve("y.txt");
        Files.writeString(fifo, "");
        assertTrue(fifo.toFile().setReadable(false, false));
        Assumptions.assumeFalse(Files.isReadable(fifo), "running as root: permissions are not enforced");
        Cli.Result u = Cli.run("validate", fifo.toString());
        assertEquals(2, u.status());
        assertTrue(u.err().contains(fifo + ": error: cannot read: permission denied"), u.err());
    }

    // --- parse: formats, order, parallelism

    @Test
    void jsonlHasOneCompactLinePerCableWithItsSource() throws IOException {
        Cli.Result r = Cli.run("parse", "--format", "jsonl", GOOD, Cli.RESOURCES.resolve("cables").toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.outLines();
        assertEquals(5, lines.size());
        for (String line : lines) {
            JsonNode n = JSON.readTree(line);
            assertTrue(n.isObject());
            assertTrue(n.get("source").isTextual());
            assertFalse(line.contains("\n"));
        }
        assertEquals(List.of(GOOD, "src/test/resources/cables/02ROME1725.txt", "src/test/resources/cables/03THEHAGUE2480.txt",
                "src/test/resources/cables/08BERN443.txt", "src/test/resources/cables/10SANJOSE15.txt"), sources(r.out()));
    }

    @Test
    void jsonIsOneObjectForOneFileAndAnArrayOtherwise() throws IOException {
        Cli.Result one = Cli.run("parse", GOOD);
        assertTrue(JSON.readTree(one.out()).isObject());
        assertTrue(one.out().startsWith("{\n  \"source\" : \"" + GOOD + "\",\n"), one.out());
        Cli.Result several = Cli.run("parse", GOOD, GOOD);
        JsonNode arr = JSON.readTree(several.out());
        assertTrue(arr.isArray());
        assertEquals(2, arr.size());
        assertEquals(JSON.readTree(one.out()), arr.get(0));
        JsonNode dir = JSON.readTree(Cli.run("parse", "../cables").out());
        assertTrue(dir.isArray(), "a directory gives an array, even of one cable");
        assertEquals(1, dir.size());
        JsonNode csv = JSON.readTree(Cli.run("parse", Cli.RESOURCES.resolve("csv/cables.csv").toString()).out());
        assertEquals(4, csv.size());
    }

    @Test
    void anEmptyDirectoryGivesAnEmptyArray(@TempDir Path dir) throws IOException {
        Cli.Result r = Cli.run("parse", dir.toString());
        assertEquals(0, r.status());
        assertEquals("[]\n", r.out());
        assertEquals("", Cli.run("parse", "--format", "jsonl", dir.toString()).out());
    }

    @Test
    void directoriesAreWalkedRecursivelyInNameOrder(@TempDir Path dir) throws IOException {
        String cable = Files.readString(Path.of(GOOD));
        for (String f : List.of("b.txt", "a/z.txt", "a/b/c.txt", "a.txt", "c.htm", "B.txt", ".hidden.txt",
                "notes.md", "a/.git/x.txt", "z/y.TXT")) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.endsWith(".htm") ? "<code><pre>" + cable + "</pre></code>" : cable);
        }
        Cli.Result r = Cli.run("parse", "--format", "jsonl", "-j", "3", dir.toString());
        assertEquals(0, r.status(), r.err());
        String d = dir.toString();
        assertEquals(List.of(d + "/B.txt", d + "/a/b/c.txt", d + "/a/z.txt", d + "/a.txt", d + "/b.txt", d + "/c.htm",
                d + "/z/y.TXT"), sources(r.out()));
        // --input narrows what is taken from directories
        Cli.Result html = Cli.run("parse", "--format", "jsonl", "--input", "html", dir.toString());
        assertEquals(List.of(d + "/c.htm"), sources(html.out()));
        // a file named on the command line is read whatever its extension
        Cli.Result md = Cli.run("parse", "--format", "jsonl", dir.resolve("notes.md").toString());
        assertEquals(1, md.outLines().size());
    }

    @Test
    void theOutputIsTheSameOnOneThreadOrMany() {
        String sample = System.getProperty("cablegram.corpusSample", "../../src/test/resources/corpus-sample/cables");
        Cli.Result one = Cli.run("parse", "--format", "jsonl", "-j", "1", sample);
        Cli.Result four = Cli.run("parse", "--format", "jsonl", "-j", "4", sample);
        assertEquals(0, one.status(), one.err());
        assertEquals(SchemaTest.txtFiles(Path.of(sample)), one.outLines().size());
        assertEquals(one.out(), four.out());
    }

    @Test
    void strictParsingRejectsCablesWithErrors(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), " \n");
        Cli.Result r = Cli.run("parse", "--strict", "--format", "jsonl", GOOD, empty.toString());
        assertEquals(1, r.status());
        assertEquals(1, r.outLines().size());
        assertTrue(r.err().contains(empty + ":1:1: error: EMPTY_INPUT"), r.err());
        Cli.Result tolerant = Cli.run("parse", "--format", "jsonl", GOOD, empty.toString());
        assertEquals(0, tolerant.status());
        assertEquals(2, tolerant.outLines().size());
    }

    @Test
    void progressBarOnRequest() {
        Cli.Result r = Cli.run("validate", "--progress", GOOD);
        assertEquals(0, r.status());
        assertTrue(r.bar().contains("validate"), r.bar());
        assertTrue(r.bar().contains("1/1"), r.bar());
        assertEquals("", Cli.run("validate", GOOD).bar(), "no bar when standard error is not a terminal");
    }

    // --- stats

    @Test
    void statsAsJson() throws IOException {
        Cli.Result r = Cli.run("stats", "--json", GOOD, Cli.RESOURCES.resolve("cables").toString(), "missing.txt");
        assertEquals(2, r.status());
        JsonNode s = JSON.readTree(r.out());
        assertEquals(5, s.get("cables").asInt());
        assertEquals(0, s.get("cablesWithErrors").asInt());
        assertEquals(1, s.get("unreadableInputs").asInt());
        assertEquals(2, s.get("byYear").get("2008").asInt(), "08ASTANA2256, 08BERN443");
        assertEquals(1, s.get("byYear").get("2010").asInt());
        assertEquals(2, s.get("byYear").get("(none)").asInt(), "the two partial extracts have no date-time group");
        assertEquals(3, s.get("byClassification").get("CONFIDENTIAL").asInt());
        assertEquals(2, s.get("byClassification").get("UNCLASSIFIED").asInt());
        assertEquals(0, s.get("byClassification").get("TOP_SECRET").asInt());
        assertEquals(5, s.get("origins").asInt());
        assertEquals(1, s.get("byOrigin").get("ASTANA").asInt());
        assertEquals(4, s.get("byTag").get("PREL").asInt());
        assertEquals(3, s.get("byTag").get("PGOV").asInt());
        // the count comes from the library's rules, so take it from the library
        long rejoined = 0;
        java.util.List<java.nio.file.Path> inputs = new java.util.ArrayList<>();
        inputs.add(java.nio.file.Path.of(GOOD));
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(Cli.RESOURCES.resolve("cables"))) {
            files.filter(f -> f.toString().endsWith(".txt")).forEach(inputs::add);
        }
        for (java.nio.file.Path f : inputs) {
            rejoined += org.cablegram.CableParser.create().parse(f).diagnostics().stream()
                    .filter(d -> d.code() == org.cablegram.DiagnosticCode.PARAGRAPH_REJOINED).count();
        }
        assertEquals(rejoined, s.get("diagnosticsByCode").get("PARAGRAPH_REJOINED").asLong());
        assertEquals("missing.txt: error: no such file or directory\n", r.err());
    }

    @Test
    void statsAsTables() {
        Cli.Result r = Cli.run("stats", "--top", "3", GOOD, Cli.RESOURCES.resolve("cables").toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().collect(Collectors.toList());
        assertEquals("cables                      5", lines.get(0));
        assertTrue(r.out().contains("\nyear      cables\n"), r.out());
        assertTrue(r.out().contains("\nclassification"), r.out());
        assertTrue(r.out().contains("\norigin (top 3 of 5)"), r.out());
        assertTrue(r.out().contains("\ntag (top 3 of "), r.out());
        assertTrue(r.out().contains("\nPREL    "), r.out());
    }
}

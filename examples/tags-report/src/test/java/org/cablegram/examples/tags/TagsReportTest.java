package org.cablegram.examples.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: options, both output formats, exit status. */
class TagsReportTest {

    static final String FIXTURES = TagCountsTest.FIXTURES.toString();

    /** What one run printed. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TagsReport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void plainTable() {
        Run r = run("--top", "3", FIXTURES);
        assertEquals(0, r.status(), r.err());
        assertEquals(String.join("\n",
                "4 files, 4 cables, 3 with TAGS, 10 distinct tags",
                "",
                "rank  code  kind     cables  percent",
                "----  ----  -------  ------  -------",
                "   1  PREL  SUBJECT       3     75.0",
                "   2  IT    COUNTRY       2     50.0",
                "   3  ECON  SUBJECT       1     25.0",
                ""), r.out());
        assertEquals("", r.err());
    }

    @Test
    void csvByTag() throws IOException {
        Run r = run("--format=csv", "-n", "0", FIXTURES);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("rank,code,kind,cables,percent\r\n"), r.out());
        List<CSVRecord> rows = csv(r.out());
        assertEquals(10, rows.size());
        assertEquals("PREL", rows.get(0).get("code"));
        assertEquals("3", rows.get(0).get("cables"));
        assertEquals("75.0", rows.get(0).get("percent"));
        CSVRecord person = rows.stream().filter(x -> x.get("kind").equals("PERSON")).findFirst().orElseThrow();
        assertEquals("OVIP (RICE, CONDOLEEZZA)", person.get("code"), "a code with a comma survives CSV quoting");
        assertTrue(r.out().contains("\"OVIP (RICE, CONDOLEEZZA)\""));
        assertEquals("4 files, 4 cables, 3 with TAGS, 10 distinct tags\n", r.err(), "the summary goes to stderr");
    }

    @Test
    void csvByYear() throws IOException {
        Run r = run("-g", "year", "-f", "csv", "-n", "2", FIXTURES);
        assertEquals(0, r.status(), r.err());
        List<CSVRecord> rows = csv(r.out());
        assertEquals(List.of("2007,1,EUN,ORGANIZATION,1,100.0", "2007,2,IT,COUNTRY,1,100.0",
                        "2008,1,PREL,SUBJECT,2,100.0", "2008,2,ECON,SUBJECT,1,50.0"),
                rows.stream().map(x -> String.join(",", x.values())).toList());
    }

    @Test
    void tableByKind() {
        Run r = run("--group", "kind", FIXTURES);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("kind          cables  tags  codes  percent\n"), r.out());
        assertTrue(r.out().contains("SUBJECT            3     5      3     75.0\n"), r.out());
        assertTrue(r.out().contains("ORGANIZATION       2     2      2     50.0\n"), r.out());
    }

    @Test
    void kindFilter() throws IOException {
        Run r = run("--kind", "organization,person", "-f", "csv", FIXTURES);
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("EUN", "NATO", "OVIP (RICE, CONDOLEEZZA)"),
                csv(r.out()).stream().map(x -> x.get("code")).toList());
    }

    @Test
    void writesToAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tags.csv");
        Run r = run("-f", "csv", "-o", file.toString(), FIXTURES);
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals("PREL", csv(Files.readString(file)).get(0).get("code"));
    }

    @Test
    void singleFileInput() throws IOException {
        Run r = run("-f", "csv", FIXTURES + "/07ROME10.txt");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("EUN", "IT", "PGOV", "PREL"), csv(r.out()).stream().map(x -> x.get("code")).toList());
    }

    @Test
    void help() {
        Run r = run("--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("Usage: tags-report"));
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(2, run().status());
        assertEquals(2, run("--top", "many", FIXTURES).status());
        assertEquals(2, run("--top").status());
        assertEquals(2, run("--format", "xml", FIXTURES).status());
        assertEquals(2, run("--kind", "planet", FIXTURES).status());
        Run r = run("--frobnicate", FIXTURES);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("unknown option --frobnicate"), r.err());
    }

    @Test
    void missingFolderOrNoCablesExitsWithOne(@TempDir Path empty) {
        Run missing = run("does/not/exist");
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("no such file or directory"), missing.err());
        Run none = run(empty.toString());
        assertEquals(1, none.status());
        assertTrue(none.err().contains("no .txt file"), none.err());
    }
}

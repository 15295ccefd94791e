package org.cablegram.corpus;

import static org.cablegram.corpus.Fixtures.RESOURCES;
import static org.cablegram.corpus.Fixtures.cable;
import static org.cablegram.corpus.Fixtures.names;
import static org.cablegram.corpus.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.GZIPOutputStream;

import org.cablegram.DiagnosticCode;
import org.cablegram.SourceSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of source against real cables, pages and rows (see the resources' README). */
class SourcesTest {

    private static final InputStream NO_INPUT = InputStream.nullInputStream();

    @Test
    void aTextFileGivesItsTextAndNamesItsPath() {
        Path f = RESOURCES.resolve("cables/08BERN443.txt");
        List<CableInput> in = read(CableSource.file(f));
        assertEquals(1, in.size());
        assertEquals(cable("08BERN443"), in.get(0).text().orElseThrow());
        assertEquals(Origin.of(f, Format.TEXT), in.get(0).origin());
        assertEquals(f.toString(), in.get(0).origin().toString());
        assertTrue(in.get(0).diagnostics().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10SANJOSE15", "03THEHAGUE2480", "02ROME1725"})
    void aCablegatePageGivesExactlyTheCorpusText(String id) {
        Path page = RESOURCES.resolve("html/" + id + ".html");
        CableInput in = read(CableSource.file(page)).get(0);
        assertEquals(cable(id), in.text().orElseThrow());
        assertEquals(Format.CABLEGATE_PAGE, in.origin().format());
        assertEquals(page, in.origin().path().orElseThrow());
    }

    @Test
    void pathsReadFilesAndWalkFoldersAndRefuseWhatIsNeither() {
        Path f = RESOURCES.resolve("cables/08BERN443.txt");
        List<CableInput> in = read(CableSource.paths(List.of(f, RESOURCES.resolve("cables")), Format.TEXT,
                p -> p.getFileName().toString().equals("08BERN443.txt")));
        assertEquals(2, in.size());
        assertEquals(in.get(0).text(), in.get(1).text());
        assertThrows(IllegalArgumentException.class,
                () -> CableSource.paths(List.of(RESOURCES.resolve("no-such-file")), Format.TEXT, p -> true));
    }

    @Test
    void aPlusdPageIsToldByItsContentAndGivesItsRawText() {
        Path page = RESOURCES.resolve("plusd/1974ATHENS02959_b.html");
        CableInput in = read(CableSource.file(page)).get(0);
        assertEquals(Format.PLUSD_PAGE, in.origin().format());
        assertEquals(cable("1974ATHENS02959"), in.text().orElseThrow());
        assertEquals(in, read(CableSource.file(page, Format.PLUSD_PAGE)).get(0));
        CableInput notPlusd = read(CableSource.file(RESOURCES.resolve("html/10SANJOSE15.html"), Format.PLUSD_PAGE)).get(0);
        assertEquals(InputProblem.Kind.NOT_A_CABLE_PAGE, notPlusd.problem().orElseThrow().kind());
    }

    @Test
    void eachCsvRowGivesTheCorpusTextItsRowAndItsRefid() {
        Path csv = RESOURCES.resolve("csv/cables.csv");
        List<CableInput> rows = read(CableSource.file(csv));
        assertEquals(4, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CableInput row = rows.get(i);
            assertEquals(csv + "#" + (i + 1), row.origin().toString());
            assertEquals(OptionalLong.of(i + 1), row.origin().row());
            assertEquals(Format.CABLES_CSV, row.origin().format());
            assertEquals(Fixtures.IDS.get(i), row.expectedId().orElseThrow());
            assertEquals(cable(Fixtures.IDS.get(i)), row.text().orElseThrow());
        }
    }

    @Test
    void aHeaderRowIsSkippedAndStillCounted(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("with-header.csv"),
                "id,date,refid,origin,classification,references,header,body\n"
                        + Files.readString(RESOURCES.resolve("csv/cables.csv")));
        List<CableInput> rows = read(CableSource.file(csv));
        assertEquals(4, rows.size());
        assertEquals(csv + "#2", rows.get(0).origin().toString());
        assertEquals(cable("10SANJOSE15"), rows.get(0).text().orElseThrow());
    }

    @Test
    void aShortRowAndBrokenCsvAreProblemsInTheirPlace(@TempDir Path dir) throws IOException {
        String good = Files.readString(RESOURCES.resolve("csv/cables.csv"));
        Path csv = Files.writeString(dir.resolve("cables.csv"), "\"1\",\"only\",\"three\"\n" + good + "\"6\",\"x\",\"unterminated");
        List<CableInput> rows = read(CableSource.file(csv));
        assertEquals(6, rows.size(), names(rows).toString());
        assertEquals(InputProblem.Kind.MALFORMED_ROW, rows.get(0).problem().orElseThrow().kind());
        assertTrue(rows.get(0).problem().get().message().startsWith("expected 8 columns"), rows.get(0).problem().get().message());
        assertEquals(csv + "#2", rows.get(1).origin().toString());
        assertTrue(rows.get(4).text().isPresent());
        assertEquals(InputProblem.Kind.MALFORMED_CSV, rows.get(5).problem().orElseThrow().kind());
        assertEquals(csv + "#6", rows.get(5).origin().toString());
    }

    @Test
    void aFolderIsWalkedInNameOrderWithRowsInPlace(@TempDir Path dir) throws IOException {
        String text = cable("02ROME1725");
        for (String f : List.of("b.txt", "a/z.txt", "a/b/c.txt", "a.txt", "B.txt", ".hidden.txt", "notes.md",
                "a/.git/x.txt", "z/y.TXT")) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        }
        Files.copy(RESOURCES.resolve("csv/cables.csv"), dir.resolve("c.csv"));
        Files.copy(RESOURCES.resolve("html/10SANJOSE15.html"), dir.resolve("d.htm"));
        String d = dir.toString();
        assertEquals(List.of(d + "/B.txt", d + "/a/b/c.txt", d + "/a/z.txt", d + "/a.txt", d + "/b.txt",
                d + "/c.csv#1", d + "/c.csv#2", d + "/c.csv#3", d + "/c.csv#4", d + "/d.htm", d + "/z/y.TXT"),
                names(read(CableSource.folder(dir))));
        assertEquals(List.of(d + "/d.htm"), names(read(CableSource.folder(dir, Format.CABLEGATE_PAGE))));
        assertEquals(List.of(d + "/a/b/c.txt", d + "/a/z.txt"),
                names(read(CableSource.folder(dir.resolve("a"), Format.TEXT))));
        assertEquals(List.of(dir.resolve("B.txt"), dir.resolve("a/b/c.txt"), dir.resolve("a/z.txt"), dir.resolve("a.txt"),
                dir.resolve("b.txt"), dir.resolve("z/y.TXT")), CorpusFiles.list(dir, CorpusFiles.withExtension("txt")));
    }

    @Test
    void argumentsReadDashAsStandardInputAndReportMissingPathsInOrder() {
        byte[] stdin = cable("02ROME1725").getBytes(StandardCharsets.UTF_8);
        Path good = RESOURCES.resolve("cables/08BERN443.txt");
        List<CableInput> in = read(CableSource.arguments(List.of("no/such.txt", "-", good.toString()), null,
                new ByteArrayInputStream(stdin)));
        assertEquals(List.of("no/such.txt", "<stdin>", good.toString()), names(in));
        assertEquals(InputProblem.Kind.UNREADABLE, in.get(0).problem().orElseThrow().kind());
        assertEquals("no such file or directory", in.get(0).problem().get().message());
        assertTrue(in.get(1).origin().isStandardInput());
        assertEquals(cable("02ROME1725"), in.get(1).text().orElseThrow());
        assertEquals(cable("08BERN443"), in.get(2).text().orElseThrow());
    }

    @Test
    void aPageOnStandardInputIsToldFromText() throws IOException {
        byte[] page = Files.readAllBytes(RESOURCES.resolve("html/03THEHAGUE2480.html"));
        CableInput in = read(CableSource.stream("<stdin>", new ByteArrayInputStream(page), null)).get(0);
        assertEquals(Format.CABLEGATE_PAGE, in.origin().format());
        assertEquals(cable("03THEHAGUE2480"), in.text().orElseThrow());
        byte[] csv = Files.readAllBytes(RESOURCES.resolve("csv/cables.csv"));
        assertEquals(4, read(CableSource.stream("rows", new ByteArrayInputStream(csv), Format.CABLES_CSV)).size());
    }

    @Test
    void binaryDataIsOneProblemNotAText(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(cable("08BERN443").getBytes(StandardCharsets.UTF_8));
        }
        Path f = Files.write(dir.resolve("08BERN443.txt.gz"), gz.toByteArray());
        CableInput in = read(CableSource.file(f)).get(0);
        assertFalse(in.text().isPresent());
        assertEquals(InputProblem.Kind.BINARY, in.problem().orElseThrow().kind());
        // one stray control character is not binary: the parser reports it in place
        Path ctl = Files.writeString(dir.resolve("ctl.txt"), "UNCLAS\u0007 STATE 001\n\n1. Text.\n");
        assertTrue(read(CableSource.file(ctl)).get(0).text().isPresent());
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAtTheirPlaceInTheTelegram(@TempDir Path dir) throws IOException {
        byte[] page = ("<html><body><code><pre>P 141042Z NOV 08&#x000A;FM AMEMBASSY ASTANA</pre></code>"
                + "<code><pre>UNCLAS ASTANA 002256&#x000A;&#x000A;SUBJECT: CAF\u00c9</pre></code></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        CableInput in = read(CableSource.file(Files.write(dir.resolve("latin1.html"), page))).get(0);
        assertTrue(in.text().orElseThrow().endsWith("SUBJECT: CAF\ufffd"), in.text().get());
        assertEquals(1, in.diagnostics().size());
        assertEquals(DiagnosticCode.MALFORMED_ENCODING, in.diagnostics().get(0).code());
        assertEquals(SourceSpan.at(6, 13), in.diagnostics().get(0).span());
        byte[] text = "UNCLAS STATE 001\n\nSUBJECT: CAF\u00c9 AU LAIT\n".getBytes(StandardCharsets.ISO_8859_1);
        CableInput t = read(CableSource.file(Files.write(dir.resolve("latin1.txt"), text))).get(0);
        assertEquals(SourceSpan.at(3, 13), t.diagnostics().get(0).span());
    }

    @Test
    void aPageWithoutTelegramIsAProblem(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("404.html"), "<html><body><p>Not found</p></body></html>");
        InputProblem p = read(CableSource.file(f)).get(0).problem().orElseThrow();
        assertEquals(InputProblem.Kind.NOT_A_CABLE_PAGE, p.kind());
        assertTrue(p.message().contains("not a WikiLeaks cable page"), p.message());
    }

    @Test
    void textsAndConcatenationKeepTheirOrder() {
        CableSource s = CableSource.concat(List.of(CableSource.texts("mem", List.of("A", "B")),
                CableSource.file(RESOURCES.resolve("cables/02ROME1725.txt"))));
        assertEquals(List.of("mem#1", "mem#2", RESOURCES.resolve("cables/02ROME1725.txt").toString()), names(read(s)));
        assertEquals(names(read(s)), names(read(s)), "a source can be opened again");
    }

    @Test
    void anInputHasTextOrAProblemNeverBoth() {
        Origin o = Origin.of(Path.of("x.txt"), Format.TEXT);
        assertThrows(IllegalArgumentException.class, () -> new CableInput(o, java.util.Optional.empty(),
                java.util.Optional.empty(), List.of(), java.util.Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> o.atRow(0));
        assertEquals("x.txt#3", o.atRow(3).toString());
        assertTrue(read(CableSource.arguments(List.of(), null, NO_INPUT)).isEmpty());
    }
}

package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.cablegram.model.Cable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are not telegrams, or broken ones: each yields a result with a clear diagnostic
 * (tolerant) or the documented exception (strict), never another exception, a hang or a stack
 * overflow. The timeouts are hang guards, far above the real times, not performance checks.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BadInputTest {

    static final CableParser TOLERANT = CableParser.create();
    static final CableParser STRICT = CableParser.create(ParserOptions.builder().strict(true).build());

    static String seed() throws IOException {
        return Files.readString(Path.of("src/test/resources/seed/08ASTANA2256.txt"), StandardCharsets.UTF_8);
    }

    static boolean has(ParseResult r, DiagnosticCode code) {
        return r.diagnostics().stream().anyMatch(d -> d.code() == code);
    }

    @Test
    void emptyAndBlankInput() {
        for (String s : new String[] {"", " ", "\n\n\n", " \t \r\n \u2028 "}) {
            ParseResult r = TOLERANT.parse(s);
            assertEquals(Cable.empty(), r.cable());
            assertTrue(has(r, DiagnosticCode.EMPTY_INPUT), s);
            assertTrue(r.hasErrors());
            CableParseException e = assertThrows(CableParseException.class, () -> STRICT.parse(s));
            assertEquals(DiagnosticCode.EMPTY_INPUT, e.diagnostics().get(0).code());
        }
    }

    @Test
    void binaryBytes(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(42).nextBytes(bytes);
        Path f = dir.resolve("random.bin");
        Files.write(f, bytes);
        ParseResult r = TOLERANT.parse(f);
        assertTrue(has(r, DiagnosticCode.MALFORMED_ENCODING));
        assertTrue(has(r, DiagnosticCode.BINARY_CONTENT));
        assertThrows(CableParseException.class, () -> STRICT.parse(f));
        // binary text given as a string
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(has(TOLERANT.parse(s), DiagnosticCode.BINARY_CONTENT));
    }

    @Test
    void controlCharactersAreReportedWhereTheyAre() {
        for (String bad : new String[] {"\u0001", "\u007F", "\uFFFE", "\uFFFF"}) {
            // CRLF, CR and U+2028 line ends before it, curly quotes (a wide input) or not
            for (String quote : new String[] {"'", "\u201C"}) {
                String text = "UNCLAS SECTION 01 OF 02 STATE 001\r\nTAGS: PREL\rSUBJECT: A" + quote
                        + "\u2028\n1. Text" + bad + " more\n";
                Diagnostic d = TOLERANT.parse(text).diagnostics().stream()
                        .filter(x -> x.code() == DiagnosticCode.BINARY_CONTENT).findFirst().orElseThrow();
                assertEquals(5, d.span().startLine(), bad);
                assertEquals(8, d.span().startColumn(), bad);
            }
        }
        assertTrue(TOLERANT.parse("UNCLAS\n1. (U) Fine text \u00A0\u00B6\t\f.\n").diagnostics().stream()
                .noneMatch(x -> x.code() == DiagnosticCode.BINARY_CONTENT));
    }

    @Test
    void latin1FileIsReportedNotGarbled(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, seed().replace("\u00B6", "\u00B6").getBytes(StandardCharsets.ISO_8859_1));
        ParseResult r = TOLERANT.parse(f);
        assertTrue(has(r, DiagnosticCode.MALFORMED_ENCODING));
        assertEquals("08ASTANA2256", r.cable().referenceId().orElseThrow().id(), "the rest is still read");
    }

    @Test
    void filesReadWholeOrInChunksGiveTheSameText(@TempDir Path dir) throws IOException {
        // a valid file with a real U+FFFD, one with a bad byte, one cut inside a sequence
        byte[] valid = (seed() + "\uFFFD\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = valid.clone();
        bad[10] = (byte) 0xFF;
        byte[] cut = java.util.Arrays.copyOf(valid, valid.length - 2);
        CableParser limited = CableParser.create(ParserOptions.builder().maxInputChars(1000).build());
        for (byte[] bytes : new byte[][] {valid, bad, cut}) {
            Path f = dir.resolve("f.txt");
            Files.write(f, bytes);
            ParseResult fromFile = TOLERANT.parse(f);
            assertEquals(bytes != valid, has(fromFile, DiagnosticCode.MALFORMED_ENCODING));
            // malformed bytes become U+FFFD, as Java's own decoding makes them
            assertEquals(TOLERANT.parse(new String(bytes, StandardCharsets.UTF_8)).cable(), fromFile.cable());
            // a file over the limit is read in chunks up to it
            ParseResult head = limited.parse(f);
            assertTrue(has(head, DiagnosticCode.INPUT_TOO_LARGE));
            assertEquals(limited.parse(new String(bytes, StandardCharsets.UTF_8)).cable(), head.cable());
        }
    }

    @Test
    void fiftyMegabyteLine() {
        String big = "A".repeat(50 * 1024 * 1024);
        ParseResult r = TOLERANT.parse(big);
        assertTrue(has(r, DiagnosticCode.INPUT_TOO_LARGE));
        CableParseException e = assertThrows(CableParseException.class, () -> STRICT.parse(big));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.INPUT_TOO_LARGE));
        // the same through a reader, which is read only up to the limit
        assertTrue(has(TOLERANT.parse(new StringReader(big)), DiagnosticCode.INPUT_TOO_LARGE));
        // within a raised limit it is one long line of text
        CableParser roomy = CableParser.create(ParserOptions.builder().maxInputChars(60 * 1024 * 1024).build());
        ParseResult r2 = roomy.parse(big);
        assertFalse(has(r2, DiagnosticCode.INPUT_TOO_LARGE));
        assertEquals(1, r2.cable().unrecognized().size() + r2.cable().paragraphs().size());
    }

    @Test
    void tooManyLines() {
        String lines = "LINE\n".repeat(1000);
        CableParser small = CableParser.create(ParserOptions.builder().maxLines(100).build());
        ParseResult r = small.parse(lines);
        assertTrue(has(r, DiagnosticCode.TOO_MANY_LINES));
        assertTrue(r.cable().unrecognized().size() <= 100);
    }

    @Test
    void diagnosticsAreCapped() {
        CableParser capped = CableParser.create(ParserOptions.builder().maxDiagnostics(5).build());
        // stray lines in the lead, each reported (plain text alone would be a body, read without a report)
        ParseResult r = capped.parse("VZCZC\n" + "some stray line\n".repeat(50));
        assertEquals(6, r.diagnostics().size());
        assertEquals(DiagnosticCode.TOO_MANY_DIAGNOSTICS, r.diagnostics().get(5).code());
    }

    @Test
    void truncatedCables() throws IOException {
        String seed = seed();
        for (int cut = 0; cut < seed.length(); cut += 97) {
            String part = seed.substring(0, cut);
            ParseResult r = TOLERANT.parse(part);
            for (Diagnostic d : r.diagnostics()) {
                assertTrue(d.span().startLine() >= 1);
            }
            try {
                STRICT.parse(part);
            } catch (CableParseException expected) {
                assertFalse(expected.diagnostics().isEmpty());
            }
        }
    }

    @Test
    void cableRepeatedAThousandTimes() throws IOException {
        String seed = seed();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            sb.append(seed).append('\n');
        }
        CableParser roomy = CableParser.create(ParserOptions.builder().maxDiagnostics(5000).build());
        ParseResult r = roomy.parse(sb);
        Cable c = r.cable();
        assertEquals("08ASTANA2256", c.referenceId().orElseThrow().id());
        assertEquals(8, c.paragraphs().size(), "the first telegram is the cable");
        long repeats = r.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.REPEATED_HEADER).count();
        assertEquals(999, repeats);
        Diagnostic second = r.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.REPEATED_HEADER)
                .findFirst().orElseThrow();
        assertEquals(83, second.span().startLine(), "names where the repeated header block starts (its VZCZC line)");
        assertTrue(second.message().contains("83"));
        // with the default cap the list ends in TOO_MANY_DIAGNOSTICS, and the cable is the same
        ParseResult capped = TOLERANT.parse(sb);
        assertEquals(c, capped.cable());
        assertEquals(DiagnosticCode.TOO_MANY_DIAGNOSTICS,
                capped.diagnostics().get(capped.diagnostics().size() - 1).code());
    }

    @Test
    void deeplyNestedLookingInput() {
        // long runs of one line kind must not recurse: the grammar loops
        String s = "(((((".repeat(200_000) + "\n" + "1. (U) x\n".repeat(50_000);
        ParseResult r = TOLERANT.parse(s);
        // the text before the first paragraph opens the body: an unnumbered paragraph
        assertEquals(50_001, r.cable().paragraphs().size());
        assertTrue(r.cable().paragraphs().get(0).number().isEmpty());
        assertEquals(OptionalInt.of(1), r.cable().paragraphs().get(50_000).number());
    }

    @Test
    void emptyParagraphBeforeACommentOpener() {
        // found by a long QuickTheories run: an empty first paragraph, then a COMMENT opener
        String s = String.join("\n", "", "", "VZCZC VZCZC", "", "", "", "", "", "VZCZC", "", "", "", "", "", "", "",
                "", "", "", "", "", "", "VZCZC VZCZC VZCZC VZCZC VZCZC VZCZC", "", "", "VZCZC", "VZCZC", "VZCZC", "VZCZC",
                "\u00B6 1.", "COMMENT: VZCZC ----------");
        ParseResult r = TOLERANT.parse(s);
        assertEquals(s, CableWriter.lossless(r));
    }

    @Test
    void nullInputIsAProgrammingError() {
        assertThrows(NullPointerException.class, () -> TOLERANT.parse((CharSequence) null));
    }
}

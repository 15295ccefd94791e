package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.cablegram.model.Addressee;
import org.cablegram.model.Cable;
import org.cablegram.model.Paragraph;
import org.cablegram.model.Precedence;
import org.cablegram.model.Subject;
import org.cablegram.model.Tag;
import org.cablegram.model.TagKind;
import org.junit.jupiter.api.Test;

/** The writer: byte-exact lossless output, local changes, canonical round trip and idempotence. */
class WriterTest {

    static final CableParser PARSER = CableParser.create();
    static final Path SEED = Path.of("src/test/resources/seed/08ASTANA2256.txt");

    /** The semantic part of a cable: unrecognized lines are no part of the canonical layout. */
    static Cable semantic(Cable c) {
        return new Cable(c.referenceId(), c.partialExtract(), c.envelope(), c.distribution(), c.dateTimeGroup(),
                c.from(), c.to(), c.info(), c.classification(), c.passing(), c.executiveOrder(), c.tags(), c.subject(),
                c.references(), c.classifiedBy(), c.paragraphs(), c.breaks(), c.summary(), c.comments(), c.signers(),
                c.trailer(), List.of());
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static void assertLossless(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        ParseResult r = PARSER.parse(f);
        assertArrayEquals(bytes, CableWriter.lossless(r).getBytes(StandardCharsets.UTF_8), () -> "lossless " + f);
    }

    @Test
    void losslessReproducesTheCommittedSampleByteForByte() throws IOException {
        assertLossless(SEED);
        for (Path f : files(Path.of("src/test/resources/corpus-sample/cables"))) {
            assertLossless(f);
        }
        for (String s : new String[] {"", "\n", "a\r\nb\rc\u2028d", "  \t\n\nVZCZC\n", "TAGS: X\n\n\n", "\uFEFFUNCLAS STATE 000001\n"}) {
            assertEquals(s, CableWriter.lossless(PARSER.parse(s)));
        }
    }

    @Test
    void losslessReproducesTheWholeSharedCorpus() throws IOException {
        Path root = CorpusTest.corpusRoot();
        if (!Files.isDirectory(root.resolve("cables"))) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("shared corpus missing at " + root.toAbsolutePath());
            }
            return;
        }
        int n = 0;
        for (String dir : new String[] {"cables", "variants", "quarantine"}) {
            for (Path f : files(root.resolve(dir))) {
                assertLossless(f);
                n++;
            }
        }
        System.out.println("[writer] lossless: " + n + " of " + n + " corpus files reproduced byte for byte");
        assertTrue(n > 6000);
    }

    static List<String> lines(String s) {
        return List.of(s.split("\n", -1));
    }

    /** Lines of {@code a} and {@code b} differ only in [from, to] (1-based, inclusive, of a). */
    static void assertChangedOnlyAt(String a, String b, int from, int to) {
        List<String> x = lines(a);
        List<String> y = lines(b);
        for (int i = 0; i < from - 1; i++) {
            assertEquals(x.get(i), y.get(i), "line " + (i + 1) + " before the change");
        }
        int tail = x.size() - to;
        for (int k = 1; k <= tail; k++) {
            assertEquals(x.get(x.size() - k), y.get(y.size() - k), "line " + (x.size() - k + 1) + " after the change");
        }
    }

    @Test
    void replacingTheSubjectChangesItsLinesOnly() throws IOException {
        ParseResult r = PARSER.parse(SEED);
        Cable c = r.cable();
        Cable changed = new Cable(c.referenceId(), c.partialExtract(), c.envelope(), c.distribution(),
                c.dateTimeGroup(), c.from(), c.to(), c.info(), c.classification(), c.passing(), c.executiveOrder(),
                c.tags(), Optional.of(new Subject("A NEW SUBJECT", Optional.of("U"))), c.references(),
                c.classifiedBy(), c.paragraphs(), c.breaks(), c.summary(), c.comments(), c.signers(), c.trailer(),
                c.unrecognized());
        String before = CableWriter.lossless(r);
        String after = CableWriter.lossless(r, changed);
        assertTrue(after.contains("\nSUBJECT: (U) A NEW SUBJECT\n"));
        assertTrue(!after.contains("KAZAKHSTAN: LEGISLATION IMPLEMENTING"));
        assertChangedOnlyAt(before, after, 41, 42);
        assertEquals(lines(before).size() - 1, lines(after).size(), "two subject lines became one");
        assertEquals("A NEW SUBJECT", PARSER.parse(after).cable().subject().orElseThrow().text());
    }

    @Test
    void replacingAParagraphAnAddresseeAndTheTags() throws IOException {
        ParseResult r = PARSER.parse(SEED);
        Cable c = r.cable();
        List<Paragraph> ps = new ArrayList<>(c.paragraphs());
        ps.set(0, new Paragraph(OptionalInt.of(1), Optional.of("U"), Optional.empty(), "Rewritten first paragraph."));
        List<Addressee> info = new ArrayList<>(c.info());
        info.set(4, new Addressee(Optional.of("RUEHKO"), "AMEMBASSY TOKYO", Optional.of(Precedence.PRIORITY),
                Optional.of("0917"), List.of()));
        info.add(new Addressee(Optional.empty(), "AMEMBASSY PARIS", Optional.empty(), Optional.empty(), List.of()));
        List<Tag> tags = List.of(new Tag("PREL", TagKind.SUBJECT), new Tag("KZ", TagKind.COUNTRY));
        Cable changed = new Cable(c.referenceId(), c.partialExtract(), c.envelope(), c.distribution(),
                c.dateTimeGroup(), c.from(), c.to(), info, c.classification(), c.passing(), c.executiveOrder(), tags,
                c.subject(), c.references(), c.classifiedBy(), ps, c.breaks(), c.summary(), c.comments(), c.signers(),
                c.trailer(), c.unrecognized());
        String out = CableWriter.lossless(r, changed);
        List<String> l = lines(out);
        assertEquals("RUEHKO/AMEMBASSY TOKYO PRIORITY 0917", l.get(16));
        assertEquals("RUEHAST/USOFFICE ALMATY 0912", l.get(27));
        assertEquals("AMEMBASSY PARIS", l.get(28));
        assertEquals("TAGS: PREL KZ", l.get(39));
        assertEquals("1. (U) Rewritten first paragraph.", l.get(46));
        Cable back = PARSER.parse(out).cable();
        assertEquals(17, back.info().size());
        assertEquals(tags, back.tags());
        assertEquals("Rewritten first paragraph.", back.paragraphs().get(0).text());
        assertEquals(c.paragraphs().subList(1, 8), back.paragraphs().subList(1, 8));
    }

    @Test
    void canonicalRoundTripOfTheReferenceCable() throws IOException {
        Cable c = PARSER.parse(SEED).cable();
        String text = CableWriter.canonical().write(c);
        ParseResult back = PARSER.parse(text);
        assertEquals(semantic(c), semantic(back.cable()));
        assertTrue(back.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR));
        assertEquals(text, CableWriter.canonical().write(back.cable()), "idempotent");
        String wrapped = CableWriter.wrapping(69).write(c);
        List<String> wl = lines(wrapped);
        int first = wl.indexOf("SUBJECT: KAZAKHSTAN: LEGISLATION IMPLEMENTING MADRID COMMITMENTS");
        assertTrue(first > 0, "the subject wraps");
        assertTrue(wl.subList(first, wl.size()).stream().allMatch(x -> x.length() <= 69), "subject and body within 69");
        assertEquals(semantic(c), semantic(PARSER.parse(wrapped).cable()));
    }

    @Test
    void canonicalRoundTripOverTheSample() throws IOException {
        int n = 0;
        int same = 0;
        int idempotent = 0;
        List<String> differ = new ArrayList<>();
        for (Path f : files(Path.of("src/test/resources/corpus-sample/cables"))) {
            Cable c = PARSER.parse(f).cable();
            String w = CableWriter.canonical().write(c);
            Cable back = PARSER.parse(w).cable();
            n++;
            if (semantic(back).equals(semantic(c))) {
                same++;
            } else {
                differ.add(f.getFileName().toString());
            }
            if (CableWriter.canonical().write(back).equals(w)) {
                idempotent++;
            }
        }
        System.out.println("[writer] canonical round trip on the sample: " + same + "/" + n + " equal, " + idempotent
                + "/" + n + " idempotent; differ: " + differ);
        // real cables with lost newlines hold text that reads differently once laid out anew
        assertTrue(same * 100 >= 85 * n, same + "/" + n);
        assertTrue(idempotent * 100 >= 90 * n, idempotent + "/" + n);
    }
}

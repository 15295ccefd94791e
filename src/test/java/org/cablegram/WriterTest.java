package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        CorpusTest.requireCorpus(root.resolve("cables"));
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
        // the tag replaced and those removed rewrite their own bytes only: KZ keeps its link form
        assertEquals("TAGS: [PREL](#) [KZ](#)", l.get(39));
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

    /** The body of a cable: paragraphs, breaks, summary, comments, signature and trailer. */
    static List<Object> body(Cable c) {
        return List.of(c.paragraphs(), c.breaks(), c.summary(), c.comments(), c.signers(), c.trailer());
    }

    /** The cable with its body only (what the canonical layout writes after the text header). */
    static Cable bodyOnly(Cable c) {
        return new Cable(Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(), Optional.empty(), List.of(),
                Optional.empty(), List.of(), Optional.empty(), c.paragraphs(), c.breaks(), c.summary(), c.comments(),
                c.signers(), c.trailer(), List.of());
    }

    /** Round trip figures of a set of files: cables, equal, body equal, idempotent, body idempotent, errors. */
    record RoundTrip(int n, int same, int bodySame, int idempotent, int bodyIdempotent, int errors,
            List<String> bodyDiffer) {
    }

    static RoundTrip roundTrip(List<Path> files) {
        List<String> bodyDiffer = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicIntegerArray k = new java.util.concurrent.atomic.AtomicIntegerArray(5);
        files.parallelStream().forEach(f -> {
            Cable c = PARSER.parse(f).cable();
            String w = CableWriter.canonical().write(c);
            ParseResult r = PARSER.parse(w);
            Cable back = r.cable();
            if (semantic(back).equals(semantic(c))) {
                k.incrementAndGet(0);
            }
            if (body(back).equals(body(c))) {
                k.incrementAndGet(1);
            } else {
                bodyDiffer.add(f.getFileName().toString());
            }
            if (CableWriter.canonical().write(back).equals(w)) {
                k.incrementAndGet(2);
            }
            if (CableWriter.canonical().write(bodyOnly(back)).equals(CableWriter.canonical().write(bodyOnly(c)))) {
                k.incrementAndGet(3);
            }
            if (r.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
                k.incrementAndGet(4);
            }
        });
        List<String> sorted = new ArrayList<>(bodyDiffer);
        java.util.Collections.sort(sorted);
        return new RoundTrip(files.size(), k.get(0), k.get(1), k.get(2), k.get(3), k.get(4), sorted);
    }

    @Test
    void canonicalRoundTripOverTheSample() throws IOException {
        RoundTrip rt = roundTrip(files(Path.of("src/test/resources/corpus-sample/cables")));
        System.out.println("[writer] canonical round trip on the sample: " + rt.same() + "/" + rt.n() + " equal, "
                + rt.bodySame() + "/" + rt.n() + " with the same body, " + rt.idempotent() + "/" + rt.n()
                + " idempotent, " + rt.bodyIdempotent() + "/" + rt.n() + " with an idempotent body; body differs: "
                + rt.bodyDiffer());
        assertEquals(100, rt.n());
        assertEquals(0, rt.errors(), "ERROR diagnostics on canonical text");
        // every cable of the sample reads back the same, as every cable of the corpus does
        // (CanonicalRoundTripTest)
        assertEquals(100, rt.same(), rt.same() + "/" + rt.n() + " equal");
        assertEquals(100, rt.idempotent(), rt.idempotent() + "/" + rt.n() + " idempotent");
        assertEquals(100, rt.bodySame(), rt.bodySame() + "/" + rt.n() + " bodies equal");
        assertEquals(100, rt.bodyIdempotent(), rt.bodyIdempotent() + "/" + rt.n() + " bodies idempotent");
    }
}

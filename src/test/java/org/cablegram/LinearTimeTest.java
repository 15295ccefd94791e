package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

import org.cablegram.model.BreakKind;
import org.cablegram.model.Cable;
import org.cablegram.model.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * Parse time grows linearly with the input, for every shape of the format that a reader loops
 * over: each shape is repeated into a cable of one size and one of four times that size, and the
 * larger must parse in less than six times the time of the smaller (a quadratic step would take
 * about sixteen times). Each time is the best of a few runs on a warm parser, run in turns with the
 * other size and after a collection, so that other work on the shared machine and collector
 * pauses do not decide the outcome; each result is checked, so that a parser that skipped the
 * work could not pass.
 *
 * <p>The sizes are 1 MiB and 4 MiB: smaller texts fit in the processor's caches, which makes the
 * smaller size unduly fast. {@code -Dcablegram.linear.kib=N} sets the smaller size in KiB.
 */
class LinearTimeTest {

    private static final CableParser PARSER = CableParser.create();

    private static final int SMALL = Integer.getInteger("cablegram.linear.kib", 1024) * 1024;
    private static final int RUNS = 3;
    private static final int ATTEMPTS = 4;
    /** A ratio this high is no busy moment: it fails at once. */
    private static final double QUADRATIC = 12.0;
    private static final double MAX_RATIO = 6.0;

    private static final String HEAD = "UNCLAS ASTANA 002256\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PGOV\n"
            + "SUBJECT: LINEAR TIME\n\n";
    private static final String TAIL = "\n\n1. (U) First paragraph of the body.\n\n2. (U) Second paragraph.\n\nSMITH\n";

    /** A cable built around one shape repeated {@code count} times. */
    record Sample(String text, int count) {
    }

    /** A shape of the format, the cable it makes for a size, and what its parse must give. */
    record Shape(String name, IntFunction<Sample> build, BiConsumer<ParseResult, Integer> check) {
    }

    /**
     * The unit repeated until the text reaches {@code size}, joined by {@code separator}; in the
     * unit, {@code %1$d} is the repetition's number counted 1 to 999 and again from 1 (paragraph
     * numbers and section serials have at most three digits), {@code %2$d} the repetition's
     * number (1, 2 ...).
     */
    private static Sample repeat(String before, String unit, String separator, String after, int size) {
        StringBuilder sb = new StringBuilder(size + 256).append(before);
        int n = 0;
        while (sb.length() < size) {
            if (n > 0) {
                sb.append(separator);
            }
            sb.append(String.format(Locale.ROOT, unit, n % 999 + 1, n + 1));
            n++;
        }
        return new Sample(sb.append(after).toString(), n);
    }

    private static int textLength(Cable c) {
        int n = 0;
        for (Paragraph p : c.paragraphs()) {
            n += p.text().length();
        }
        return n;
    }

    private static int breaks(Cable c, BreakKind kind) {
        return (int) c.breaks().stream().filter(b -> b.kind() == kind).count();
    }

    private static List<Shape> references() {
        return List.of(
                new Shape("REF items on one line",
                        size -> repeat(HEAD + "REF: ", "09 STATE %2$d", "; ", TAIL, size),
                        (r, n) -> {
                            // an unlettered block is one item citing every cable (issue 14)
                            assertEquals(1, r.cable().references().size());
                            List<String> ids = r.cable().references().get(0).cableIds();
                            assertEquals(n, ids.size());
                            assertEquals("09STATE" + n, ids.get(n - 1));
                        }),
                new Shape("REF items on many lines",
                        // lines long enough to stay under the parser's limit of lines at 4 MiB
                        size -> repeat(HEAD + "REF: ", "08 MEXICO CITY %2$d (NOTAL);", "\n", TAIL, size),
                        (r, n) -> {
                            assertEquals(1, r.cable().references().size());
                            List<String> ids = r.cable().references().get(0).cableIds();
                            assertEquals(n, ids.size());
                            assertEquals("08MEXICO" + n, ids.get(n - 1));
                        }),
                new Shape("a lettered REF item continued on many lines",
                        size -> repeat(HEAD + "REF: ", "A. 08 MEXICO CITY %2$d (NOTAL)", "\n", TAIL, size),
                        (r, n) -> {
                            // one item: a letter that is not the next one is text
                            assertEquals(1, r.cable().references().size());
                            assertTrue(r.cable().references().get(0).text().endsWith("A. 08 MEXICO CITY " + n + " (NOTAL)"));
                        }),
                new Shape("REF letters and initials",
                        size -> repeat(HEAD + "REF: A. STATE 1 B. ", "LETTER FROM JOHN E. SMITH %2$d", " ", TAIL, size),
                        (r, n) -> {
                            assertEquals(2, r.cable().references().size());
                            assertTrue(r.cable().references().get(1).text().endsWith("SMITH " + n));
                        }));
    }

    private static List<Shape> headerLines() {
        return List.of(
                new Shape("header keywords in a subject line",
                        size -> repeat("UNCLAS ASTANA 002256\n\nSUBJECT: ", "TALKS REF: STATE %2$d TAGS: PREL E.O. 12958: N/A",
                                " ", TAIL, size),
                        (r, n) -> {
                            assertEquals("TALKS", r.cable().subject().orElseThrow().text());
                            // every element after the first of its kind is kept as an unrecognized line
                            assertTrue(r.cable().unrecognized().size() >= n, () -> r.cable().unrecognized().size() + " < " + n);
                        }),
                new Shape("keyword-like words in a subject line",
                        size -> repeat("UNCLAS ASTANA 002256\n\nSUBJECT: ", "REFORM OF THE E.U. SUBJECTS, REFS AND TAGS %2$d",
                                " ", TAIL, size),
                        (r, n) -> assertTrue(r.cable().subject().orElseThrow().text().endsWith("TAGS " + n))),
                new Shape("Classified By on one line",
                        size -> repeat(HEAD + "Classified By: ", "Deputy Chief of Mission John Smith %2$d", " ",
                                " for reasons 1.4 (b) and (d)" + TAIL, size),
                        (r, n) -> {
                            assertEquals(List.of("1.4(b)", "1.4(d)"), r.cable().classifiedBy().orElseThrow().reasons());
                            assertTrue(r.cable().classifiedBy().orElseThrow().text().contains("Smith " + n + " for"));
                        }),
                new Shape("Classified By continued on many lines",
                        size -> repeat(HEAD + "Classified By: ", "Deputy Chief of Mission John Smith %2$d", "\n",
                                "\nfor reasons 1.4 (b) and (d)" + TAIL, size),
                        (r, n) -> {
                            assertEquals(List.of("1.4(b)", "1.4(d)"), r.cable().classifiedBy().orElseThrow().reasons());
                            assertTrue(r.cable().classifiedBy().orElseThrow().text().contains("Smith " + n + " for"));
                        }),
                new Shape("TAGS line",
                        size -> repeat("UNCLAS ASTANA 002256\n\nTAGS: ", "T%2$d", " ", "\nSUBJECT: LINEAR TIME" + TAIL, size),
                        (r, n) -> {
                            assertEquals(n, r.cable().tags().size());
                            assertEquals("T" + n, r.cable().tags().get(n - 1).code());
                        }));
    }

    private static List<Shape> bodyLines() {
        return List.of(
                new Shape("paragraph numbers run into a subject line",
                        size -> repeat("UNCLAS ASTANA 002256\n\nSUBJECT: TEST ", "%1$d. (C) Some text here.", " ", TAIL, size),
                        (r, n) -> {
                            // a run of paragraphs continues to 999: later numbers belong to paragraph 999
                            assertEquals(Math.min(n, 999) + 2, r.cable().paragraphs().size());
                            assertTrue(textLength(r.cable()) > r.cable().paragraphs().size());
                        }),
                new Shape("paragraph numbers on many lines",
                        size -> repeat(HEAD, "%1$d. (C) Some text here.", "\n", TAIL, size),
                        (r, n) -> assertEquals(n + 2, r.cable().paragraphs().size())),
                new Shape("pilcrow paragraphs run together on one line",
                        size -> repeat(HEAD + "Text ", "\u00B6%1$d. (C) Some text here.", " ", TAIL, size),
                        (r, n) -> assertEquals(n + 2, r.cable().paragraphs().size())),
                new Shape("pilcrow paragraphs on many lines",
                        size -> repeat(HEAD, "\u00B6%1$d. (C) Some text here.", "\n", TAIL, size),
                        (r, n) -> assertEquals(n + 2, r.cable().paragraphs().size())),
                new Shape("section lines",
                        size -> repeat(HEAD, "%1$d. (U) Some text of the paragraph.\nASTANA 00002256 002.2 OF 002", "\n", TAIL, size),
                        (r, n) -> assertEquals(n, breaks(r.cable(), BreakKind.SECTION))),
                new Shape("section lines run into a text line",
                        size -> repeat(HEAD + "1. (U) Text ", "word ASTANA 00002256 %1$03d OF 999", " ", TAIL, size),
                        (r, n) -> assertEquals(n, breaks(r.cable(), BreakKind.SECTION))),
                new Shape("page lines",
                        size -> repeat(HEAD, "%1$d. (U) Some text of the paragraph.\nPAGE 02 ASTANA 02256 141042Z", "\n", TAIL, size),
                        (r, n) -> assertEquals(n, breaks(r.cable(), BreakKind.PAGE))),
                new Shape("COMMENT blocks",
                        size -> repeat(HEAD, "%1$d. (U) COMMENT: Some text of the comment.", "\n", TAIL, size),
                        (r, n) -> assertEquals(n, r.cable().comments().size())));
    }

    @Test
    void referencesParseInLinearTime() {
        assertLinear(references());
    }

    @Test
    void headerLinesParseInLinearTime() {
        assertLinear(headerLines());
    }

    @Test
    void bodyLinesParseInLinearTime() {
        assertLinear(bodyLines());
    }

    private static void assertLinear(List<Shape> shapes) {
        List<String> failures = new ArrayList<>();
        for (Shape s : shapes) {
            // warm the parser on this shape first: the first runs compile the code it takes
            Sample warm = s.build().apply(SMALL / 8);
            for (int i = 0; i < 3; i++) {
                s.check().accept(PARSER.parse(warm.text()), warm.count());
            }
            Sample small = s.build().apply(SMALL);
            Sample large = s.build().apply(4 * SMALL);
            for (int i = 0; i < 2; i++) {
                PARSER.parse(small.text());
            }
            String line = null;
            // a quadratic step fails every attempt (about sixteen times); a busy moment of the
            // shared machine does not come back at each
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                long tSmall = Long.MAX_VALUE;
                long tLarge = Long.MAX_VALUE;
                for (int run = 0; run < RUNS; run++) {
                    tSmall = Math.min(tSmall, timed(s, small));
                    tLarge = Math.min(tLarge, timed(s, large));
                }
                double ratio = (double) tLarge / tSmall;
                line = String.format(Locale.ROOT, "%-45s %5d KiB %7.1f ms  %5d KiB %7.1f ms  x%.1f", s.name(),
                        small.text().length() / 1024, tSmall / 1e6, large.text().length() / 1024, tLarge / 1e6, ratio);
                System.out.println("linear time: " + line);
                if (ratio < MAX_RATIO) {
                    line = null;
                    break;
                }
                if (ratio >= QUADRATIC) {
                    break;
                }
            }
            if (line != null) {
                failures.add(line);
            }
        }
        assertTrue(failures.isEmpty(), () -> "parse time grows faster than the input:\n" + String.join("\n", failures));
    }

    private static long timed(Shape s, Sample sample) {
        // the garbage of the last parse is collected here, not during the parse timed
        System.gc();
        // CPU time of this thread, not wall time: the other processes of a shared machine and
        // the garbage collector's threads do not count, the parser's own work does
        long t0 = threadCpuNanos();
        ParseResult r = PARSER.parse(sample.text());
        long t = threadCpuNanos() - t0;
        s.check().accept(r, sample.count());
        return t;
    }

    /**
     * The current thread's CPU time, from java.management's thread bean. Read by reflection: the
     * tests are compiled inside the library's module, which does not read java.management, and
     * this test runs on the class path (its own surefire execution in the POM).
     */
    private static long threadCpuNanos() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            return (Long) Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime").invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no thread CPU time", e);
        }
    }
}

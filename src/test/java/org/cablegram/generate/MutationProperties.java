package org.cablegram.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cablegram.CableParseException;
import org.cablegram.CableParser;
import org.cablegram.Diagnostic;
import org.cablegram.ParseResult;
import org.cablegram.ParserOptions;
import org.cablegram.model.Cable;
import org.cablegram.model.ClassificationLevel;
import org.junit.jupiter.api.Test;

/**
 * Damaged telegrams: the tolerant parser never throws and keeps its diagnostics inside the
 * input, the strict parser throws nothing but {@link CableParseException}, and the damages
 * marked {@link Mutation#repairable()} leave the key fields as generated.
 */
class MutationProperties {

    static final CableParser TOLERANT = CableParser.create();
    static final CableParser STRICT = CableParser.create(ParserOptions.builder().strict(true).build());

    static void neverThrows(String text) {
        ParseResult r = TOLERANT.parse(text);
        int lines = text.split("\r\n|\n|\r|\u2028", -1).length;
        for (Diagnostic d : r.diagnostics()) {
            if (d.span().endLine() > Math.max(1, lines)) {
                throw new AssertionError("diagnostic outside the input: " + d + " (" + lines + " lines)");
            }
        }
        try {
            STRICT.parse(text);
        } catch (CableParseException e) {
            assertFalse(e.diagnostics().isEmpty(), "strict exception without diagnostics");
        }
    }

    @Test
    void everyMutationOfEveryTelegramKeepsTheParsersSafe() {
        Mutation[] all = Mutation.values();
        qt().withExamples(QtCables.examples()).forAll(QtCables.seeds(), integers().between(0, all.length - 1))
                .checkAssert((seed, m) -> {
                    String text = TelegramTexts.text(CableGenerators.cable(seed),
                            CableGenerators.random(seed + 7));
                    neverThrows(TelegramTexts.mutate(text, all[m], CableGenerators.random(seed)));
                });
    }

    @Test
    void chainsOfMutationsKeepTheParsersSafe() {
        qt().withExamples(QtCables.examples()).forAll(QtCables.seeds(), integers().between(1, 12))
                .checkAssert((seed, k) -> neverThrows(TelegramTexts.mutate(TelegramTexts.telegram(seed),
                        CableGenerators.random(~seed), k)));
    }

    @Test
    void repairableMutationsKeepTheKeyFields() {
        List<Mutation> repairable = new ArrayList<>();
        for (Mutation m : Mutation.values()) {
            if (m.repairable()) {
                repairable.add(m);
            }
        }
        qt().withExamples(QtCables.examples()).forAll(QtCables.seeds(), integers().between(0, repairable.size() - 1))
                .checkAssert((seed, i) -> {
                    Mutation m = repairable.get(i);
                    Cable c = CableGenerators.cable(seed);
                    String text = TelegramTexts.mutate(TelegramTexts.text(c), m, CableGenerators.random(seed));
                    ParseResult r = TOLERANT.parse(text);
                    List<Object> problems = new ArrayList<>(Agreement.errors(r));
                    problems.addAll(Agreement.keyFieldDifferences(c, r.cable()));
                    if (!problems.isEmpty()) {
                        throw new AssertionError(Agreement.report("after " + m, seed, text, problems));
                    }
                });
    }

    /** Regression: a signature indented with blanks and a tab was once taken for database debris. */
    @Test
    void tabIndentedSignatureIsKept() {
        ParseResult r = TOLERANT.parse("UNCLAS ROME 000123\n\n1. (U) The law will pass.\n\n \tHOAGLAND\n");
        assertEquals(List.of("HOAGLAND"), r.cable().signers());
    }

    @Test
    void mutationsAreDeterministic() {
        String text = TelegramTexts.telegram(42);
        for (Mutation m : Mutation.values()) {
            assertEquals(TelegramTexts.mutate(text, m, CableGenerators.random(3)),
                    TelegramTexts.mutate(text, m, CableGenerators.random(3)), m.name());
        }
    }

    @Test
    void mutationsOfEmptyAndTinyTextsDoNotFail() {
        for (Mutation m : Mutation.values()) {
            for (String t : new String[] {"", "\n", "x", "TAGS:", "1.", "SECRET"}) {
                neverThrows(TelegramTexts.mutate(t, m, CableGenerators.random(t.length())));
            }
        }
    }

    static Cable cableWith(CableGenerators.Options o, java.util.function.Predicate<Cable> wanted) {
        for (long seed = 0; seed < 10_000; seed++) {
            Cable c = CableGenerators.cable(seed, o);
            if (wanted.test(c)) {
                return c;
            }
        }
        throw new AssertionError("no such cable in 10,000 seeds");
    }

    @Test
    void markdownTagsLookLikeWikiLeaksExports() {
        Cable c = cableWith(CableGenerators.Options.defaults(),
                x -> x.tags().stream().anyMatch(t -> t.code().startsWith("OVIP (")));
        String text = TelegramTexts.mutate(TelegramTexts.text(c), Mutation.MARKDOWN_TAGS, CableGenerators.random(1));
        String tags = text.lines().filter(l -> l.startsWith("TAGS: ")).findFirst().orElseThrow();
        assertTrue(tags.matches("TAGS: (\\[[A-Z0-9\\-.]+\\]\\(#\\) ?)+"), tags);
        assertTrue(tags.contains("[OVIP](#) ["), tags);
        assertEquals(c.tags(), TOLERANT.parse(text).cable().tags());
    }

    @Test
    void pilcrowManglingWritesOneBeforeTheNumber() {
        Cable c = cableWith(CableGenerators.Options.builder().paragraphs(3, 8).build(), x -> true);
        String text = TelegramTexts.text(c);
        String mangled = TelegramTexts.mutate(text, Mutation.PILCROW_MANGLING, CableGenerators.random(5));
        assertNotEquals(text, mangled);
        int last = c.paragraphs().size();
        assertTrue(mangled.contains("\n1" + last + ". "), mangled);
        ParseResult r = TOLERANT.parse(mangled);
        assertEquals(c.paragraphs(), r.cable().paragraphs());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().name().equals("PILCROW_MANGLED")));
    }

    @Test
    void spacedClassificationTogglesTheLetterSpacing() {
        Cable c = cableWith(CableGenerators.Options.builder().era(Era.SEVENTIES).level(ClassificationLevel.SECRET)
                .sections(Presence.NEVER).build(), x -> true);
        String text = TelegramTexts.text(c);
        String spaced = TelegramTexts.mutate(text, Mutation.SPACED_CLASSIFICATION, CableGenerators.random(1));
        assertTrue(spaced.contains("\nS E C R E T " + c.classification().orElseThrow().origin().orElseThrow()), spaced);
        assertEquals(text, TelegramTexts.mutate(spaced, Mutation.SPACED_CLASSIFICATION, CableGenerators.random(1)));
        assertEquals(ClassificationLevel.SECRET, TOLERANT.parse(spaced).cable().classification().orElseThrow().level());
    }

    @Test
    void pilcrowsAndLineEndingsAreWhatTheirNamesSay() {
        Cable c = cableWith(CableGenerators.Options.builder().era(Era.TWO_THOUSANDS).paragraphs(2, 4).build(),
                x -> x.references().size() > 1);
        String text = TelegramTexts.text(c);
        String p = TelegramTexts.mutate(text, Mutation.PILCROWS, CableGenerators.random(1));
        assertTrue(p.contains("\n\u00B61. ") && p.contains("\n\u00B62. ") && p.contains("\u00B6B"), p);
        String crlf = TelegramTexts.mutate(text, Mutation.LINE_ENDINGS, CableGenerators.random(0));
        assertEquals(text, crlf.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n'));
        assertFalse(crlf.contains("\n") && !crlf.contains("\r\n"), "LF left alone");
        String glued = TelegramTexts.mutate(text, Mutation.GLUED_LINES, CableGenerators.random(2));
        assertEquals(text.lines().count() - 1, glued.lines().count());
        String lower = TelegramTexts.mutate(text, Mutation.WRONG_CASE, CableGenerators.random(2));
        assertEquals(text.toLowerCase(Locale.ROOT).lines().count(), lower.lines().count());
    }
}

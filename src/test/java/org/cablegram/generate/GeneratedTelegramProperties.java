package org.cablegram.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.cablegram.CableParser;
import org.cablegram.ParseResult;
import org.cablegram.model.Cable;
import org.cablegram.model.ClassificationLevel;
import org.junit.jupiter.api.Test;

/**
 * Generated telegrams parse: no ERROR (nor WARNING) diagnostics, and the parsed cable agrees
 * with the generated one, on the key fields and as a whole model. This checks the generator and
 * the parser against each other. On failure the cable is minimised with
 * {@link CableGenerators#minimise} and both texts are reported. Try counts are modest for CI;
 * raise them with {@code -DQT_EXAMPLES=5000}.
 */
class GeneratedTelegramProperties {

    static final CableParser PARSER = CableParser.create();

    /** Problems of one cable rendered by {@code render}: diagnostics and differences. */
    static List<String> problems(Cable c, Function<Cable, String> render, boolean whole) {
        String text = render.apply(c);
        ParseResult r = PARSER.parse(text);
        List<String> out = new ArrayList<>();
        Agreement.warnings(r).forEach(d -> out.add("diagnostic " + d));
        out.addAll(whole ? Agreement.allDifferences(c, r.cable()) : Agreement.keyFieldDifferences(c, r.cable()));
        return out;
    }

    static void check(Object seed, Cable c, Function<Cable, String> render, boolean whole) {
        List<String> p = problems(c, render, whole);
        if (!p.isEmpty()) {
            Cable small = CableGenerators.minimise(c, x -> !problems(x, render, whole).isEmpty());
            throw new AssertionError(Agreement.report("generated telegram does not parse back", seed,
                    render.apply(c), p) + "\n==== minimised ====\n"
                    + Agreement.report("minimised", seed, render.apply(small), problems(small, render, whole)));
        }
    }

    @Test
    void canonicalTextParsesBackOnTheKeyFields() {
        qt().withExamples(QtCables.examples()).forAll(QtCables.seeds())
                .checkAssert(seed -> check(seed, CableGenerators.cable(seed), TelegramTexts::text, false));
    }

    @Test
    void canonicalTextParsesBackToTheWholeModel() {
        qt().withExamples(QtCables.examples()).forAll(QtCables.seeds())
                .checkAssert(seed -> check(seed, CableGenerators.cable(seed), TelegramTexts::text, true));
    }

    @Test
    void layoutVariantsParseBackToTheWholeModel() {
        qt().withExamples(QtCables.examples()).forAll(QtCables.seeds())
                .checkAssert(seed -> check(seed, CableGenerators.cable(seed),
                        c -> TelegramTexts.text(c, CableGenerators.random(seed ^ 0x5DEECE66DL)), true));
    }

    @Test
    void everyOptionalPartAtOnceParsesBack() {
        CableGenerators.Options all = CableGenerators.Options.builder().envelope(Presence.ALWAYS)
                .summary(Presence.ALWAYS).comment(Presence.ALWAYS).headings(Presence.ALWAYS)
                .sections(Presence.ALWAYS).signature(Presence.ALWAYS).trailer(Presence.ALWAYS)
                .paragraphs(2, 24).sentences(1, 8).maxAddressees(30).maxReferences(6).build();
        qt().withExamples(QtCables.examples()).forAll(QtCables.seeds())
                .checkAssert(seed -> check(seed, CableGenerators.cable(seed, all),
                        c -> TelegramTexts.text(c, CableGenerators.random(seed + 1)), true));
    }

    @Test
    void smallestCablesParseBack() {
        CableGenerators.Options none = CableGenerators.Options.builder().envelope(Presence.NEVER)
                .summary(Presence.NEVER).comment(Presence.NEVER).headings(Presence.NEVER)
                .sections(Presence.NEVER).signature(Presence.NEVER).trailer(Presence.NEVER)
                .paragraphs(1, 1).sentences(1, 1).maxAddressees(1).maxTags(1).maxReferences(0).build();
        qt().withExamples(QtCables.examples()).forAll(QtCables.seeds())
                .checkAssert(seed -> check(seed, CableGenerators.cable(seed, none), TelegramTexts::text, true));
    }

    @Test
    void everyEraAndLevelParsesBack() {
        for (Era era : Era.values()) {
            for (ClassificationLevel level : ClassificationLevel.values()) {
                CableGenerators.Options o = CableGenerators.Options.builder().era(era).level(level)
                        .envelope(Presence.SOMETIMES).build();
                for (long seed = 0; seed < 25; seed++) {
                    Cable c = CableGenerators.cable(seed, o);
                    assertEquals(Set.of(level), Set.of(c.classification().orElseThrow().level()));
                    check(era + "/" + level + "/" + seed, c, TelegramTexts::text, true);
                }
            }
        }
    }

    @Test
    void seventiesWithEnvelopeParseBack() {
        CableGenerators.Options o = CableGenerators.Options.builder().era(Era.SEVENTIES).envelope(Presence.ALWAYS)
                .build();
        qt().withExamples(QtCables.examples()).forAll(QtCables.seeds())
                .checkAssert(seed -> check(seed, CableGenerators.cable(seed, o), TelegramTexts::text, true));
    }

    @Test
    void cablesDrawnFromQuickTheoriesValuesParseBack() {
        qt().withExamples(QtCables.examples()).forAll(QtCables.cables(CableGenerators.Options.defaults()))
                .checkAssert(c -> check("qt", c, TelegramTexts::text, true));
    }
}

package org.cablegram.examples.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.function.Predicate;

import org.cablegram.generate.CableGenerators;
import org.cablegram.generate.Era;
import org.cablegram.generate.TelegramTexts;
import org.cablegram.model.Cable;
import org.junit.jupiter.api.Test;

/**
 * The indexer, property-tested with cablegram's generators driven by QuickTheories: generated
 * cables and their telegram text give the entries they must, and damaged text never breaks
 * the tool. A failing cable is shrunk with {@code CableGenerators.minimise}.
 */
class IndexerProperties {

    static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 200);
    final Indexer indexer = new Indexer();

    /** What the entry of a cable must say, checked against the cable itself. */
    static boolean agrees(Cable c, IndexEntry e) {
        return e.id().equals(c.referenceId().map(Object::toString).orElse("source"))
                && e.tags().size() == c.tags().size()
                && e.level().equals(c.classification().map(k -> k.level().name()).orElse("UNKNOWN"))
                && (c.paragraphs().isEmpty() || e.words() > 0)
                // an item may cite several cables (LIMA 1201 AND 1187): one entry each
                && e.cites().size() == c.references().stream().mapToInt(r -> r.cableIds().size()).sum();
    }

    @Test
    void entriesAgreeWithGeneratedCables() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Cable cable = CableGenerators.cable(seed);
            Predicate<Cable> fails = c -> !agrees(c, Indexer.entry("source", c));
            if (fails.test(cable)) {
                Cable small = CableGenerators.minimise(cable, fails);
                throw new AssertionError("seed " + seed + "; smallest failing cable:\n" + TelegramTexts.text(small));
            }
        });
    }

    @Test
    void entriesFromTelegramTextEqualEntriesFromTheModel() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Cable cable = CableGenerators.cable(seed);
            assertEquals(Indexer.entry("source", cable), indexer.entry("source", TelegramTexts.text(cable)));
        });
    }

    @Test
    void damagedTelegramsNeverBreakTheIndexer() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 10)).checkAssert((seed, n) -> {
            String text = TelegramTexts.mutate(TelegramTexts.telegram(seed), CableGenerators.random(seed), n);
            IndexEntry e = indexer.entry("source", text);
            assertTrue(e.words() >= 0);
        });
    }

    @Test
    void seventiesCablesHaveDates() {
        CableGenerators.Options seventies = CableGenerators.Options.builder().era(Era.SEVENTIES).build();
        for (long seed = 0; seed < 50; seed++) {
            IndexEntry e = Indexer.entry("source", CableGenerators.cable(seed, seventies));
            assertTrue(e.date().isPresent() && e.date().get().getYear() < 1980, e.toString());
        }
    }
}

package org.cablegram.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;

import org.cablegram.model.Cable;
import org.junit.jupiter.api.Test;

/**
 * {@link CableGenerators#shrink}: every candidate is strictly smaller by
 * {@link CableGenerators#size}, still a valid cable (its text parses back to it), and
 * shrinking repeatedly ends.
 */
class ShrinkProperties {

    @Test
    void everyCandidateIsStrictlySmaller() {
        qt().withExamples(QtCables.examples()).forAll(QtCables.seeds()).checkAssert(seed -> {
            Cable c = CableGenerators.cable(seed);
            long size = CableGenerators.size(c);
            for (Cable s : CableGenerators.shrink(c)) {
                assertTrue(CableGenerators.size(s) < size, "not smaller: seed " + seed);
                assertFalse(s.equals(c));
            }
        });
    }

    @Test
    void everyCandidateIsValid() {
        assertEveryCandidateIsValid(CableGenerators.Options.defaults());
    }

    @Test
    void candidatesOfRichCablesAreValid() {
        assertEveryCandidateIsValid(CableGenerators.Options.builder().envelope(Presence.ALWAYS)
                .summary(Presence.ALWAYS).comment(Presence.ALWAYS).headings(Presence.ALWAYS)
                .sections(Presence.ALWAYS).trailer(Presence.ALWAYS).paragraphs(3, 10).sentences(1, 4).build());
    }

    /** Every shrink candidate of a generated cable is itself a valid cable that parses back. */
    private static void assertEveryCandidateIsValid(CableGenerators.Options options) {
        qt().withExamples(Math.max(1, QtCables.examples() / 4)).forAll(QtCables.seeds()).checkAssert(seed -> {
            Cable c = CableGenerators.cable(seed, options);
            for (Cable s : CableGenerators.shrink(c)) {
                List<String> p = GeneratedTelegramProperties.problems(s, TelegramTexts::text, true);
                if (!p.isEmpty()) {
                    throw new AssertionError(Agreement.report("shrink candidate does not parse back", seed,
                            TelegramTexts.text(s), p));
                }
            }
        });
    }

    @Test
    void repeatedShrinkingEnds() {
        qt().withExamples(Math.max(1, QtCables.examples() / 4)).forAll(QtCables.seeds()).checkAssert(seed -> {
            Cable c = CableGenerators.cable(seed);
            long bound = CableGenerators.size(c);
            int steps = 0;
            java.util.random.RandomGenerator pick = CableGenerators.random(seed);
            List<Cable> next = CableGenerators.shrink(c);
            while (!next.isEmpty()) {
                // a random candidate each time, often a small step: long paths
                c = next.get(pick.nextInt(next.size()));
                assertTrue(++steps <= bound, "more steps than the size: seed " + seed);
                next = CableGenerators.shrink(c);
            }
        });
    }

    @Test
    void minimisingAnAlwaysFailingPropertyReachesAMinimalCable() {
        for (long seed = 0; seed < 50; seed++) {
            Cable small = CableGenerators.minimise(CableGenerators.cable(seed), c -> true);
            assertEquals(List.of(), CableGenerators.shrink(small));
            assertEquals(1, small.paragraphs().size());
            assertTrue(small.envelope().isEmpty() && small.references().isEmpty() && small.info().isEmpty()
                    && small.signers().isEmpty() && small.breaks().isEmpty() && small.trailer().isEmpty());
            assertEquals(1, small.to().size());
            assertTrue(small.tags().size() <= 1);
            assertEquals(List.of(), GeneratedTelegramProperties.problems(small, TelegramTexts::text, true));
        }
    }

    @Test
    void minimiseKeepsTheFailure() {
        // a "failure" that needs a reference and two paragraphs
        for (long seed = 0; seed < 200; seed++) {
            Cable c = CableGenerators.cable(seed);
            if (c.references().isEmpty() || c.paragraphs().size() < 2) {
                continue;
            }
            Cable small = CableGenerators.minimise(c, x -> !x.references().isEmpty() && x.paragraphs().size() >= 2);
            assertEquals(1, small.references().size());
            assertEquals(2, small.paragraphs().size());
            assertTrue(CableGenerators.size(small) < CableGenerators.size(c));
        }
    }

    @Test
    void shrinkingIsDeterministic() {
        for (long seed = 0; seed < 20; seed++) {
            assertEquals(CableGenerators.shrink(CableGenerators.cable(seed)),
                    CableGenerators.shrink(CableGenerators.cable(seed)));
        }
    }
}

package org.cablegram.generate;

import static org.quicktheories.generators.SourceDSL.longs;

import java.util.random.RandomGenerator;

import org.cablegram.model.Cable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories wrappers of the generators. {@link #cables} drives the generator with a
 * {@link RandomGenerator} whose every draw is a QuickTheories value, so QuickTheories' own
 * shrinking (which lowers the recorded draws) shrinks the cable's choices; {@link #seeds} is the
 * plain alternative whose failures are reproduced by {@code CableGenerators.cable(seed)}.
 */
final class QtCables {

    private QtCables() {
    }

    /** A random generator reading its values from a QuickTheories randomness source. */
    static final class Draws implements RandomGenerator {
        private static final Gen<Long> RAW = org.quicktheories.generators.SourceDSL.longs().all();
        private final RandomnessSource in;

        Draws(RandomnessSource in) {
            this.in = in;
        }

        @Override
        public long nextLong() {
            return RAW.generate(in);
        }
    }

    static Gen<Cable> cables(CableGenerators.Options options) {
        Gen<Cable> g = in -> CableGenerators.cable(new Draws(in), options);
        return g.describedAs(TelegramTexts::text);
    }

    static Gen<Long> seeds() {
        return longs().all();
    }

    static int examples() {
        return Integer.getInteger("QT_EXAMPLES", 200);
    }
}

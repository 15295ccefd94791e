package org.cablegram.generate;

import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;

import org.cablegram.CableParser;
import org.cablegram.CableWriter;
import org.cablegram.ParseResult;
import org.cablegram.Severity;
import org.cablegram.model.Cable;
import org.junit.jupiter.api.Test;

/**
 * The library's writer against generated cables: the canonical text (plain and wrapped at 69)
 * parses back to the very same cable with no ERROR diagnostic, and writing is idempotent. A
 * failure is shrunk with {@link CableGenerators#minimise} and printed as text.
 */
class WriterRoundTripProperties {

    static final CableParser PARSER = CableParser.create();

    static List<String> problems(Cable c, CableWriter writer) {
        List<String> out = new ArrayList<>();
        String text = writer.write(c);
        ParseResult r = PARSER.parse(text);
        if (r.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            out.add("ERROR diagnostics: " + r.diagnostics());
        }
        if (!r.cable().equals(c)) {
            out.add("parsed back differently: " + Agreement.keyFieldDifferences(c, r.cable()));
        }
        if (!writer.write(r.cable()).equals(text)) {
            out.add("writing is not idempotent");
        }
        return out;
    }

    static void check(Cable c, CableWriter writer) {
        if (problems(c, writer).isEmpty()) {
            return;
        }
        Cable small = CableGenerators.minimise(c, x -> !problems(x, writer).isEmpty());
        throw new AssertionError("round trip fails; smallest cable:\n" + writer.write(small) + "\n"
                + problems(small, writer) + "\n" + small);
    }

    @Test
    void canonicalTextParsesBackToTheSameCable() {
        qt().withExamples(QtCables.examples()).forAll(QtCables.seeds())
                .checkAssert(seed -> check(CableGenerators.cable(seed), CableWriter.canonical()));
    }

    @Test
    void wrappedTextParsesBackToTheSameCable() {
        qt().withExamples(QtCables.examples()).forAll(QtCables.seeds())
                .checkAssert(seed -> check(CableGenerators.cable(seed), CableWriter.wrapping(69)));
    }

    @Test
    void everyEraAndLevelRoundTrips() {
        for (Era era : Era.values()) {
            for (org.cablegram.model.ClassificationLevel level : org.cablegram.model.ClassificationLevel.values()) {
                CableGenerators.Options o = CableGenerators.Options.builder().era(era).level(level).build();
                for (long seed = 0; seed < 20; seed++) {
                    check(CableGenerators.cable(seed, o), CableWriter.canonical());
                }
            }
        }
    }
}

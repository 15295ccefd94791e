package org.cablegram;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the parser with Jazzer. In a normal {@code mvn verify} the test runs
 * once on each seed in {@code src/test/resources/org/cablegram/ParserFuzzTestInputs/parse/}
 * (real cables and damaged inputs). A real fuzzing run, ten minutes:
 * <pre>JAZZER_FUZZ=1 mvn -B test -Dtest=ParserFuzzTest -Djazzer.max_duration=10m</pre>
 * The property: tolerant parsing returns a result whose diagnostics lie inside the input, and
 * strict parsing throws nothing but {@link CableParseException}.
 */
class ParserFuzzTest {

    private static final CableParser TOLERANT = CableParser.create();
    private static final CableParser STRICT = CableParser.create(ParserOptions.builder().strict(true).build());

    @FuzzTest
    void parse(byte[] input) {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        ParseResult r = TOLERANT.parse(text);
        int lines = text.split("\r\n|\n|\r|\u2028", -1).length;
        for (Diagnostic d : r.diagnostics()) {
            if (d.span().endLine() > Math.max(1, lines)) {
                throw new AssertionError("diagnostic outside the input: " + d);
            }
        }
        String back = CableWriter.lossless(r);
        if (text.length() <= ParserOptions.DEFAULT_MAX_INPUT_CHARS && !back.equals(text)) {
            throw new AssertionError("lossless output differs from the input");
        }
        try {
            STRICT.parse(text);
        } catch (CableParseException expected) {
            // the documented exception
        }
    }
}

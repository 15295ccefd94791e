package org.cablegram.internal.fields;

import org.cablegram.internal.engine.ParseEngineTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * The reading of a body line from its tokens alone ({@link RunTogether#plain}), which spares a
 * parse tree for lines with nothing run together in them, is the rule's own: held to the full
 * parse on every line of the corpus cables (the sample when the corpus is absent).
 */
class RunTogetherTest {

    @Test
    void tokensAloneReadEveryPlainLineAsTheParseDoes() throws IOException {
        int lines = 0;
        int plain = 0;
        for (String cable : ParseEngineTest.corpus()) {
            for (String line : cable.split("\n")) {
                if (RunTogether.plain(line)) {
                    assertEquals(RunTogether.full(line), RunTogether.read(line), line);
                    plain++;
                }
                lines++;
            }
        }
        System.out.printf("[run-together] %d of %d lines read from their tokens alone%n", plain, lines);
        assertTrue(plain > lines / 2, "most lines have nothing run together");
    }

    @Test
    void linesWithSomethingRunTogetherGoToTheParse() {
        for (String line : new String[] {"the talks went on. 2. (C) Next paragraph", "offers MOSCOW 00003335 002 OF 004 Medvedev",
            "\uFFFDdamaged"}) {
            assertFalse(RunTogether.plain(line), line);
        }
    }
}

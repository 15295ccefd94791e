package org.cablegram.internal.fields;

import org.cablegram.internal.engine.ParseEngineTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * The reading of a header line from its tokens alone ({@link CollapsedHeader#single}), which
 * spares a parse tree for the lines that hold one element, is the rule's own reading: held to the
 * full parse on the first lines of every corpus cable (the text header and more), on lines that
 * hold several elements, and on the shapes the tokens alone must leave to the parse.
 */
class CollapsedHeaderTest {

    @Test
    void tokensAloneReadEveryLineAsTheParseDoes() throws IOException {
        int lines = 0;
        int single = 0;
        for (String cable : ParseEngineTest.corpus()) {
            String[] split = cable.split("\n", 61);
            for (int i = 0; i < Math.min(60, split.length); i++) {
                String line = split[i];
                CollapsedHeader.Line fast = CollapsedHeader.single(line);
                if (fast != null) {
                    assertEquals(CollapsedHeader.full(line), fast, line);
                    single++;
                }
                lines++;
            }
        }
        System.out.printf("[collapsed] %d of %d lines read from their tokens alone%n", single, lines);
        assertTrue(single > lines / 2, "most lines hold one element");
    }

    @Test
    void linesOfSeveralElementsAndDamagedLinesGoToTheParse() {
        for (String line : new String[] {
            "E.O. 12958: DECL: 01/01/2018 TAGS: PREL, PGOV SUBJECT: TALKS REF: STATE 1234",
            "SIPDISE.O. 12958: N/A",
            "REFREF: A. STATE 19631",
            "\uFFFD\uFFFDSUBJECT: DAMAGED",
            "E.o. 12958: decl: 1/1/2018 Tags: prel, pgov Subject: talks"}) {
            assertEquals(null, CollapsedHeader.single(line), line);
        }
        for (String line : new String[] {"SUBJECT: TALKS ON TRADE", "STATE FOR EUR/RUS", "", "TAGS: PREL, PGOV"}) {
            assertEquals(CollapsedHeader.full(line), CollapsedHeader.single(line), line);
        }
    }
}

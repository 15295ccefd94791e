package org.cablegram.internal.engine;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.dfa.DFA;
import org.cablegram.CableParser;
import org.junit.jupiter.api.Test;

/**
 * The prepared DFA the build ships matches the grammars it was built with and is installed, and
 * what is installed is what was written: a resource read back into empty caches and written again
 * gives the same bytes. (That the parses are the same with and without it is shown by running
 * the whole test suite with it installed, and was checked on every corpus file when it came in.)
 */
class PreparedDfaTest {

    @Test
    void theShippedResourceFitsEveryGrammarAndIsInstalled() throws IOException {
        try (InputStream in = PreparedDfa.class.getResourceAsStream(PreparedDfa.RESOURCE)) {
            assertNotNull(in, "the build writes " + PreparedDfa.RESOURCE + " (DfaTrainer, exec plugin in the POM)");
        }
        int[] installed = PreparedDfa.installedStates();
        assertEquals(4, installed.length, "a resource of this format version for the four grammars");
        for (int i = 0; i < installed.length; i++) {
            // a grammar changed since the resource was made would be skipped silently at run time
            assertTrue(installed[i] > 0, PreparedDfa.grammars().get(i).name() + " has no prepared state");
        }
    }

    @Test
    void aResourceReadBackIntoEmptyCachesIsWrittenTheSame() throws IOException {
        CableParser parser = CableParser.create();
        for (String text : ParseEngineTest.corpus().subList(0, 40)) {
            parser.parse(text);
        }
        byte[] written = DfaTrainer.write(PreparedDfa.grammars());
        List<PreparedDfa.Grammar> empty = new ArrayList<>();
        for (PreparedDfa.Grammar g : PreparedDfa.grammars()) {
            empty.add(new PreparedDfa.Grammar(g.name(), g.serializedAtn(), g.atn(), emptyCaches(g.atn()), g.lexer()));
        }
        int[] installed = PreparedDfa.install(ByteBuffer.wrap(written), empty);
        for (int n : installed) {
            assertTrue(n > 0);
        }
        assertArrayEquals(written, DfaTrainer.write(empty));
    }

    @Test
    void aResourceOfAnotherGrammarIsIgnored() throws IOException {
        List<PreparedDfa.Grammar> changed = new ArrayList<>();
        for (PreparedDfa.Grammar g : PreparedDfa.grammars()) {
            changed.add(new PreparedDfa.Grammar(g.name(), g.serializedAtn() + "x", g.atn(), emptyCaches(g.atn()), g.lexer()));
        }
        int[] installed = PreparedDfa.install(ByteBuffer.wrap(DfaTrainer.write(PreparedDfa.grammars())), changed);
        assertArrayEquals(new int[] {0, 0, 0, 0}, installed);
        for (PreparedDfa.Grammar g : changed) {
            for (DFA d : g.dfas()) {
                assertTrue(d.states.isEmpty() && d.s0 == null);
            }
        }
    }

    private static DFA[] emptyCaches(ATN atn) {
        DFA[] out = new DFA[atn.getNumberOfDecisions()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new DFA(atn.getDecisionState(i), i);
        }
        return out;
    }
}

package org.cablegram.bench;

import java.lang.reflect.Field;

import org.antlr.v4.runtime.dfa.DFA;

/**
 * The states of the generated recognisers' shared DFA caches, read by reflection (they are
 * internal to the library): the figure that must level off for memory to stay bounded, and that
 * tells how much of the grammars a run had to build before it could go at full speed.
 */
final class DfaStates {

    private static final String[] GRAMMARS = {"TelegramLexer", "TelegramParser", "FieldLexer", "FieldParser"};

    private DfaStates() {
    }

    /** @return the state counts of the grammars that exist in this build, comma-separated ({@code -} for one that does not) */
    static String now() {
        StringBuilder sb = new StringBuilder();
        for (String g : GRAMMARS) {
            sb.append(sb.length() == 0 ? "" : ", ");
            try {
                Field f = Class.forName("org.cablegram.internal.grammar." + g).getDeclaredField("_decisionToDFA");
                f.setAccessible(true);
                long states = 0;
                for (DFA d : (DFA[]) f.get(null)) {
                    states += d.states.size();
                }
                sb.append(states);
            } catch (ReflectiveOperationException | RuntimeException e) {
                sb.append('-');
            }
        }
        return sb.toString();
    }
}

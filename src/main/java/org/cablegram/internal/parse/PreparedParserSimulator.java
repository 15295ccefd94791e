package org.cablegram.internal.parse;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.atn.ATNSimulator;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * ANTLR's parser simulator, made to read the ATN configurations of a {@link PreparedDfa} state
 * at the two places that use them: building a transition from the state, and taking an error
 * transition (whose report names the alternatives the state stood for).
 */
final class PreparedParserSimulator extends ParserATNSimulator {

    /**
     * Replaces a parser's simulator by one over the same shared DFA and context cache.
     *
     * @param parser a generated parser
     */
    static void install(Parser parser) {
        ParserATNSimulator old = parser.getInterpreter();
        parser.setInterpreter(new PreparedParserSimulator(parser, old));
    }

    private PreparedParserSimulator(Parser parser, ParserATNSimulator old) {
        super(parser, old.atn, old.decisionToDFA, old.getSharedContextCache());
    }

    @Override
    protected DFAState getExistingTargetState(DFAState previous, int t) {
        DFAState target = super.getExistingTargetState(previous, t);
        if (target == ATNSimulator.ERROR) {
            PreparedDfa.configs(previous);
        }
        return target;
    }

    @Override
    protected DFAState computeTargetState(DFA dfa, DFAState previous, int t) {
        PreparedDfa.configs(previous);
        return super.computeTargetState(dfa, previous, t);
    }
}

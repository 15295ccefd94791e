package org.cablegram.internal.engine;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.cablegram.internal.grammar.TelegramParser;
import org.cablegram.internal.grammar.TelegramParserListener;

/**
 * The generated parser, telling a {@link TelegramParserListener} about each rule as it enters and
 * completes it. ANTLR's own parse listeners would do the same, but with a listener attached the
 * runtime also makes a terminal node for every token and adds it to its rule's children (for
 * {@code visitTerminal}), a parse tree's worth of garbage that the reader never looks at.
 */
final class ReadingParser extends TelegramParser {

    private TelegramParserListener reader;

    ReadingParser(TokenStream input) {
        super(input);
    }

    /** @param reader told about rules from the next parse on; null for none */
    void setReader(TelegramParserListener reader) {
        this.reader = reader;
    }

    @Override
    public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
        super.enterRule(localctx, state, ruleIndex);
        if (reader != null) {
            localctx.enterRule(reader);
        }
    }

    @Override
    public void exitRule() {
        ParserRuleContext done = _ctx;
        // sets the context's last token, then returns to the parent rule
        super.exitRule();
        if (reader != null) {
            done.exitRule(reader);
        }
    }
}

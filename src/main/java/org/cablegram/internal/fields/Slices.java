package org.cablegram.internal.fields;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** The input text under a part of a field parse tree, as written: what the field visitors keep. */
final class Slices {

    private Slices() {
    }

    /** @return the text a rule matched; empty when it matched nothing */
    static String of(String text, ParserRuleContext c) {
        if (c == null || c.getStart() == null || c.getStop() == null
                || c.getStop().getTokenIndex() < c.getStart().getTokenIndex()
                || c.getStart().getType() == Token.EOF) {
            return "";
        }
        return of(text, c.getStart(), c.getStop());
    }

    /** @return the text from the start of one token to the end of another (to the end if that is EOF) */
    static String of(String text, Token from, Token to) {
        if (to.getType() == Token.EOF) {
            return text.substring(from.getStartIndex()).strip();
        }
        return text.substring(from.getStartIndex(), to.getStopIndex() + 1);
    }
}

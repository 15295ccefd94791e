package org.cablegram.internal.fields;

import java.util.Locale;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.cablegram.internal.grammar.FieldParserBaseVisitor;

/**
 * A visitor of the field grammar's trees over one line or block: the text it was parsed from, and
 * the texts of its fields as written (slices of it, blanks collapsed).
 */
abstract class TextVisitor extends FieldParserBaseVisitor<Object> {

    final String text;

    TextVisitor(String text) {
        this.text = text;
    }

    // ------------------------------------------------------------------------------ helpers

    /** Whether a token is followed directly by more text, with no blank in between. */
    boolean gluedAfter(Token t) {
        int i = t.getStopIndex() + 1;
        return i < text.length() && !Words.isBlank(text.charAt(i));
    }

    /** Where the text before a token ends, blanks skipped back over: the stop of the token before it. */
    int previousStop(Token t) {
        int i = t.getStartIndex() - 1;
        return i >= 0 && !Words.isBlank(text.charAt(i)) ? i : -2;
    }

    /** The input text of a rule, as written; empty when the rule matched nothing. */
    String slice(ParserRuleContext c) {
        return Slices.of(text, c);
    }

    String slice(Token from, Token to) {
        return Slices.of(text, from, to);
    }

    static String collapse(String s) {
        return Words.collapse(s);
    }

    static String upper(String s) {
        return Words.collapse(s).toUpperCase(Locale.ROOT);
    }

    static String withoutClosingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && (Words.isBlank(s.charAt(end - 1)) || ".:;,".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.substring(0, end);
    }
}

package org.cablegram.internal.fields;

import java.util.Optional;
import java.util.OptionalInt;

import org.antlr.v4.runtime.Token;
import org.cablegram.internal.grammar.FieldLexer;
import org.cablegram.internal.grammar.FieldParser;

/**
 * Turns the parse trees of the field grammar's body line rules into field values, one method per
 * labelled alternative: paragraph starts and their portion markings, texts that open with a
 * marking, SMART section lines and the lines of the ending.
 */
final class BodyFieldVisitor extends TextVisitor {

    BodyFieldVisitor(String text) {
        super(text);
    }

    // ------------------------------------------------------------------------------ paragraph start

    @Override
    public Object visitParaMarked(FieldParser.ParaMarkedContext c) {
        return Optional.of(new Fields.Head(c.number.getText(), c.number instanceof FieldParser.NumberLedByOneContext,
                c.pilcrow != null, Optional.of((String) visit(c.marking)), after(c.marking.getStop()), false));
    }

    @Override
    public Object visitParaUnmarked(FieldParser.ParaUnmarkedContext c) {
        return Optional.of(new Fields.Head(c.number.getText(), c.number instanceof FieldParser.NumberLedByOneContext,
                c.pilcrow != null, Optional.empty(), after(c.PERIOD().getSymbol()),
                c.text.getChildCount() > 0 && c.text.getStart().getType() == FieldLexer.LPAREN));
    }

    @Override
    public Object visitParaMalformed(FieldParser.ParaMalformedContext c) {
        return Optional.empty();
    }

    @Override
    public Object visitTextMarked(FieldParser.TextMarkedContext c) {
        return Optional.of(new Fields.Head("", false, false, Optional.of((String) visit(c.marking)),
                after(c.marking.getStop()), false));
    }

    @Override
    public Object visitTextUnmarked(FieldParser.TextUnmarkedContext c) {
        return Optional.empty();
    }

    /**
     * A portion marking in its normal form: the words between the parentheses in upper case, blanks
     * collapsed, a spelled-out level abbreviated ({@code SECRET/REL X} to {@code S/REL X}).
     */
    @Override
    public Object visitPortionMarking(FieldParser.PortionMarkingContext c) {
        String inner = upper(text.substring(c.LPAREN().getSymbol().getStopIndex() + 1,
                c.RPAREN().getSymbol().getStartIndex()));
        FieldParser.PortionLevelContext level = c.portionLevel();
        String written = upper(slice(level));
        return visit(level) + inner.substring(written.length());
    }

    @Override
    public Object visitLevelAbbreviated(FieldParser.LevelAbbreviatedContext c) {
        return upper(c.getText());
    }

    @Override
    public Object visitLevelSpelledOut(FieldParser.LevelSpelledOutContext c) {
        String w = upper(c.getText());
        if (w.startsWith("TOP")) {
            return "TS";
        }
        return w.startsWith("CONFIDENTIAL") ? "C" : w.startsWith("SECRET") ? "S" : "U";
    }

    /** Where the text after the last field of a line starts (the text runs to the end of the whole line). */
    private static int after(Token last) {
        return last.getStopIndex() + 1;
    }

    // ------------------------------------------------------------------------------ page line

    @Override
    public Object visitPageWellFormed(FieldParser.PageWellFormedContext c) {
        OptionalInt total = c.sectionTotal == null ? OptionalInt.empty()
                : OptionalInt.of(Integer.parseInt(c.sectionTotal.getText()));
        String rest = slice(c.following).strip();
        if (c.pageOrigin() != null && c.pageOrigin().getStop().getStopIndex() + 1 == c.serial.getStartIndex()) {
            // an origin glued to its digits ("RUEHFRA2440") is a routing code, not the page's origin
            // and serial: the page line's text starts there
            rest = text.substring(c.pageOrigin().getStart().getStartIndex()).strip();
        }
        return Optional.of(new Fields.Page(Integer.parseInt(c.page.getText()), total, rest));
    }

    @Override
    public Object visitPageMalformed(FieldParser.PageMalformedContext c) {
        return Optional.empty();
    }

    // ------------------------------------------------------------------------------ section line

    @Override
    public Object visitSectionLineWellFormed(FieldParser.SectionLineWellFormedContext c) {
        Optional<String> suffix = c.suffix == null ? Optional.empty() : Optional.of(c.suffix.getText().substring(1));
        return Optional.of(new Fields.SectionMark(c.origin.getText(), c.serial.getText(),
                Integer.parseInt(c.number.getText()), suffix, Integer.parseInt(c.total.getText())));
    }

    @Override
    public Object visitSectionLineMalformed(FieldParser.SectionLineMalformedContext c) {
        return Optional.empty();
    }

    // ------------------------------------------------------------------------------ the ending

    @Override
    public Object visitTrailerBt(FieldParser.TrailerBtContext c) {
        return new Fields.TrailerLine(Words.clean(text), Optional.empty(), true);
    }

    @Override
    public Object visitTrailerSerial(FieldParser.TrailerSerialContext c) {
        return new Fields.TrailerLine(Words.clean(text), Optional.of(c.serial.getText()), true);
    }

    @Override
    public Object visitTrailerEndOfMessage(FieldParser.TrailerEndOfMessageContext c) {
        return new Fields.TrailerLine(Words.clean(text), Optional.empty(), true);
    }

    @Override
    public Object visitTrailerEndOfDocument(FieldParser.TrailerEndOfDocumentContext c) {
        return new Fields.TrailerLine(Words.clean(text), Optional.empty(), true);
    }

    @Override
    public Object visitTrailerFooter(FieldParser.TrailerFooterContext c) {
        return new Fields.TrailerLine(Words.clean(text), Optional.empty(), true);
    }

    @Override
    public Object visitTrailerMalformed(FieldParser.TrailerMalformedContext c) {
        return new Fields.TrailerLine(Words.clean(text), Optional.empty(), false);
    }
}

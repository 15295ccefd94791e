package org.cablegram.internal.fields;

import org.cablegram.internal.engine.FieldEngine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.cablegram.internal.grammar.FieldLexer;
import org.cablegram.internal.grammar.FieldParser;

import org.cablegram.model.ClassifiedBy;
import org.cablegram.model.ExecutiveOrder;
import org.cablegram.model.Reference;
import org.cablegram.model.ReferenceId;
import org.cablegram.model.ReferenceKind;
import org.cablegram.model.Subject;
import org.cablegram.model.Tag;

/** Reads the fields of text-header lines: E.O., TAGS, SUBJECT, REF and Classified By. */
public final class HeaderFields {

    private HeaderFields() {
    }

    // ---------------------------------------------------------------------------------- E.O.

    /**
     * The E.O. line read, with TAGS text that was glued onto it; {@code wellFormed} is false when
     * only the catch-all alternative fits (no order number), and the line is kept whole as text.
     */
    public record Eo(ExecutiveOrder order, Optional<String> gluedTags, boolean badDate, boolean wellFormed) {
    }

    /** Reads the E.O. line (rule {@code standaloneEo}, lexer mode EO). */
    public static Eo eo(String joined) {
        // most E.O. lines recur across cables ("E.O. 12958: N/A"): read once through the memo of
        // recent lines, each caller getting an element of its own (the side table goes by identity)
        Eo e = (Eo) Fields.remembered(EO_LINE, joined, HeaderFields::readEo);
        ExecutiveOrder o = e.order();
        return new Eo(new ExecutiveOrder(o.order(), o.text(), o.declassifyOn()), e.gluedTags(), e.badDate(),
                e.wellFormed());
    }

    private static final Object EO_LINE = new Object();

    private static Object readEo(String joined) {
        String t = Words.clean(joined);
        FieldParser.StandaloneEoContext tree = FieldEngine.parse(t, FieldLexer.EO, FieldParser::standaloneEo);
        return new HeaderFieldVisitor(t).visit(tree.eoLine());
    }

    // ------------------------------------------------------------------------------- SUBJECT

    /** The SUBJECT read; {@code wellFormed} is false when only the catch-all alternative fits. */
    public record SubjectRead(Subject subject, boolean wellFormed) {
    }

    /**
     * Reads a SUBJECT line and its continuation lines (rule {@code standaloneSubject}, lexer mode
     * SUBJECT): the lines are read as one block, blank lines left out.
     */
    public static SubjectRead subject(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String l = Words.clean(line);
            if (l.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(l);
        }
        String t = sb.toString();
        FieldParser.StandaloneSubjectContext tree = FieldEngine.parse(t, FieldLexer.SUBJECT,
                FieldParser::standaloneSubject);
        return (SubjectRead) new HeaderFieldVisitor(t).visit(tree.subjectLine());
    }

    // ----------------------------------------------------------------------------------- REF

    /** A REF item, and whether its citation gave a year of its own (a year-less one takes the citing cable's). */
    public record RefItem(Reference reference, boolean dated) {
    }

    /**
     * A REF block read.
     *
     * @param items      its items, in order
     * @param wellFormed false when only the catch-all alternative fits (no keyword, no bullet)
     * @param opening    the letter of the bullet the block opens with ({@code REF A:}, or a lettered
     *                   line that continues a block), if it opens with one
     * @param next       the letter an item that continues the block would take (B after an item
     *                   A; A when the block has no item); empty when its items are unlettered
     */
    public record ReferenceRead(List<RefItem> items, boolean wellFormed, Optional<String> opening, Optional<String> next) {
    }

    /**
     * Reads a REF block (rule {@code standaloneReference}, lexer mode REF): the REF line and its
     * continuation lines, joined by blanks.
     *
     * @param citingYear the citing cable's year, for citations without one; -1 if unknown
     * @param startAt    the letter the block's first bullet takes when it continues a block; null
     *                   when a series starts with it
     */
    static ReferenceRead references(List<String> lines, int citingYear, String startAt) {
        return references(referenceBlock(lines), citingYear, startAt);
    }

    /** A REF block's text as read and its parse tree, to be read again with other arguments. */
    public record ReferenceBlock(String text, FieldParser.StandaloneReferenceContext tree) {
    }

    /** Parses a REF block (its lines joined by blanks) once, for {@link #references(ReferenceBlock, int, String)}. */
    public static ReferenceBlock referenceBlock(List<String> lines) {
        String t = Words.collapse(String.join(" ", lines));
        return new ReferenceBlock(t, FieldEngine.parse(t, FieldLexer.REF, FieldParser::standaloneReference));
    }

    /**
     * Reads a parsed REF block: the assembler reads the block's letters first, and its citations
     * once the citing year is known, from one parse.
     */
    public static ReferenceRead references(ReferenceBlock block, int citingYear, String startAt) {
        return (ReferenceRead) new ReferenceVisitor(block.text(), citingYear, startAt).visit(block.tree().referenceBlock());
    }

    /**
     * A parsed REF block's letters: the letter it opens with, the next one, and its items without
     * their citations read (the assembler follows a block's letters across lines first, and reads
     * its citations once, at the end).
     */
    public static ReferenceRead referenceLetters(ReferenceBlock block, String startAt) {
        return (ReferenceRead) new ReferenceVisitor(block.text(), -1, startAt, true).visit(block.tree().referenceBlock());
    }

    /**
     * The REF block a paragraph's text opens with ({@code 1. REF: A. STATE 12345 B. LIMA 1201}):
     * read only when the block's head ends in a colon, as a REF block does, so that a sentence
     * about a reference ({@code Ref B reported ...}, {@code Reftel outlined ...}) is no block.
     *
     * @param citingYear the citing cable's year, for citations without one; -1 if unknown
     */
    public static Optional<ReferenceRead> referencesOpening(String paragraph, int citingYear) {
        // most first paragraphs open with no REF keyword: their first token settles it, with no parse
        boolean[] keyword = {false};
        FieldEngine.tokenTypes(paragraph, FieldLexer.REF, type -> {
            keyword[0] = type == FieldLexer.REF_KEY;
            return type == FieldLexer.RF_WS;
        });
        if (!keyword[0]) {
            return Optional.empty();
        }
        ReferenceBlock parsed = referenceBlock(List.of(paragraph));
        if (!(parsed.tree().referenceBlock() instanceof FieldParser.ReferenceWellFormedContext block)
                || !(block.head instanceof FieldParser.HeadPlainContext plain && plain.COLON() != null
                        || block.head instanceof FieldParser.HeadLetteredContext lettered && lettered.COLON() != null)) {
            return Optional.empty();
        }
        ReferenceRead read = references(parsed, citingYear, null);
        return read.items().isEmpty() ? Optional.empty() : Optional.of(read);
    }

    // ------------------------------------------------------------------------ passing lines

    /**
     * Whether a header text line opens a passing line (rule {@code standalonePassing}, lexer mode
     * PASSING): it starts with DEPT, STATE, FOR or PASS, or holds FOR, PASS or ALSO after the
     * words naming whom it is for. A line that does not continues the passing line before it.
     */
    public static boolean opensPassing(String line) {
        return (Boolean) Fields.remembered(OPENS_PASSING, line, l -> !(FieldEngine.parse(l, FieldLexer.PASSING,
                FieldParser::standalonePassing).passingLine() instanceof FieldParser.PassingContinuedContext));
    }

    private static final Object OPENS_PASSING = new Object();

    // ------------------------------------------------------------------------- CLASSIFIED BY

    /** The Classified By line read; {@code wellFormed} is false when only the catch-all alternative fits. */
    public record ClassifiedByRead(ClassifiedBy classifiedBy, boolean wellFormed) {
    }

    /**
     * Reads a Classified By line with its wrapped lines, joined by blanks (rule
     * {@code standaloneClassifiedBy}, lexer mode CLASSIFIED_BY).
     */
    public static ClassifiedByRead classifiedByRead(String joined) {
        // a post's statement recurs in its cables: read once through the memo of recent lines,
        // each caller getting an element of its own (the side table goes by identity)
        ClassifiedByRead read = (ClassifiedByRead) Fields.remembered(CLASSIFIED_BY, joined, HeaderFields::readClassifiedBy);
        ClassifiedBy c = read.classifiedBy();
        return new ClassifiedByRead(new ClassifiedBy(c.text(), c.name(), c.title(), c.reasons()), read.wellFormed());
    }

    private static final Object CLASSIFIED_BY = new Object();

    private static Object readClassifiedBy(String joined) {
        String t = Words.collapse(joined);
        FieldParser.StandaloneClassifiedByContext tree = FieldEngine.parse(t, FieldLexer.CLASSIFIED_BY,
                FieldParser::standaloneClassifiedBy);
        return new HeaderFieldVisitor(t).visit(tree.classifiedByLine());
    }

    /**
     * The Classified By statement a paragraph's text opens with, after a portion mark or the
     * classification of the entire text; empty when the text opens otherwise.
     */
    public static Optional<ClassifiedBy> statementOpening(String paragraph) {
        int probe = Math.min(paragraph.length(), 60);
        if (!Words.upper(paragraph.substring(0, probe)).contains("CLASSIFIED")) {
            return Optional.empty();
        }
        ClassifiedByRead read = classifiedByRead(paragraph);
        return read.wellFormed() ? Optional.of(read.classifiedBy()) : Optional.empty();
    }

    public static ClassifiedBy classifiedBy(String joined) {
        return classifiedByRead(joined).classifiedBy();
    }

    /** A word of an official title (titles.txt), for the reasons walk: it continues the statement. */
    static boolean isTitleWord(String w) {
        String k = w.toLowerCase(Locale.ROOT);
        int end = k.length();
        while (end > 0 && ",;:".indexOf(k.charAt(end - 1)) >= 0) {
            end--;
        }
        k = k.substring(0, end);
        if (Vocabulary.TITLE_WORDS.contains(k)) {
            return true;
        }
        String noDot = k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
        return !noDot.equals(k) && noDot.length() > 1 && Vocabulary.TITLE_WORDS.contains(noDot);
    }
}

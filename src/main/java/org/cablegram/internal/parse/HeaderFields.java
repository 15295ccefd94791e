package org.cablegram.internal.parse;

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
final class HeaderFields {

    private HeaderFields() {
    }

    // ---------------------------------------------------------------------------------- E.O.

    /**
     * The E.O. line read, with TAGS text that was glued onto it; {@code wellFormed} is false when
     * only the catch-all alternative fits (no order number), and the line is kept whole as text.
     */
    record Eo(ExecutiveOrder order, Optional<String> gluedTags, boolean badDate, boolean wellFormed) {
    }

    /** Reads the E.O. line (rule {@code standaloneEo}, lexer mode EO). */
    static Eo eo(String joined) {
        String t = Words.clean(joined);
        FieldParser.StandaloneEoContext tree = FieldEngine.parse(t, FieldLexer.EO, FieldParser::standaloneEo);
        return (Eo) new HeaderFieldVisitor(t).visit(tree.eoLine());
    }

    // ------------------------------------------------------------------------------- SUBJECT

    /** The SUBJECT read; {@code wellFormed} is false when only the catch-all alternative fits. */
    record SubjectRead(Subject subject, boolean wellFormed) {
    }

    /**
     * Reads a SUBJECT line and its continuation lines (rule {@code standaloneSubject}, lexer mode
     * SUBJECT): the lines are read as one block, blank lines left out.
     */
    static SubjectRead subject(List<String> lines) {
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
    record RefItem(Reference reference, boolean dated) {
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
    record ReferenceRead(List<RefItem> items, boolean wellFormed, Optional<String> opening, Optional<String> next) {
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
        String t = Words.collapse(String.join(" ", lines));
        FieldParser.StandaloneReferenceContext tree = FieldEngine.parse(t, FieldLexer.REF,
                FieldParser::standaloneReference);
        return (ReferenceRead) new ReferenceVisitor(t, citingYear, startAt).visit(tree.referenceBlock());
    }

    // ------------------------------------------------------------------------ passing lines

    /**
     * Whether a header text line opens a passing line (rule {@code standalonePassing}, lexer mode
     * PASSING): it starts with DEPT, STATE, FOR or PASS, or holds FOR, PASS or ALSO after the
     * words naming whom it is for. A line that does not continues the passing line before it.
     */
    static boolean opensPassing(String line) {
        FieldParser.StandalonePassingContext tree = FieldEngine.parse(line, FieldLexer.PASSING,
                FieldParser::standalonePassing);
        return !(tree.passingLine() instanceof FieldParser.PassingContinuedContext);
    }

    // ------------------------------------------------------------------------- CLASSIFIED BY

    /** The Classified By line read; {@code wellFormed} is false when only the catch-all alternative fits. */
    record ClassifiedByRead(ClassifiedBy classifiedBy, boolean wellFormed) {
    }

    /**
     * Reads a Classified By line with its wrapped lines, joined by blanks (rule
     * {@code standaloneClassifiedBy}, lexer mode CLASSIFIED_BY).
     */
    static ClassifiedByRead classifiedByRead(String joined) {
        String t = Words.collapse(joined);
        FieldParser.StandaloneClassifiedByContext tree = FieldEngine.parse(t, FieldLexer.CLASSIFIED_BY,
                FieldParser::standaloneClassifiedBy);
        return (ClassifiedByRead) new HeaderFieldVisitor(t).visit(tree.classifiedByLine());
    }

    static ClassifiedBy classifiedBy(String joined) {
        return classifiedByRead(joined).classifiedBy();
    }

    /** Splits "Acting Deputy Chief of Mission Marc Wall" into name and title. */
    static String[] nameAndTitle(String who) {
        if (who.isBlank()) {
            return new String[] {null, null};
        }
        int comma = who.indexOf(',');
        if (comma > 0) {
            String a = who.substring(0, comma).strip();
            String b = who.substring(comma + 1).strip();
            boolean aTitle = titleWords(a) == Words.split(a).size();
            if (titleWords(a) == 0 && looksLikeName(a) && titleWords(b) > 0) {
                return new String[] {a, b};
            }
            int comma2 = b.indexOf(',');
            String b1 = comma2 > 0 ? b.substring(0, comma2).strip() : b;
            if (aTitle && !b1.isEmpty() && titleWords(b1) == 0 && looksLikeName(b1)) {
                String title = comma2 > 0 ? a + ", " + b.substring(comma2 + 1).strip() : a;
                return new String[] {b1, title};
            }
        }
        List<String> w = Words.split(who.replace(",", " , "));
        int i = w.size();
        while (i > 0 && !isTitleWord(w.get(i - 1)) && !w.get(i - 1).equals(",")) {
            i--;
        }
        List<String> nameWords = w.subList(i, w.size());
        List<String> titleW = new ArrayList<>(w.subList(0, i));
        while (!titleW.isEmpty() && titleW.get(titleW.size() - 1).equals(",")) {
            titleW.remove(titleW.size() - 1);
        }
        String name = nameWords.isEmpty() ? null : String.join(" ", nameWords);
        String title = titleW.isEmpty() ? null : String.join(" ", titleW).replace(" ,", ",");
        return new String[] {name, title};
    }

    /** Two to five capitalised words or initials: "Gene A. Cretz", "EARL IRVING", "Robert van Voorst". */
    static boolean looksLikeName(String s) {
        List<String> w = Words.split(s);
        if (w.size() < 2 || w.size() > 5) {
            return false;
        }
        for (String x : w) {
            if (!isNamePart(x)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> NAME_PARTICLES = Set.of("van", "de", "von", "da", "del", "di", "la", "le", "al",
            "bin", "el");

    /** A capitalised word of letters, apostrophes and dashes, maybe abbreviated, or a particle (van, de, bin). */
    private static boolean isNamePart(String x) {
        if (NAME_PARTICLES.contains(x)) {
            return true;
        }
        if (x.isEmpty() || x.charAt(0) < 'A' || x.charAt(0) > 'Z') {
            return false;
        }
        int end = x.endsWith(".") ? x.length() - 1 : x.length();
        for (int i = 1; i < end; i++) {
            char c = x.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '\'' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static int titleWords(String s) {
        int n = 0;
        for (String w : Words.split(s)) {
            if (isTitleWord(w)) {
                n++;
            }
        }
        return n;
    }

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

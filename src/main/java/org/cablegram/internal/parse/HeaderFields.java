package org.cablegram.internal.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import org.cablegram.model.TagKind;

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

    // ---------------------------------------------------------------------------------- TAGS

    /**
     * The items of a TAGS block as written, upper case: codes with the parenthesised groups they
     * take, and whether a comma or semicolon followed each.
     */
    record TagItems(List<String> codes, List<Boolean> commaAfter, boolean wellFormed) {
    }

    /**
     * Reads a TAGS block (rule {@code standaloneTags}, lexer mode TAGS): the TAGS line and its
     * continuation lines, or tags run into the end of an E.O. line (without the keyword).
     */
    static TagItems tagItems(List<String> lines) {
        return tagItems(String.join("\n", lines), FieldLexer.TAGS);
    }

    private static TagItems tagItems(String t, int mode) {
        FieldParser.StandaloneTagsContext tree = FieldEngine.parse(t, mode, FieldParser::standaloneTags);
        return (TagItems) new HeaderFieldVisitor(t).visit(tree.tagsBlock());
    }

    /** The tags of a text without the TAGS keyword (run into the end of an E.O. line). */
    static List<Tag> tags(String text) {
        return tags(tagItems(text, FieldLexer.TAGS_TEXT));
    }

    static List<Tag> tags(TagItems read) {
        List<String> items = new ArrayList<>(read.codes().size());
        for (String code : read.codes()) {
            items.add(code.toUpperCase(Locale.ROOT).replace('\u00A0', ' '));
        }
        List<Boolean> commaAfter = read.commaAfter();
        boolean commaSeparated = commaAfter.contains(true);
        Set<String> seen = new LinkedHashSet<>();
        List<Tag> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String code = items.get(i);
            if (code.equals("OVIP") && i + 1 < items.size() && !items.get(i + 1).contains("(")) {
                // WikiLeaks links split "OVIP (CLINTON, HILLARY)" into OVIP CLINTON HILLARY
                List<String> names = new ArrayList<>();
                int j = i + 1;
                while (j < items.size() && names.size() < 3 && isNameWord(items.get(j))) {
                    names.add(nameChars(items.get(j)));
                    j++;
                }
                if (!names.isEmpty()) {
                    code = "OVIP (" + String.join(", ", names) + ")";
                    i = j - 1;
                }
            } else if (commaSeparated && i + 1 < items.size() && commaAfter.get(i)
                    && isPersonWord(code) && isPersonWord(items.get(i + 1))) {
                // "OBAMA, BARACK": two name words that are no known code
                code = code + ", " + nameChars(items.get(i + 1));
                i++;
            }
            List<String> parts = splitGlued(code);
            for (String p : parts) {
                if (seen.add(p)) {
                    out.add(new Tag(p, kindOf(p)));
                }
            }
        }
        return out;
    }

    private static boolean isPersonWord(String s) {
        return s.length() >= 4 && Words.allUpperLetters(s) && !isKnownCode(s);
    }

    /** A word of a person's name in a tag: a capital, then capitals, apostrophes, dashes and periods. */
    private static boolean isNameWord(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ',')) {
            end--;
        }
        String w = s.substring(0, end);
        if (w.length() < 2 || w.length() == 2 || w.charAt(0) < 'A' || w.charAt(0) > 'Z' || isKnownCode(w)) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == '\'' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** The letters, periods, apostrophes and dashes of a name word. */
    private static String nameChars(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c == '.' || c == '\'' || c == '-') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isKnownCode(String w) {
        return Vocabulary.SUBJECT_TAGS.contains(w) || Vocabulary.ORGANIZATION_TAGS.contains(w)
                || w.length() == 2 || (w.length() == 4 && w.charAt(0) == 'K');
    }

    /** Splits tags glued by lost blanks (ECONEFIN, VTPREL) when every piece is a known code. */
    static List<String> splitGlued(String code) {
        if (code.length() < 6 || !Words.allUpperLetters(code) || isKnownCode(code)) {
            return List.of(code);
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        if (code.length() % 4 == 2) {
            out.add(code.substring(0, 2));
            i = 2;
        }
        if ((code.length() - i) % 4 != 0) {
            return List.of(code);
        }
        for (; i < code.length(); i += 4) {
            String p = code.substring(i, i + 4);
            if (!(Vocabulary.SUBJECT_TAGS.contains(p) || p.charAt(0) == 'K' || Vocabulary.ORGANIZATION_TAGS.contains(p))) {
                return List.of(code);
            }
            out.add(p);
        }
        return out;
    }

    static TagKind kindOf(String code) {
        if (code.contains("(") || code.contains(",")) {
            return TagKind.PERSON;
        }
        if (code.length() == 4 && code.charAt(0) == 'K' && Words.allUpperLetters(code)) {
            return TagKind.PROGRAM;
        }
        if (Vocabulary.SUBJECT_TAGS.contains(code)) {
            return TagKind.SUBJECT;
        }
        if (Vocabulary.ORGANIZATION_TAGS.contains(code)) {
            return TagKind.ORGANIZATION;
        }
        if (code.length() == 2 && Words.allUpperLetters(code)) {
            return TagKind.COUNTRY;
        }
        if (code.length() == 4 && Words.allUpperLetters(code) && "ABCELMOPST".indexOf(code.charAt(0)) >= 0) {
            return TagKind.SUBJECT;
        }
        return TagKind.UNKNOWN;
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

    /**
     * The Classified By statement a paragraph's text opens with, after a portion mark or the
     * classification of the entire text; empty when the text opens otherwise.
     */
    static Optional<ClassifiedBy> statementOpening(String paragraph) {
        int probe = Math.min(paragraph.length(), 60);
        if (!Words.upper(paragraph.substring(0, probe)).contains("CLASSIFIED")) {
            return Optional.empty();
        }
        ClassifiedByRead read = classifiedByRead(paragraph);
        return read.wellFormed() ? Optional.of(read.classifiedBy()) : Optional.empty();
    }

    static ClassifiedBy classifiedBy(String joined) {
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

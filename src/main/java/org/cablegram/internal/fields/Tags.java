package org.cablegram.internal.fields;

import org.cablegram.internal.engine.Item;
import org.cablegram.internal.engine.ItemKind;
import org.cablegram.internal.engine.SourceLine;

import org.cablegram.internal.engine.FieldEngine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cablegram.internal.grammar.FieldLexer;
import org.cablegram.internal.grammar.FieldParser;
import org.cablegram.model.Tag;
import org.cablegram.model.TagKind;

/**
 * What the items of a TAGS block mean (TELEGRAM-FORMAT.md 6.4): codes told by the vocabularies,
 * codes glued by lost blanks split again, person tags and free-text tags of several words kept
 * whole, and which lines after a TAGS line still belong to it. The shapes (codes, separators,
 * parenthesised groups, link debris) are the grammar's, rule {@code tagsBlock}.
 */
public final class Tags {

    private Tags() {
    }

    /**
     * The items of a TAGS block as written, upper case: codes with the parenthesised groups they
     * take, whether a comma or semicolon followed each, and whether a line ended after each.
     */
    public record Items(List<String> codes, List<Boolean> commaAfter, List<Boolean> lineAfter, boolean wellFormed) {

        static Items empty(boolean wellFormed) {
            return new Items(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), wellFormed);
        }

        void add(String code) {
            codes.add(code);
            commaAfter.add(false);
            lineAfter.add(false);
        }

        String removeLast() {
            commaAfter.remove(commaAfter.size() - 1);
            lineAfter.remove(lineAfter.size() - 1);
            return codes.remove(codes.size() - 1);
        }

        void markLast(List<Boolean> which) {
            if (!which.isEmpty()) {
                which.set(which.size() - 1, true);
            }
        }
    }

    /** The tags read, and the glued codes that were split apart (each as written). */
    public record Read(List<Tag> tags, List<String> gluedSplit) {
    }

    /**
     * Reads a TAGS block (rule {@code standaloneTags}, lexer mode TAGS): the TAGS line and its
     * continuation lines.
     */
    public static Items items(List<String> lines) {
        return items(String.join("\n", lines), FieldLexer.TAGS);
    }

    static Items items(String t, int mode) {
        FieldParser.StandaloneTagsContext tree = FieldEngine.parse(t, mode, FieldParser::standaloneTags);
        return (Items) new HeaderFieldVisitor(t).visit(tree.tagsBlock());
    }

    /** The tags of a text without the TAGS keyword (run into the end of an E.O. line). */
    public static Read read(String text) {
        return read(items(text, FieldLexer.TAGS_TEXT));
    }

    public static Read read(Items read) {
        List<String> items = new ArrayList<>(read.codes().size());
        for (String code : read.codes()) {
            items.add(code.toUpperCase(Locale.ROOT).replace('\u00A0', ' '));
        }
        List<Boolean> commaAfter = read.commaAfter();
        List<Boolean> lineAfter = read.lineAfter();
        boolean commaSeparated = commaAfter.contains(true);
        Set<String> seen = new LinkedHashSet<>();
        List<Tag> out = new ArrayList<>();
        List<String> glued = new ArrayList<>();
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
            } else if (commaSeparated && commaAfter.get(i) && !lineAfter.get(i) && isPersonWord(code)
                    && aloneBefore(i, commaAfter, lineAfter) && i + 1 < items.size() && isPersonWord(items.get(i + 1))
                    && (i + 2 == items.size() || commaAfter.get(i + 1) || lineAfter.get(i + 1))) {
                // "OBAMA, BARACK": two name words that are no known code, each alone between separators
                code = code + ", " + nameChars(items.get(i + 1));
                i++;
            } else if (isFreeWord(code)) {
                // "ENERGY SECURITY", "POL MIL": words that are no codes, apart only by blanks
                StringBuilder run = new StringBuilder(code);
                while (i + 1 < items.size() && !commaAfter.get(i) && !lineAfter.get(i) && isFreeWord(items.get(i + 1))) {
                    run.append(' ').append(items.get(++i));
                }
                code = run.toString();
            }
            List<String> parts = splitGlued(code);
            if (parts.size() > 1) {
                glued.add(code);
            }
            for (String p : parts) {
                if (seen.add(p)) {
                    out.add(new Tag(p, kindOf(p)));
                }
            }
        }
        return new Read(out, glued);
    }

    /**
     * Whether a line after a TAGS line (or after one of its continuation lines) still holds tags:
     * the line before ends with a separator, or this line is made of codes, half of them known at
     * least (a line of words, {@code DISCUSS HAITI AND OTHER ISSUES}, is no continuation).
     */
    static boolean continues(String before, String line) {
        String b = Words.clean(before).strip();
        if (b.endsWith(",") || b.endsWith(";")) {
            return true;
        }
        Items read = items(Words.clean(line), FieldLexer.TAGS_TEXT);
        if (!read.wellFormed() || read.codes().isEmpty()) {
            return false;
        }
        int known = 0;
        for (String c : read.codes()) {
            if (!codeShaped(c)) {
                return false;
            }
            known += isKnownCode(c.toUpperCase(Locale.ROOT)) ? 1 : 0;
        }
        return 2 * known >= read.codes().size();
    }

    /** A code as written: at most eight capitals, digits and dashes (IAEA, AU-I, PTERS). */
    private static boolean codeShaped(String c) {
        if (c.length() > 8) {
            return false;
        }
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (!(ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The header items with each TAGS block cut after its last line of tags: the lines after it
     * that the grammar joined to the block (every text line right after a keyword line) but that
     * hold no tags become a text item of their own.
     */
    public static List<Item> continuationsApart(List<Item> items) {
        List<Item> out = null;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            int keep = it.kind() == ItemKind.TAGS ? tagLines(it.lines()) : it.lines().size();
            if (keep < it.lines().size() && out == null) {
                out = new ArrayList<>(items.subList(0, i));
            }
            if (out == null) {
                continue;
            }
            if (keep < it.lines().size()) {
                out.add(new Item(ItemKind.TAGS, it.lines().subList(0, keep)));
                // one item a line, as the grammar gives text lines
                for (SourceLine l : it.lines().subList(keep, it.lines().size())) {
                    out.add(new Item(ItemKind.HEADER_TEXT, List.of(l)));
                }
            } else {
                out.add(it);
            }
        }
        return out == null ? items : out;
    }

    /** How many lines of a TAGS block hold tags: the keyword line and the lines that continue it. */
    private static int tagLines(List<SourceLine> lines) {
        int n = 1;
        while (n < lines.size() && continues(lines.get(n - 1).text(), lines.get(n).text())) {
            n++;
        }
        return n;
    }

    /** A word of a free-text tag: letters (and inner dashes) only, three or more, no known code. */
    private static boolean isFreeWord(String s) {
        if (s.length() < 3 || isKnownCode(s) || s.length() == 4 && kindOf(s) != TagKind.UNKNOWN || splitGlued(s).size() > 1) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == '-' && i > 0 && i < s.length() - 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPersonWord(String s) {
        return s.length() >= 4 && Words.allUpperLetters(s) && !isKnownCode(s) && splitGlued(s).size() == 1;
    }

    /** Whether the item at {@code i} starts its line or follows a separator. */
    private static boolean aloneBefore(int i, List<Boolean> commaAfter, List<Boolean> lineAfter) {
        return i == 0 || commaAfter.get(i - 1) || lineAfter.get(i - 1);
    }

    /** A word of a person's name in a tag: a capital, then capitals, apostrophes, dashes and periods. */
    private static boolean isNameWord(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ',')) {
            end--;
        }
        String w = s.substring(0, end);
        if (w.length() <= 2 || w.charAt(0) < 'A' || w.charAt(0) > 'Z' || isKnownCode(w)) {
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

    static boolean isKnownCode(String w) {
        return Vocabulary.SUBJECT_TAGS.contains(w) || Vocabulary.ORGANIZATION_TAGS.contains(w)
                || w.length() == 2 || isProgram(w);
    }

    private static boolean isProgram(String w) {
        return w.length() == 4 && w.charAt(0) == 'K' && Words.allUpperLetters(w);
    }

    /**
     * Splits tags glued by lost blanks (ECONEFIN, VTPREL, PGOVIZ) when the pieces are codes:
     * subject and program codes, organisations of three letters or more, and at most one
     * two-letter country code; at least one piece is a subject code of the vocabulary.
     */
    static List<String> splitGlued(String code) {
        if (code.length() < 6 || !Words.allUpperLetters(code) || isKnownCode(code)) {
            return List.of(code);
        }
        List<String> pieces = new ArrayList<>();
        return split(code, 0, false, false, pieces) ? List.copyOf(pieces) : List.of(code);
    }

    /** Depth-first: the first way to cut the rest of the code into pieces, the longest piece first. */
    private static boolean split(String code, int from, boolean country, boolean subject, List<String> pieces) {
        if (from == code.length()) {
            return subject && pieces.size() > 1;
        }
        for (int end = Math.min(code.length(), from + 8); end >= from + 2; end--) {
            String p = code.substring(from, end);
            boolean isSubject = Vocabulary.SUBJECT_TAGS.contains(p);
            boolean isCountry = p.length() == 2 && Vocabulary.COUNTRY_TAGS.contains(p);
            boolean fits = isSubject || isProgram(p) || isCountry && !country
                    || p.length() >= 3 && Vocabulary.ORGANIZATION_TAGS.contains(p);
            if (!fits || p.length() == code.length()) {
                continue;
            }
            pieces.add(p);
            if (split(code, end, country || isCountry, subject || isSubject, pieces)) {
                return true;
            }
            pieces.remove(pieces.size() - 1);
        }
        return false;
    }

    static TagKind kindOf(String code) {
        if (code.contains("(") || code.contains(",")) {
            return TagKind.PERSON;
        }
        if (isProgram(code)) {
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
}

package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Words;
import org.cablegram.internal.fields.Vocabulary;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signature of a telegram's body: whether a line is a signer's name (capitalised words, particles,
 * no closer or classification word), and a name run into the end of the last sentence. A heuristic:
 * names have no shape of their own in the format.
 */
final class Signatures {

    private Signatures() {
    }

    static final Set<String> PARTICLES = Vocabulary.NAME_PARTICLES;

    static final Pattern NAME_CHARS = Pattern.compile("[A-Za-z][A-Za-z'.\\- /,]*");

    // matched against the end of the line only (see splitGluedSignature)
    // a sentence end, a closing quote or parenthesis, or the stars of a banner before the name
    static final Pattern GLUED_SIGNER_SPACED = Pattern.compile(
            "[.!?\"')\u201D*](?<gap>\\s{3,})(?<name>[A-Z][A-Za-z'\\-]+(?: [A-Z][A-Za-z'\\-]+){0,2})\\s*$");

    // the name in capitals, also without a blank before it ("... table.ROONEY")
    static final Pattern GLUED_SIGNER_CAPS = Pattern.compile(
            "[.!?\"')\u201D*](?<gap>\\s*)(?<name>[A-Z]{3,}(?: [A-Z]{2,}){0,2})\\s*$");

    /**
     * Where a signature glued to the end of a (cleaned) last line starts ("... AFFAIRS.    PORTER",
     * "... ahead. BURNS"): the blanks before the name.
     *
     * @return the index of the gap before the name, or -1
     */
    static int gluedSignature(String t) {
        int from = Math.max(0, t.length() - 60);
        String tail = t.substring(from);
        Matcher m = GLUED_SIGNER_SPACED.matcher(tail);
        if (!m.find()) {
            m = GLUED_SIGNER_CAPS.matcher(tail);
            // in a text in capitals a word in capitals after a sentence is no sign of a name, unless
            // the sentence is a closer ("END ACTION REQUEST. SPOGLI")
            boolean mixedCase = t.chars().anyMatch(Character::isLowerCase);
            if (!m.find() || !mixedCase && !closesBefore(t, from + m.start("gap"))) {
                return known(t);
            }
        }
        String name = m.group("name");
        if (isSignature(name) && !isTitleCaseSentenceEnd(name) && !(m.group("gap").isEmpty() && isAbbreviation(t, from + m.start("gap")))) {
            return from + m.start("gap");
        }
        return known(t);
    }

    /** A surname written with a capital and small letters, no closer's or heading's word ("Doe"). */
    private static boolean nameShaped(String w) {
        if (w.length() < 3 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i)) && w.charAt(i) != '\'' && w.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    /** Whether the text before {@code at} is a closer or an END line ("End Text.", "END ACTION REQUEST."). */
    private static boolean closesBefore(String t, int at) {
        int s = t.lastIndexOf(". ", at - 2);
        String before = Words.upper(Words.clean(t.substring(s < 0 ? 0 : s + 2, at)));
        while (before.endsWith(".")) {
            before = before.substring(0, before.length() - 1);
        }
        return before.startsWith("END ") || Vocabulary.CLOSERS.contains(before);
    }

    /** "U.S.A": letters and periods before a glued word in capitals are an abbreviation, not a sentence. */
    private static boolean isAbbreviation(String t, int at) {
        return at >= 2 && Character.isLetter(t.charAt(at - 2)) && Character.isUpperCase(t.charAt(at - 2))
                && (at < 3 || !Character.isLetter(t.charAt(at - 3)));
    }

    /**
     * A name of the learned signers (signers.txt), in any case, after the end of the last sentence
     * ("... this happens. Scobey"), or after a closing word ("... UNQUOTE CLINTON").
     *
     * @return the index of the gap before the name, or -1
     */
    private static int known(String t) {
        int end = t.length();
        while (end > 0 && Words.isBlank(t.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(t.charAt(start - 1)) || t.charAt(start - 1) == '\'' || t.charAt(start - 1) == '-')) {
            start--;
        }
        if (end - start < 3 || !Character.isUpperCase(t.charAt(start))) {
            return -1;
        }
        String name = Words.upper(t.substring(start, end));
        if (!Vocabulary.SIGNERS.contains(name) && !(nameShaped(t.substring(start, end)) && isSignature(name)
                && !isTitleCaseSentenceEnd(name))) {
            return -1;
        }
        int gap = start;
        while (gap > 0 && Words.isBlank(t.charAt(gap - 1))) {
            gap--;
        }
        if (gap == 0) {
            return -1;
        }
        char c = t.charAt(gap - 1);
        if (".!?\"')\u201D*".indexOf(c) >= 0 && !(gap == start && isAbbreviation(t, gap))) {
            return gap;
        }
        // a closing word before the name: "... UNQUOTE CLINTON"
        int w = gap;
        while (w > 0 && !Words.isBlank(t.charAt(w - 1))) {
            w--;
        }
        String word = Words.upper(t.substring(w, gap));
        return gap < start && (word.equals("UNQUOTE") || word.equals("ENDS")) ? gap : -1;
    }

    static boolean isTitleCaseSentenceEnd(String name) {
        String u = name.toUpperCase(Locale.ROOT);
        return Vocabulary.NOT_NAMES.contains(u) || u.startsWith("END ");
    }

    /**
     * Whether a name line stands apart from the line before it although that line ends no
     * sentence: the name in capitals after a line with small letters that ends in no word ("San
     * Jose, 7 October 2005", "End Date 12/5/2009", a link), or after a closer (END TEXT).
     */
    static boolean standsApart(String before, String name) {
        String p = Words.clean(before);
        String n = Words.clean(name);
        if (p.isEmpty()) {
            return true;
        }
        String u = Words.upper(p);
        if (u.startsWith("END ") || Vocabulary.CLOSERS.contains(u)) {
            return true;
        }
        char last = p.charAt(p.length() - 1);
        return !Character.isLetter(last) && ",;:-(".indexOf(last) < 0
                && n.chars().noneMatch(Character::isLowerCase) && p.chars().anyMatch(Character::isLowerCase);
    }

    /**
     * Where an end of message (NNNN in any case, a word of its own) glued to the end of a line
     * starts, after a name; -1 if there is none.
     */
    static int gluedEndMark(String line) {
        int at = line.length();
        while (true) {
            at = Words.upper(line).lastIndexOf("NNNN", at - 1);
            if (at <= 0) {
                return -1;
            }
            boolean wordStart = Words.isBlank(line.charAt(at - 1));
            int after = at + 4;
            boolean wordEnd = after == line.length() || !Character.isLetter(line.charAt(after));
            if (wordStart && wordEnd && line.length() - at <= 60) {
                return at;
            }
        }
    }

    /**
     * Where a message ends inside a line that holds a database row: at an end of message glued
     * before the row's next field, or at the row's first field when a later one starts the next
     * record's envelope (VZCZC); -1 if the line holds none.
     */
    static int rowEnd(String line) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return -1;
        }
        int mark = gluedEndMark(line.substring(0, tab));
        if (mark > 0 && line.substring(mark + 4, tab).isBlank()) {
            return mark;
        }
        if (holdsNextRecord(line.substring(tab + 1))) {
            return isSignature(withoutEscapedEnd(line.substring(0, tab))) ? tab : -1;
        }
        return -1;
    }

    /** Whether the tab-separated fields of a line hold the start of the next record's envelope (VZCZC). */
    static boolean holdsNextRecord(String fields) {
        if (fields.indexOf('\t') < 0 && !fields.strip().startsWith("VZCZC")) {
            return false;
        }
        for (String field : Words.between(fields, "\t")) {
            if (field.strip().startsWith("VZCZC")) {
                return true;
            }
        }
        return false;
    }

    /** A text without the backslash an export writes for an escaped line end ("CARTER \\"). */
    static String withoutEscapedEnd(String t) {
        String s = t.stripTrailing();
        return s.endsWith("\\") ? s.substring(0, s.length() - 1).stripTrailing() : t;
    }

    /** The text of a name line: cleaned, without the two periods a name line may end with ("WEINROD.."). */
    static String nameText(String line) {
        String t = Words.clean(line);
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == '.') {
            end--;
        }
        // two periods are a slip of the key; three are a publisher's cut ("Rea...")
        return t.length() - end == 2 ? t.substring(0, end).strip() : t;
    }

    static boolean isSignature(String line) {
        String t = nameText(line);
        if (t.length() < 2 || t.length() > 40 || t.endsWith(".") || t.endsWith(",") || t.endsWith(":")) {
            return false;
        }
        if (!NAME_CHARS.matcher(t).matches()) {
            return false;
        }
        String u = t.toUpperCase(Locale.ROOT);
        // END and BEGIN lines close or open a block, whatever they name (END TALKING POINTS)
        if (u.startsWith("END ") || u.startsWith("BEGIN ")) {
            return false;
        }
        for (String c : Vocabulary.CLOSERS) {
            if (u.equals(c) || u.startsWith(c + " ")) {
                return false;
            }
        }
        List<String> w = Words.piecesBetween(t, " \t\n\u000B\f\r/,");
        if (w.size() > 4 || Vocabulary.NOT_NAMES.contains(u) && !u.equals("XXXXXXXXXXXX")) {
            return false;
        }
        for (String x : w) {
            if (x.isEmpty()) {
                continue;
            }
            if (w.size() > 1 && Vocabulary.NOT_NAMES.contains(Words.upper(x)) && !Words.upper(x).startsWith("XXX")) {
                return false;
            }
            if (Character.isLowerCase(x.charAt(0)) && !PARTICLES.contains(x.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}

package org.cablegram.internal.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text helpers shared by the readers. */
public final class Words {

    private Words() {
    }

    /** Splits on runs of blanks (space, tab, no-break space). */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isBlank(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBlank(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    /** The blanks of the regular expression class {@code \s}: space, tab, LF, VT, FF, CR. */
    public static boolean isRegexBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether the text holds a run of eight digits: a cheap test before the grammar is asked for
     * the section lines run into a text line (their serial is eight digits long), so that most
     * lines are never parsed for them.
     */
    public static boolean hasEightDigits(String s) {
        // a run of eight digits covers one of every eighth position: look there first, and measure
        // the run only around a digit found
        int n = s.length();
        for (int j = 7; j < n; j += 8) {
            if (isDigit(s.charAt(j))) {
                int a = j;
                while (a > 0 && isDigit(s.charAt(a - 1))) {
                    a--;
                }
                int b = j + 1;
                while (b < n && isDigit(s.charAt(b))) {
                    b++;
                }
                if (b - a >= 8) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The text without the blanks and the given marks it opens with ("/ ABIDJAN" to "ABIDJAN"). */
    public static String afterLeading(String s, String marks) {
        int i = 0;
        while (i < s.length() && (isRegexBlank(s.charAt(i)) || marks.indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        return s.substring(i);
    }

    /** Whether the text is one to {@code max} characters long, none of them a small letter or one of {@code not}. */
    public static boolean shortWithoutSmallLetters(String t, int max, String not) {
        if (t.isEmpty() || t.length() > max) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 'a' && c <= 'z' || not.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The pieces of a text between the separator characters, runs of separators counting as one
     * and empty pieces left out.
     */
    public static List<String> piecesBetween(String t, String separators) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= t.length(); i++) {
            boolean sep = i == t.length() || separators.indexOf(t.charAt(i)) >= 0;
            if (sep && start >= 0) {
                out.add(t.substring(start, i));
                start = -1;
            } else if (!sep && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** The lines of a text, as {@code split("\n")} gives them (empty lines at its end left out). */
    public static List<String> linesOf(String t) {
        return splitAt(t, '\n');
    }

    /**
     * The words of a text between single blanks, as {@code split(" ")} gives them.
     *
     * @param t the text
     * @return the words, empty ones between blanks kept, empty ones at the end left out
     */
    public static List<String> splitAtBlank(String t) {
        return splitAt(t, ' ');
    }

    private static List<String> splitAt(String t, char c) {
        if (t.indexOf(c) < 0) {
            return List.of(t);
        }
        List<String> out = between(t, String.valueOf(c));
        int n = out.size();
        while (n > 0 && out.get(n - 1).isEmpty()) {
            n--;
        }
        return out.subList(0, n);
    }

    /**
     * The pieces of a text between separators, every one kept (empty pieces at the end too).
     *
     * @param t         the text
     * @param separator a literal separator, not empty
     * @return the pieces, at least one
     */
    public static List<String> between(String t, String separator) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = t.indexOf(separator); i >= 0; i = t.indexOf(separator, from)) {
            out.add(t.substring(from, i));
            from = i + separator.length();
        }
        out.add(t.substring(from));
        return out;
    }

    /**
     * @param t a text
     * @return its ASCII digits, in order
     */
    public static String digitsOf(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A number without the zeros it opens with, one digit kept ("000592" to "592", "000" to "0"). */
    public static String withoutLeadingZeros(String s) {
        int i = 0;
        while (i + 1 < s.length() && s.charAt(i) == '0' && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') {
            i++;
        }
        return s.substring(i);
    }

    public static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    /** Trims blanks and conversion debris (a trailing backslash). */
    public static String clean(String s) {
        String t = s.strip();
        while (t.endsWith("\\")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /**
     * A body line as text, in one pass: the same as {@code collapse(clean(line).replace("¶", ""))}
     * (conversion debris and pilcrows removed, blanks collapsed), without the copies in between.
     */
    public static String bodyText(String line) {
        // clean: blanks at both ends, then backslashes (and blanks) at the end
        int a = 0;
        int b = line.length();
        while (a < b && Character.isWhitespace(line.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(line.charAt(b - 1))) {
            b--;
        }
        while (b > a && line.charAt(b - 1) == '\\') {
            b--;
            while (b > a && Character.isWhitespace(line.charAt(b - 1))) {
                b--;
            }
        }
        int pilcrow = line.indexOf('\u00B6', a);
        if (pilcrow < 0 || pilcrow >= b) {
            return collapse(line.substring(a, b));
        }
        // without the pilcrows: trim what strip() would trim, then the words joined by one space
        int p = a;
        while (p < b && (line.charAt(p) == '\u00B6' || Character.isWhitespace(line.charAt(p)))) {
            p++;
        }
        int q = b;
        while (q > p && (line.charAt(q - 1) == '\u00B6' || Character.isWhitespace(line.charAt(q - 1)))) {
            q--;
        }
        StringBuilder sb = new StringBuilder(q - p);
        boolean gap = false;
        for (int i = p; i < q; i++) {
            char c = line.charAt(i);
            if (c == '\u00B6') {
                continue;
            }
            if (isBlank(c)) {
                gap = true;
            } else {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                gap = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Collapses runs of blanks to one space and trims. */
    public static String collapse(String s) {
        String t = s.strip();
        // the first place that needs work, found with the (vectorised) searches of String
        int i = firstOf(firstOf(t.indexOf("  "), t.indexOf('\t')), t.indexOf('\u00A0'));
        if (i < 0) {
            return t;
        }
        while (i > 0 && isBlank(t.charAt(i - 1))) {
            i--;
        }
        // the words of split(t) joined by one space, compacted in place after the untouched prefix
        int n = t.length();
        char[] buf = new char[n];
        t.getChars(0, n, buf, 0);
        int w = i;
        boolean gap = false;
        for (int r = i; r < n; r++) {
            char c = buf[r];
            if (isBlank(c)) {
                gap = true;
            } else {
                if (gap && w > 0) {
                    buf[w++] = ' ';
                }
                gap = false;
                buf[w++] = c;
            }
        }
        return new String(buf, 0, w);
    }

    /** The smaller of two indexes, where -1 stands for "not found": the first found, or -1. */
    public static int firstOf(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    public static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    public static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean allUpperLetters(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** Removes the leading pilcrow and blanks. */
    static String stripPilcrow(String s) {
        String t = s.stripLeading();
        while (t.startsWith("\u00B6")) {
            t = t.substring(1).stripLeading();
        }
        return t;
    }

    /** The months' three-letter English names, in order: a table, not a date parser, on a hot path. */
    private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

    /**
     * @param name a month's three-letter English name, any case
     * @return its number, 1 to 12
     * @throws java.time.DateTimeException when it names no month
     */
    static int month(String name) {
        if (name.length() == 3) {
            for (int i = 0; i < MONTHS.length(); i += 3) {
                if (MONTHS.regionMatches(true, i, name, 0, 3)) {
                    return i / 3 + 1;
                }
            }
        }
        throw new java.time.DateTimeException("no month " + name);
    }

    /** Two-digit years pivot at 50: 50-99 are 19xx, 00-49 are 20xx. */
    public static int fullYear(int y, int digits) {
        if (digits == 4) {
            return y;
        }
        return y >= 50 ? 1900 + y : 2000 + y;
    }
}

package org.cablegram.internal.parse;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the fields of body lines: paragraph starts, section marks and page lines. */
final class BodyFields {

    private BodyFields() {
    }

    private static final Pattern SECTION_MARK = Pattern.compile(
            "^\\s*(?<origin>[A-Z]+(?:\\s[A-Z]+)*)\\s+(?<serial>\\d{8})\\s*(?<n>\\d{3})(?:\\.(?<suffix>\\d+))?\\s+(?i:OF)\\s+(?<t>\\d{3})\\s*$");
    /** A paragraph start line. */
    record ParaStart(String digits, boolean pilcrow, Optional<String> marking, String text) {
    }

    /** A leading portion marking ("(SBU) text") and the text after it. */
    record Marked(Optional<String> marking, String text) {
    }

    static Marked marking(String text) {
        int close = markingEnd(text);
        if (close < 0) {
            return new Marked(Optional.empty(), text);
        }
        int g = 1;
        while (Words.isRegexBlank(text.charAt(g))) {
            g++;
        }
        int e = close;
        while (Words.isRegexBlank(text.charAt(e - 1))) {
            e--;
        }
        String inner = text.substring(g, e);
        String known = COMMON.get(inner);
        if (known == null) {
            if (!OldMarkings.isPortionMarking(inner)) {
                return new Marked(Optional.empty(), text);
            }
            known = OldMarkings.normalise(inner);
        }
        int end = close + 1;
        while (end < text.length() && Words.isRegexBlank(text.charAt(end))) {
            end++;
        }
        return new Marked(Optional.of(known), text.substring(end));
    }

    /** The markings of nearly every paragraph, with their normal forms, read once. */
    private static final java.util.Map<String, String> COMMON = common("C", "S", "U", "SBU", "S/NF", "C/NF", "TS",
            "S//NF", "C//NF", "U//FOUO", "SBU/NF", "U/FOUO", "C/REL", "S/REL");

    private static java.util.Map<String, String> common(String... inners) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String inner : inners) {
            if (OldMarkings.isPortionMarking(inner)) {
                m.put(inner, OldMarkings.normalise(inner));
            }
        }
        return java.util.Map.copyOf(m);
    }

    /**
     * The index of the closing parenthesis of a portion marking's shape at the start of the text
     * ({@code \(\s*([A-Za-z][A-Za-z/ ,\-]{0,40}?)\s*\)}), or -1.
     */
    static int markingEnd(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) != '(') {
            return -1;
        }
        int i = 1;
        while (i < n && Words.isRegexBlank(text.charAt(i))) {
            i++;
        }
        if (i >= n || !isAsciiLetter(text.charAt(i))) {
            return -1;
        }
        int g = i;
        // the inner text ends at its last char that is no blank, and takes at most 41 chars
        int last = i;
        for (i++; i < n; i++) {
            char c = text.charAt(i);
            if (c == ')') {
                return last - g < 41 ? i : -1;
            }
            if (c == ' ') {
                continue;
            }
            if (Words.isRegexBlank(c)) {
                // other blanks may only follow the inner text
                for (i++; i < n && Words.isRegexBlank(text.charAt(i)); i++) {
                    // blanks up to the parenthesis
                }
                return i < n && text.charAt(i) == ')' && last - g < 41 ? i : -1;
            }
            if (!(isAsciiLetter(c) || c == '/' || c == ',' || c == '-')) {
                return -1;
            }
            last = i;
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /**
     * Reads a paragraph start: blanks, an optional pilcrow and one blank, one to three digits and
     * a period (the shape {@code \s*(¶)?\s?(\d{1,3})\.\s*}), then the text.
     */
    static Optional<ParaStart> paragraph(String line) {
        int n = line.length();
        int i = 0;
        while (i < n && Words.isRegexBlank(line.charAt(i))) {
            i++;
        }
        boolean pilcrow = i < n && line.charAt(i) == '\u00B6';
        if (pilcrow) {
            i++;
        }
        if (pilcrow && i < n && Words.isRegexBlank(line.charAt(i))) {
            i++;
        }
        int d = i;
        while (i < n && i - d < 4 && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            i++;
        }
        if (i == d || i - d > 3 || i >= n || line.charAt(i) != '.') {
            return Optional.empty();
        }
        String digits = line.substring(d, i);
        i++;
        while (i < n && Words.isRegexBlank(line.charAt(i))) {
            i++;
        }
        Marked marked = marking(line.substring(i));
        return Optional.of(new ParaStart(digits, pilcrow, marked.marking(), marked.text().strip()));
    }

    /** A SMART section line. */
    record SectionMark(String origin, String serial, int number, Optional<String> suffix, int total) {
    }

    static Optional<SectionMark> sectionMark(String line) {
        Matcher m = SECTION_MARK.matcher(Words.clean(line));
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(new SectionMark(m.group("origin"), m.group("serial"), Integer.parseInt(m.group("n")),
                Optional.ofNullable(m.group("suffix")), Integer.parseInt(m.group("t"))));
    }

    /** A page line of a received copy, with any text glued after it. */
}

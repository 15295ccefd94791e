package org.cablegram.internal.parse;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the fields of body lines: paragraph starts, section marks and page lines. */
final class BodyFields {

    private BodyFields() {
    }

    private static final Pattern MARK = Pattern.compile("^\\(\\s*([A-Za-z][A-Za-z/ ,\\-]{0,40}?)\\s*\\)\\s*");
    private static final Pattern SECTION_MARK = Pattern.compile(
            "^\\s*(?<origin>[A-Z]+(?:\\s[A-Z]+)*)\\s+(?<serial>\\d{8})\\s*(?<n>\\d{3})(?:\\.(?<suffix>\\d+))?\\s+(?i:OF)\\s+(?<t>\\d{3})\\s*$");
    private static final Pattern PAGE = Pattern.compile(
            "^\\s*PAGE\\s+(?<n>\\d{1,3})"
            + "(?:\\s+(?<origin>[A-Z][A-Z .]{0,12}?)\\s+(?<serial>\\d{3,6}))?"
            + "(?:\\s+(?<sn>\\d{1,2})\\s+OF\\s+(?<st>\\d{1,2}))?"
            + "(?:\\s+(?<time>\\d{6}Z))?"
            + "(?<rest>.*)$");

    /** A paragraph start line. */
    record ParaStart(String digits, boolean pilcrow, Optional<String> marking, String text) {
    }

    /** A leading portion marking ("(SBU) text") and the text after it. */
    record Marked(Optional<String> marking, String text) {
    }

    static Marked marking(String text) {
        if (!text.startsWith("(")) {
            return new Marked(Optional.empty(), text);
        }
        Matcher mk = MARK.matcher(text);
        if (mk.lookingAt() && Markings.isPortionMarking(mk.group(1))) {
            return new Marked(Optional.of(Markings.normalise(mk.group(1))), text.substring(mk.end()));
        }
        return new Marked(Optional.empty(), text);
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

    /** The blanks of the regular expression class \s. */

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
    record PageLine(int number, OptionalInt total, String rest) {
    }

    static Optional<PageLine> page(String line) {
        Matcher m = PAGE.matcher(Words.clean(line));
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        OptionalInt total = m.group("st") != null ? OptionalInt.of(Integer.parseInt(m.group("st"))) : OptionalInt.empty();
        return Optional.of(new PageLine(Integer.parseInt(m.group("n")), total, m.group("rest").strip()));
    }
}

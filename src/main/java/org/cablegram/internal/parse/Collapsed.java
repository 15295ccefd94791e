package org.cablegram.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-splits lines where conversions lost the newlines between header elements
 * ({@code ... MOSCOW 001537 SIPDIS E.O. 12958: DECL: ... TAGS: PINR ...}) or between
 * paragraphs ({@code ... END SUMMARY. ¶2. (C) ...}). Only keywords that cannot occur in
 * running text in this form are cut points.
 */
final class Collapsed {

    private Collapsed() {
    }


    /**
     * Splits a line at SMART section lines run into it ("... offers MOSCOW 00003335 002 OF 004
     * Medvedev ..."); the marks come out as separate segments.
     *
     * @param origin the cable's origin as the classification line gives it, when known
     */
    static List<String> splitSectionMarks(String text, String origin) {
        if (!hasEightDigits(text)) {
            return List.of(text);
        }
        String o = origin == null ? "[A-Z]+" : Pattern.quote(origin);
        Pattern p = Pattern.compile("(?:^|(?<=\\s))" + o + "\\s\\d{8}\\s{1,2}\\d{3}(?:\\.\\d+)?\\s(?i:OF)\\s\\d{3}(?=\\s|$)");
        Matcher m = p.matcher(text);
        List<String> out = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            if (m.start() == 0 && m.end() == text.length()) {
                return List.of(text);
            }
            String before = text.substring(from, m.start()).strip();
            if (!before.isEmpty()) {
                out.add(before);
            }
            out.add(m.group());
            from = m.end();
        }
        if (out.isEmpty()) {
            return List.of(text);
        }
        String rest = text.substring(from).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /** Whether the whole text is a SMART section line ("LONDON 00000592 001.2 OF 003"). */
    static boolean isSectionMark(String text, String origin) {
        if (!hasEightDigits(text)) {
            return false;
        }
        String o = origin == null ? "[A-Z]+(?:\\s[A-Z]+){0,2}" : Pattern.quote(origin);
        return text.strip().matches(o + "\\s\\d{8}\\s{1,2}\\d{3}(?:\\.\\d+)?\\s(?i:OF)\\s\\d{3}");
    }

    private static boolean hasEightDigits(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run == 8) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** Item kind of a header segment by its keyword. */
    static ItemKind headerKind(String segment, ItemKind fallback) {
        String t = segment.stripLeading();
        if (t.startsWith("\u00B6")) {
            t = t.substring(1).stripLeading();
        }
        if (t.matches("(?s)^(?:E\\.\\s?O\\.\\s?|EO )\\d{5}.*")) {
            return ItemKind.EO;
        }
        if (t.startsWith("TAGS:")) {
            return ItemKind.TAGS;
        }
        if (t.startsWith("SUBJECT:") || t.startsWith("SUBJ:")) {
            return ItemKind.SUBJECT;
        }
        if (t.matches("(?s)^(?:REFS?|REFTELS?):.*")) {
            return ItemKind.REF;
        }
        if (t.matches("(?s)^(?i:CLASSIFIED BY).*")) {
            return ItemKind.CLASSIFIED_BY;
        }
        return fallback;
    }

    private static final Pattern DOUBLED_KEYWORD = Pattern.compile("^\\s*(REF|TAGS|SUBJECT)\\s*(?=\\1\\s*:)");

    /** A header line whose keyword was written twice ("REFREF: A. STATE 19631"), without the first one. */
    static String undoubleKeyword(String text) {
        Matcher m = DOUBLED_KEYWORD.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }

    /** Splits a header line at glued header keywords; one segment when there is none. */
    static List<String> splitHeader(String text) {
        if (!mayHoldHeaderKeyword(text)) {
            return List.of(text);
        }
        // candidate cut points from a cheap search, each checked by the keyword pattern
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        for (String k : CANDIDATES) {
            int i = text.indexOf(k, 1);
            while (i > 0) {
                int start = i;
                if (text.charAt(i - 1) == '\u00B6') {
                    start = i - 1;
                }
                if (start > 0 && KEYWORD_AT.matcher(text).region(start, text.length()).lookingAt()) {
                    int gap = start;
                    while (gap > 0 && Character.isWhitespace(text.charAt(gap - 1))) {
                        gap--;
                    }
                    if (gap > 0) {
                        cuts.add(start);
                    }
                }
                i = text.indexOf(k, i + 1);
            }
        }
        if (cuts.isEmpty()) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            String part = text.substring(from, cut).stripTrailing();
            if (!part.isEmpty()) {
                out.add(from == 0 ? part : part);
                from = cut;
            }
        }
        out.add(text.substring(from));
        return out;
    }

    private static final String[] CANDIDATES = {"E.", "EO ", "TAGS:", "SUBJ", "REF", "CLASSIFIED BY", "Classified B", "Classified by"};
    private static final Pattern KEYWORD_AT = Pattern.compile(
            "(?:\u00B6\\s?)?E\\.\\s?O\\.\\s?\\d{5}(?:\\s*:|\\s+(?:DECL|N/A))"
            + "|EO \\d{5}(?:\\s*:|\\s+(?:DECL|N/A))"
            + "|TAGS:"
            + "|SUBJECT:|SUBJ:"
            + "|REFS?:|REFTELS?:"
            + "|CLASSIFIED BY\\b|Classified By\\b|Classified by:");

    private static boolean mayHoldHeaderKeyword(String t) {
        return t.contains("TAGS:") || t.contains("SUBJ") || t.contains("REF") || t.contains("lassified B") || t.contains("lassified by")
                || t.contains("LASSIFIED BY") || t.contains("E.") || t.contains("EO ");
    }

    /** Splits a body line at glued pilcrow paragraph numbers. */
    static List<String> splitParagraphs(String text) {
        // a pilcrow paragraph number after a blank, inside the line: "... END SUMMARY. ¶2. (C) ..."
        List<String> out = null;
        int from = 0;
        int i = text.indexOf('\u00B6', 1);
        while (i > 0) {
            if (Character.isWhitespace(text.charAt(i - 1)) && isParagraphNumberAt(text, i + 1)) {
                String before = text.substring(from, i).strip();
                if (!before.isEmpty()) {
                    if (out == null) {
                        out = new ArrayList<>();
                    }
                    out.add(from == 0 ? text.substring(0, i).stripTrailing() : before);
                    from = i;
                }
            }
            i = text.indexOf('\u00B6', i + 1);
        }
        if (out == null) {
            return List.of(text);
        }
        out.add(text.substring(from));
        return out;
    }

    private static boolean isParagraphNumberAt(String t, int i) {
        int k = i;
        if (k < t.length() && t.charAt(k) == ' ') {
            k++;
        }
        int d = k;
        while (k < t.length() && k - d < 3 && Character.isDigit(t.charAt(k))) {
            k++;
        }
        return k > d && k + 1 < t.length() && t.charAt(k) == '.' && Character.isWhitespace(t.charAt(k + 1));
    }
}

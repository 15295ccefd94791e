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

    private static final Pattern HEADER_KEYWORD = Pattern.compile(
            "(?<=\\S)\\s*(?="
            + "(?:\u00B6\\s?)?E\\.\\s?O\\.\\s?\\d{5}(?:\\s*:|\\s+(?:DECL|N/A))"
            + "|\\bEO \\d{5}(?:\\s*:|\\s+(?:DECL|N/A))"
            + "|\\bTAGS:"
            + "|\\bSUBJECT:|\\bSUBJ:"
            + "|\\bREFS?:|\\bREFTELS?:"
            + "|\\bCLASSIFIED BY\\b|\\bClassified By\\b|\\bClassified by:"
            + ")");
    private static final Pattern PILCROW_PARAGRAPH = Pattern.compile("(?<=\\S)\\s+(?=\u00B6\\s?\\d{1,3}\\.\\s)");

    /**
     * Splits a line at SMART section lines run into it ("... offers MOSCOW 00003335 002 OF 004
     * Medvedev ..."); the marks come out as separate segments.
     *
     * @param origin the cable's origin as the classification line gives it, when known
     */
    static List<String> splitSectionMarks(String text, String origin) {
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

    /** Splits a header line at glued header keywords; one segment when there is none. */
    static List<String> splitHeader(String text) {
        return split(text, HEADER_KEYWORD);
    }

    /** Splits a body line at glued pilcrow paragraph numbers. */
    static List<String> splitParagraphs(String text) {
        return split(text, PILCROW_PARAGRAPH);
    }

    private static List<String> split(String text, Pattern p) {
        Matcher m = p.matcher(text);
        List<String> out = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                out.add(text.substring(from, m.start()));
                from = m.end();
            }
        }
        out.add(text.substring(from));
        return out;
    }
}

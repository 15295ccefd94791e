package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Markings;
import org.cablegram.internal.fields.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cablegram.DiagnosticCode;
import org.cablegram.SourceSpan;
import org.cablegram.model.Paragraph;

/**
 * Finds SUMMARY ... END SUMMARY and COMMENT ... END COMMENT blocks in the paragraph texts. An
 * opener counts only at the start of a sentence or after an opening parenthesis, in capitals or
 * capitalised ("declined to comment." opens nothing); a summary may span paragraphs.
 */
final class Blocks {


    // a heading that opens a block: SUMMARY, I. SUMMARY, INTRODUCTION AND SUMMARY, COMMENT
    private static final Pattern HEADING_BLOCK = Pattern.compile(
            "(?:[IVX]{1,4}\\.\\s*)?(?:(?:INTRODUCTION|OVERVIEW|BACKGROUND)\\s+AND\\s+)?(SUMMARY|COMMENTS?)\\b");
    // anchored at an END found by closer(): no scan over every position
    private static final Pattern SUMMARY_CLOSE = Pattern.compile(
            "(?i)END\\s+(?:OF\\s+)?SUMMARY(?:\\s+AND\\s+COMMENT)?\\b\\s*[.)]*");

    private static final Pattern COMMENT_CLOSE = Pattern.compile("(?i)END\\s+(?:OF\\s+)?COMMENT\\b\\s*[.)]*");

    private final Optional<String> summary;
    private final List<String> comments;

    private Blocks(Optional<String> summary, List<String> comments) {
        this.summary = summary;
        this.comments = comments;
    }

    Optional<String> summary() {
        return summary;
    }

    List<String> comments() {
        return comments;
    }

    static Blocks find(List<Paragraph> paragraphs, Diagnostics diags, SideTable side) {
        if (!mayHoldBlock(paragraphs)) {
            return new Blocks(Optional.empty(), List.of());
        }
        int size = 0;
        for (Paragraph p : paragraphs) {
            size += p.text().length() + 2 + 9;
        }
        StringBuilder all = new StringBuilder(size);
        List<int[]> bounds = new ArrayList<>();
        java.util.Set<Integer> fromHeading = new java.util.HashSet<>();
        // where paragraphs under a heading of another kind start: a summary does not run past one
        List<Integer> headed = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (!bounds.isEmpty()) {
                all.append("\n\n");
            }
            int start = all.length();
            // a heading "Summary" or "Comment" opens the block of the paragraph under it
            String h = p.heading().map(x -> x.strip().toUpperCase(java.util.Locale.ROOT)).orElse("");
            String body = p.text();
            boolean opensItself = body.regionMatches(true, 0, "SUMMARY", 0, 7) || body.regionMatches(true, 0, "COMMENT", 0, 7)
                    || body.regionMatches(true, 0, "(COMMENT", 0, 8);
            Matcher heading = HEADING_BLOCK.matcher(h);
            if (!opensItself && !h.isEmpty() && heading.lookingAt() && h.length() < 40) {
                fromHeading.add(all.length());
                all.append(heading.group(1).startsWith("SUMMARY") ? "SUMMARY" : "COMMENT").append(": ");
            } else if (!h.isEmpty()) {
                headed.add(all.length());
            }
            all.append(p.text());
            bounds.add(new int[] {start, all.length()});
        }
        String text = all.toString();
        if (!mayHoldBlock(text)) {
            return new Blocks(Optional.empty(), List.of());
        }
        Optional<String> summary = Optional.empty();
        // each search goes on from the last one: the loop over comments does not scan the rest of
        // the text again for every opener it finds
        Finder ends = new Finder(text);
        int[] open = opener(text, 0, "SUMMARY", "Summary", true);
        if (open != null) {
            int from = open[1];
            int[] close = closer(text, from, SUMMARY_CLOSE, text.length(), ends);
            int heading = firstAfter(headed, from);
            if (close != null && heading >= 0 && heading < close[0]) {
                // the summary ends with the paragraph before the next heading
                summary = Optional.of(text.substring(from, heading).strip());
            } else if (close != null) {
                summary = Optional.of(text.substring(from, close[0]).strip());
            } else {
                int end = Math.max(from, paragraphEnd(bounds, open[0], text.length()));
                summary = Optional.of(text.substring(from, end).strip());
                if (!fromHeading.contains(open[0])) diags.add(DiagnosticCode.UNCLOSED_BLOCK, "SUMMARY has no END SUMMARY; it runs to the end of its paragraph",
                        spanOf(paragraphs, bounds, open[0], side));
            }
        } else {
            int[] close = closer(text, 0, SUMMARY_CLOSE, text.length(), ends);
            if (close != null) {
                // END SUMMARY without an opener: the summary starts with the first numbered
                // paragraph, not with an unnumbered line before it (a title "I. Summary")
                int at = boundAt(bounds, close[0]);
                int first = 0;
                while (first < at && paragraphs.get(first).number().isEmpty()) {
                    first++;
                }
                int start = at < 0 ? 0 : bounds.get(first)[0];
                summary = Optional.of(text.substring(start, close[0]).strip());
            }
        }
        summary = summary.filter(s -> !s.isEmpty());

        List<String> comments = new ArrayList<>();
        int pos = 0;
        int[] c;
        Finder comments1 = new Finder(text);
        Finder comments2 = new Finder(text);
        while (pos < text.length() && (c = opener(text, pos, "COMMENT", "Comment", false, comments1)) != null) {
            int from = c[1];
            int paraEnd = paragraphEnd(bounds, c[0], text.length());
            int[] next = opener(text, from, "COMMENT", "Comment", false, comments2);
            int nextOpen = next != null ? next[0] : text.length();
            // only a closer before the next opener closes this block
            int[] cc = closer(text, from, COMMENT_CLOSE, nextOpen, ends);
            if (cc != null && cc[0] <= nextOpen) {
                String body = text.substring(from, cc[0]).strip();
                if (!body.isEmpty()) {
                    comments.add(body);
                }
                pos = cc[1];
            } else {
                String body = text.substring(from, Math.max(from, Math.min(paraEnd, nextOpen))).strip();
                if (c[0] > 0 && text.charAt(c[0] - 1) == '(' && body.endsWith(")")) {
                    body = body.substring(0, body.length() - 1).strip();
                }
                if (!body.isEmpty()) {
                    comments.add(body);
                }
                if (!fromHeading.contains(c[0])) {
                    diags.add(DiagnosticCode.UNCLOSED_BLOCK, "COMMENT has no END COMMENT; it runs to the end of its paragraph",
                            spanOf(paragraphs, bounds, c[0], side));
                }
                pos = Math.max(from, Math.min(paraEnd, nextOpen));
            }
        }
        return new Blocks(summary, List.copyOf(comments));
    }

    /** Whether any paragraph (or heading) holds the words that open or close a block. */
    private static boolean mayHoldBlock(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            if (mayHoldBlock(p.text()) || p.heading().isPresent() && mayHoldBlock(p.heading().get().toUpperCase(
                    java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayHoldBlock(String text) {
        return text.contains("UMMARY") || text.contains("ummary") || text.contains("OMMENT") || text.contains("omment");
    }

    /**
     * Finds the next block opener at or after {@code from}: the word in capitals or capitalised,
     * optionally after BEGIN, at the start of a sentence or after an opening parenthesis, not after
     * END or AND, followed by a colon, period or dash (a summary also by a capitalised word).
     *
     * @return {start, end} of the opener, or null
     */
    static int[] opener(String text, int from, String upper, String capital, boolean summary) {
        return opener(text, from, upper, capital, summary, new Finder(text));
    }

    private static int[] opener(String text, int from, String upper, String capital, boolean summary, Finder f) {
        int i = from;
        // the next occurrence of each spelling, searched again only once passed
        int a = f.next(0, upper, i);
        int b = f.next(1, capital, i);
        while (true) {
            if (a >= 0 && a < i) {
                a = f.next(0, upper, i);
            }
            if (b >= 0 && b < i) {
                b = f.next(1, capital, i);
            }
            int at = Words.firstOf(a, b);
            if (at < 0) {
                return null;
            }
            i = at + 1;
            int start = at;
            if (startsWithAt(text, at - 6, "BEGIN ") || startsWithAt(text, at - 6, "Begin ")) {
                start = at - 6;
            }
            if (start > 0) {
                char p = text.charAt(start - 1);
                if (!(p == ' ' || p == '(' || p == '\n' || p == '"' || p == '\t')) {
                    continue;
                }
            }
            boolean introduced = summary && introducedBy(text, start) != start;
            if (!introduced && (startsWithAt(text, at - 4, "END ") || startsWithAt(text, at - 4, "End ")
                    || startsWithAt(text, at - 4, "AND ") || startsWithAt(text, at - 4, "and ")
                    || startsWithAt(text, at - 4, "end "))) {
                continue;
            }
            if (introduced) {
                start = introducedBy(text, start);
            }
            if (!atSentenceStart(text, start)) {
                continue;
            }
            int e = at + upper.length();
            if (e < text.length() && Character.isLetter(text.charAt(e))) {
                continue;
            }
            if (summary) {
                // Summary and Comment:, Summary and Action Request., Summary/Comment:
                e = joinedOpener(text, e);
                start = introducedBy(text, start);
            }
            int k = e;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                k++;
            }
            int punct = k;
            while (k < text.length() && (text.charAt(k) == ':' || text.charAt(k) == '.' || text.charAt(k) == '-')) {
                k++;
            }
            if (k > punct) {
                return new int[] {start, summary ? afterMarking(text, k) : k};
            }
            if (summary && k > e && k < text.length() && Character.isUpperCase(text.charAt(k))) {
                return new int[] {start, k};
            }
        }
    }

    /**
     * The end of a summary opener that joins another word to SUMMARY: {@code AND} and one or two
     * capitalised words, or a slash and one ({@code Summary and Action Request.}, {@code
     * Summary/Comment:}), when punctuation follows them; else {@code e}, the end of SUMMARY.
     */
    private static int joinedOpener(String text, int e) {
        int k = e;
        if (text.regionMatches(true, k, " AND ", 0, 5)) {
            k += 5;
        } else if (text.startsWith(" & ", k)) {
            k += 3;
        } else if (k < text.length() && text.charAt(k) == '/') {
            k++;
        } else {
            return e;
        }
        for (int words = 0; words < 2 && k < text.length() && Character.isLetter(text.charAt(k)); words++) {
            while (k < text.length() && Character.isLetter(text.charAt(k))) {
                k++;
            }
            if (k < text.length() && (text.charAt(k) == ':' || text.charAt(k) == '.' || text.charAt(k) == '-')) {
                return k;
            }
            if (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
        }
        return e;
    }

    /** Where {@code Introduction and} or {@code Overview and} before a SUMMARY at {@code at} starts; else {@code at}. */
    private static int introducedBy(String text, int at) {
        for (String w : new String[] {"INTRODUCTION AND ", "OVERVIEW AND "}) {
            int s = at - w.length();
            if (s >= 0 && text.regionMatches(true, s, w, 0, w.length()) && Character.isUpperCase(text.charAt(s))
                    && atSentenceStart(text, s)) {
                return s;
            }
        }
        return at;
    }

    /** Past a portion marking right after an opener ({@code Summary: (SBU) ...}); else {@code k}. */
    private static int afterMarking(String text, int k) {
        int i = k;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '(') {
            return k;
        }
        int close = text.indexOf(')', i);
        if (close < 0 || close - i > 16 || !Markings.isPortionMarking(text.substring(i + 1, close))) {
            return k;
        }
        return close + 1;
    }

    /** The first position in a sorted list after {@code from}, or -1. */
    private static int firstAfter(List<Integer> sorted, int from) {
        for (int p : sorted) {
            if (p > from) {
                return p;
            }
        }
        return -1;
    }

    /** The next closer (END SUMMARY, END COMMENT) at or after {@code from}: {start, end}, or null. */
    static int[] closer(String text, int from, Pattern closer) {
        return closer(text, from, closer, text.length());
    }

    /** The next closer starting at or before {@code limit}, or null. */
    static int[] closer(String text, int from, Pattern closer, int limit) {
        return closer(text, from, closer, limit, new Finder(text));
    }

    private static int[] closer(String text, int from, Pattern closer, int limit, Finder f) {
        int i = from;
        // the next occurrence of each spelling, searched again only once passed
        int a = f.next(0, "END", i);
        int b = f.next(1, "End", i);
        int c = f.next(2, "end", i);
        while (true) {
            if (a >= 0 && a < i) {
                a = f.next(0, "END", i);
            }
            if (b >= 0 && b < i) {
                b = f.next(1, "End", i);
            }
            if (c >= 0 && c < i) {
                c = f.next(2, "end", i);
            }
            int at = Words.firstOf(a, Words.firstOf(b, c));
            if (at < 0 || at > limit) {
                return null;
            }
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && mayClose(text, at + 3)) {
                Matcher m = closer.matcher(text).region(at, text.length());
                if (m.lookingAt()) {
                    return new int[] {at, m.end()};
                }
            }
            i = at + 1;
        }
    }

    /**
     * Whether the text after an END can continue a closer: blanks (of the class \\s), then the
     * first letter of SUMMARY, COMMENT or OF.
     */
    private static boolean mayClose(String text, int k) {
        int n = text.length();
        if (k >= n || !Words.isRegexBlank(text.charAt(k))) {
            return false;
        }
        while (k < n && Words.isRegexBlank(text.charAt(k))) {
            k++;
        }
        return k < n && "SsCcOo".indexOf(text.charAt(k)) >= 0;
    }


    private static boolean startsWithAt(String text, int at, String word) {
        return at >= 0 && text.startsWith(word, at);
    }

    /** The opener starts the paragraph, follows an opening parenthesis or ends a sentence. */
    private static boolean atSentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return c == '\n' || c == '(' || c == '.' || c == '!' || c == '?' || c == '"' || c == '-' || c == ':'
                || c == '\u201D' || c == ')' || c == '[';
    }

    private static int paragraphEnd(List<int[]> bounds, int at, int fallback) {
        int i = boundAt(bounds, at);
        return i >= 0 && at < bounds.get(i)[1] ? bounds.get(i)[1] : fallback;
    }

    private static SourceSpan spanOf(List<Paragraph> paragraphs, List<int[]> bounds, int at, SideTable side) {
        int i = boundAt(bounds, at);
        if (i >= 0 && at <= bounds.get(i)[1]) {
            SourceSpan s = side.span(paragraphs.get(i));
            if (s != null) {
                return s;
            }
        }
        return SourceSpan.at(1, 1);
    }

    /**
     * The last paragraph starting at or before {@code at}, or -1: the only one that can hold it,
     * as the paragraphs follow each other in the text with a gap between them.
     */
    private static int boundAt(List<int[]> bounds, int at) {
        int lo = 0;
        int hi = bounds.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (bounds.get(mid)[0] <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /**
     * The next occurrence of a few words in a text, each remembered with where its search
     * started: a search from a later position that the remembered occurrence (or its absence)
     * still answers does not scan the text again.
     */
    private static final class Finder {
        private final String text;
        private final int[] searchedFrom = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        private final int[] found = new int[3];
        private final String[] words = new String[3];

        Finder(String text) {
            this.text = text;
        }

        /** The first occurrence of {@code word} (always the same for a slot) at or after {@code from}. */
        int next(int slot, String word, int from) {
            if (word.equals(words[slot]) && from >= searchedFrom[slot] && (found[slot] < 0 || found[slot] >= from)) {
                return found[slot];
            }
            words[slot] = word;
            searchedFrom[slot] = from;
            found[slot] = text.indexOf(word, from);
            return found[slot];
        }
    }
}

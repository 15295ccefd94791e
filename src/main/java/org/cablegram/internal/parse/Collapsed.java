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
        // the serial, section and total; the origin word(s) before it are checked by hand, so that
        // one compiled pattern serves every origin
        Matcher m = SECTION_TAIL.matcher(text);
        List<String> out = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            int start = originStart(text, m.start(), origin);
            if (start < from) {
                continue;
            }
            if (start == 0 && m.end() == text.length()) {
                return List.of(text);
            }
            String before = text.substring(from, start).strip();
            if (!before.isEmpty()) {
                out.add(before);
            }
            out.add(text.substring(start, m.end()));
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
        String t = text.strip();
        Matcher m = SECTION_TAIL.matcher(t);
        while (m.find()) {
            if (m.end() == t.length()) {
                // the serial, section and total end the text: the origin must be all before them
                String before = t.substring(0, m.start());
                return origin != null ? before.equals(origin) : ORIGIN_WORDS.matcher(before).matches();
            }
        }
        return false;
    }

    private static final Pattern ORIGIN_WORDS = Pattern.compile("[A-Z]+(?:\\s[A-Z]+){0,2}");

    private static final Pattern SECTION_TAIL = Pattern.compile(
            "\\s\\d{8}\\s{1,2}\\d{3}(?:\\.\\d+)?\\s(?i:OF)\\s\\d{3}(?=\\s|$)");

    /**
     * @param at where the blank before the serial is
     * @return where the origin before it starts (at the start of the text or after a blank), or -1
     */
    private static int originStart(String text, int at, String origin) {
        int start;
        if (origin != null) {
            start = at - origin.length();
            if (start < 0 || !text.startsWith(origin, start)) {
                return -1;
            }
        } else {
            start = at;
            while (start > 0 && text.charAt(start - 1) >= 'A' && text.charAt(start - 1) <= 'Z') {
                start--;
            }
            if (start == at) {
                return -1;
            }
        }
        return start == 0 || Words.isRegexBlank(text.charAt(start - 1)) ? start : -1;
    }


    static boolean hasEightDigits(String s) {
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

    /**
     * The numbered paragraphs of a header element's text, when the body ran into it (lost
     * newlines): "... REASON: 1.4 (b), (d) 1. (C) Summary: ... End summary. 2. (C) ...". The
     * first paragraph is number 1 with a portion marking ("1. (C)", "1.(S/NF)"), a pilcrow
     * number ("¶1."), or "1.KEY POINTS" / "1. Summary" when a long text follows; each later one
     * is the next number in the same form. Reason clauses ("1.4 (b)", "1. 4 (b,d)"), a reason
     * letter written like a marking ("REASONS 1. (C)") and references ("para 1. (C)") are no
     * paragraph starts.
     */
    static final class ParagraphRun {
        /** the number of the last paragraph found; 0 before the first */
        int last;
        /** whether the paragraphs carry portion markings */
        boolean marked;

        /** Whether the element's text has run into the body. */
        boolean started() {
            return last > 0;
        }
    }

    /**
     * Where paragraphs start in the text, continuing {@code run}.
     *
     * @param atStart whether a paragraph may start at the start of the text (a continuation line)
     * @param more    the length of the element's text on later lines
     * @return the starts, in order; empty when there is none
     */
    static List<Integer> paragraphStarts(String text, ParagraphRun run, boolean atStart, int more) {
        List<Integer> out = List.of();
        int n = text.length();
        // a start needs text before it: found once, not by looking at the prefix of every candidate
        int firstText = 0;
        while (firstText < n && Character.isWhitespace(text.charAt(firstText))) {
            firstText++;
        }
        for (int i = atStart ? 0 : 1; i < n; i++) {
            char c = text.charAt(i);
            if (!(c == '\u00B6' || c >= '0' && c <= '9') || i > 0 && !Words.isBlank(text.charAt(i - 1))) {
                continue;
            }
            if (i > 0 && i <= firstText) {
                continue;
            }
            int form = paragraphForm(text, i, run);
            if (form == 0) {
                continue;
            }
            if (!run.started()) {
                if (form != MARKED && form != PILCROW && n - i + more < 80) {
                    // "1. Summary" after a subject or reference: only with a paragraph's length of text
                    continue;
                }
                if (REFERRING_WORDS.contains(previousWord(text, i))) {
                    continue;
                }
                run.marked = form == MARKED;
            }
            run.last = numberAt(text, i);
            if (out.isEmpty()) {
                out = new ArrayList<>();
            }
            out.add(i);
        }
        return out;
    }

    private static final int MARKED = 1;
    private static final int PILCROW = 2;
    private static final int UNMARKED = 3;

    /** Words before a number that refer to a paragraph or give a reason, rather than start one. */
    private static final java.util.Set<String> REFERRING_WORDS = java.util.Set.of("para", "paras", "paragraph",
            "paragraphs", "par", "part", "section", "sections", "item", "items", "no", "number", "reason", "reasons",
            "and", "or", "&", "see", "ref", "reftel", "in", "of", "to", "at", "chapter", "article", "annex", "tab",
            "phase", "step", "option", "point", "points", "page", "pages", "line", "lines", "e.o.", "eo", "12958",
            "13526", "1.4", "1.5", "1.6");

    private static String previousWord(String text, int i) {
        int e = i;
        while (e > 0 && Words.isBlank(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && !Words.isBlank(text.charAt(b - 1))) {
            b--;
        }
        String w = text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
        while (!w.isEmpty() && ":,(-".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        while (!w.isEmpty() && "(\"'[".indexOf(w.charAt(0)) >= 0) {
            w = w.substring(1);
        }
        return w;
    }

    private static int numberAt(String text, int i) {
        int k = i;
        while (!Character.isDigit(text.charAt(k))) {
            k++;
        }
        int v = 0;
        while (k < text.length() && Character.isDigit(text.charAt(k))) {
            v = v * 10 + text.charAt(k++) - '0';
        }
        return v;
    }

    /** The form of the paragraph number at i that continues the run; 0 when there is none. */
    private static int paragraphForm(String t, int i, ParagraphRun run) {
        int n = t.length();
        int k = i;
        boolean pilcrow = t.charAt(k) == '\u00B6';
        if (pilcrow) {
            k++;
            if (k < n && t.charAt(k) == ' ') {
                k++;
            }
        }
        int d = k;
        while (k < n && k - d < 3 && Character.isDigit(t.charAt(k))) {
            k++;
        }
        if (k == d || k < n && Character.isDigit(t.charAt(k))) {
            return 0;
        }
        int number = Integer.parseInt(t.substring(d, k));
        if (number != run.last + 1 && !(pilcrow && !run.started())) {
            return 0;
        }
        if (k < n && t.charAt(k) == ' ') {
            k++;
        }
        if (k >= n || t.charAt(k) != '.') {
            return 0;
        }
        int dot = ++k;
        while (k < n && Words.isBlank(t.charAt(k))) {
            k++;
        }
        if (k < n && t.charAt(k) == '(') {
            // a marking is short: a parenthesis closed further on is none, however far it is
            int close = indexOf(t, ')', k, k + 15);
            if (close > k + 1 && close - k <= 14) {
                String inner = t.substring(k + 1, close);
                if (inner.equals(inner.toUpperCase(java.util.Locale.ROOT)) && Markings.isPortionMarking(inner)
                        && !(inner.strip().length() == 1 && continuesReasonLetters(t, close + 1))) {
                    return MARKED;
                }
            }
        }
        if (pilcrow) {
            return k > dot ? PILCROW : 0;
        }
        if (run.started() && run.marked) {
            return 0;
        }
        // "1.KEY POINTS", "1. Summary": a capitalised word
        boolean word = k + 1 < n && Character.isUpperCase(t.charAt(k)) && Character.isLetter(t.charAt(k + 1));
        return word ? UNMARKED : 0;
    }

    /** The first {@code c} in {@code t} from {@code from} and before {@code to}, or -1. */
    private static int indexOf(CharSequence t, char c, int from, int to) {
        int end = Math.min(to, t.length());
        for (int i = from; i < end; i++) {
            if (t.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a reason letter list goes on after "(C)": ", (d)", "and (d)", "(d)". */
    private static boolean continuesReasonLetters(String t, int at) {
        return REASON_LETTER_NEXT.matcher(t).region(at, t.length()).lookingAt();
    }

    private static boolean continuesReasonLetters(CharSequence t, int at, ReasonWalk w) {
        Matcher m = REASON_LETTER_NEXT.matcher(t).region(at, t.length());
        boolean found = m.lookingAt();
        w.hitEnd |= m.hitEnd();
        return found;
    }

    private static final Pattern REASON_LETTER_NEXT = Pattern.compile(
            "\\s*(?:[,&(]|(?i:and|or)\\b)");

    // ------------------------------------------------------------ body text after the reasons

    /**
     * Where unnumbered body text starts after the reasons clause of a Classified By element
     * (lost newlines): "... for reasons 1.4 (b) and (d). (C) On June 12 ...", "... 1.4 (B, D)"
     * with "(C) MEA Joint Secretary ..." on the next line, "... 1.4 (b) and (d) ------- Summary
     * -------", "... 1.4 (b), (d) This message contains action requests. Please see ...". The
     * reasons are the first section number (1.4, 1.5, 1.6) and the letters, separators, "and",
     * "or" and further section numbers after it. What follows them starts the body when it is
     * a portion marking (a reason letter written like one, "(C)", only after a sentence end or
     * a line start, or before a sentence), a dashed heading, a summary heading, or a sentence
     * whose first word is neither a classification word (Declassify, Derived, E.O. ...) nor a
     * title. A cut is only looked for after at least one reason letter.
     *
     * @param text the element's text up to and including the current line, earlier lines joined
     *             with '\n'
     * @param from where the current line starts in the text
     * @return where the body starts (at or after {@code from}); -1 if it does not start there
     */
    static int bodyAfterReasons(String text, int from) {
        return bodyAfterReasons(text, from, new ReasonWalk());
    }

    /**
     * How far the walk over the reasons got on an element's text, kept while lines are added to
     * it, so that each line costs the walk only the text it adds: the text of a line is then
     * read again only by a step that looked at the end of the text (where the next line may
     * change what it sees). A step decides from the text alone: whether a line break lies
     * between two things is seen in the text itself (the lines are joined with '\n').
     */
    static final class ReasonWalk {
        /** the reason section was looked for in the text before this, and not found */
        private int searched;
        /** where the reason section ends, -1 before it is found */
        private int section = -1;
        /** the state at the start of the first step that needs the text after the last line */
        private int at;
        private int letters;
        private boolean sentenceEnd;
        private boolean joined;
        /** whether the walk ended before the last line: no later line can start the body */
        private boolean settled;
        /** whether the current step looked at the end of the text */
        private boolean hitEnd;
        /** the state after the current step */
        private int nextAt;
        private int nextLetters;
        private boolean nextSentenceEnd;
        private boolean nextJoined;
    }

    /**
     * {@link #bodyAfterReasons(String, int)} on a text that grows by lines, each added to the
     * text after a '\n', with the same walk passed for each.
     */
    static int bodyAfterReasons(CharSequence text, int from, ReasonWalk w) {
        if (w.settled) {
            return -1;
        }
        int n = text.length();
        if (w.section < 0) {
            // a match ends on the text added since the last search (it is at most five characters long)
            Matcher sec = REASON_SECTION.matcher(text).region(Math.max(0, w.searched - 5), n).useTransparentBounds(true);
            if (!sec.find()) {
                w.searched = n;
                return -1;
            }
            w.section = sec.end();
            w.at = sec.end();
        }
        int i = w.at;
        int letters = w.letters;
        boolean sentenceEnd = w.sentenceEnd;
        // whether the last thing read was a separator: the letters go on ("1.4(B),\n(C), (D)")
        boolean joined = w.joined;
        w.hitEnd = false;
        while (true) {
            if (!w.hitEnd) {
                w.at = i;
                w.letters = letters;
                w.sentenceEnd = sentenceEnd;
                w.joined = joined;
            }
            int result = step(text, from, w, i, letters, sentenceEnd, joined);
            if (result != CONTINUE) {
                // a walk that ended without looking at the end of the text ends there for any longer text
                w.settled = result < 0 && !w.hitEnd;
                return result;
            }
            i = w.nextAt;
            letters = w.nextLetters;
            sentenceEnd = w.nextSentenceEnd;
            joined = w.nextJoined;
        }
    }

    private static final int CONTINUE = -2;

    /**
     * One step of the walk from {@code i}: the next thing after the blanks. Returns the result of
     * the walk, or {@link #CONTINUE} with the state after the step in {@code w.next*}; notes in
     * {@code w.hitEnd} whether it looked at the end of the text.
     */
    private static int step(CharSequence text, int from, ReasonWalk w, int i, int letters, boolean sentenceEnd,
            boolean joined) {
        int n = text.length();
        int b = i;
        while (i < n && isClauseBlank(text.charAt(i))) {
            i++;
        }
        boolean boundary = sentenceEnd || !joined && (b < from && i >= from || indexOf(text, '\n', b, i) >= 0);
        if (i >= n) {
            w.hitEnd = true;
            return -1;
        }
        char c = text.charAt(i);
        if (c == '(') {
            int close = indexOf(text, ')', i, i + 15);
            if (close < 0 && i + 15 > n) {
                w.hitEnd = true;
            }
            String inner = close > i && close - i <= 14 ? text.subSequence(i + 1, close).toString() : null;
            if (inner == null) {
                return -1;
            }
            String u = inner.strip();
            boolean letter = u.length() == 1 && isReasonLetter(u.charAt(0));
            if (letters > 0 && u.equals(u.toUpperCase(java.util.Locale.ROOT)) && Markings.isPortionMarking(u)
                    && (!letter || (boundary || startsSentence(text, close + 1, w)) && !continuesReasonLetters(text, close + 1, w))) {
                // a portion marking after the reasons
                return i >= from ? i : -1;
            }
            Matcher g = REASON_GROUP.matcher(text).region(i, n);
            boolean group = g.lookingAt();
            w.hitEnd |= g.hitEnd();
            if (!group) {
                return remainder(text, i, from, letters, boundary);
            }
            return next(w, g.end(), letters + 1, false, false);
        }
        Matcher m = REASON_JOIN.matcher(text).region(i, n);
        boolean join = m.lookingAt();
        w.hitEnd |= m.hitEnd();
        if (join) {
            return next(w, m.end(), letters, false, true);
        }
        if (isReasonLetter(c)) {
            w.hitEnd |= i + 1 >= n;
            if (i + 1 >= n || !Character.isLetter(text.charAt(i + 1))) {
                Matcher eo = EO.matcher(text).region(i, n);
                boolean isEo = eo.lookingAt();
                w.hitEnd |= eo.hitEnd();
                if (!isEo) {
                    return next(w, i + 1, letters + 1, false, false);
                }
            }
        }
        if (c == '.' || c == ':') {
            return next(w, i + 1, letters, true, false);
        }
        if (c == '-') {
            w.hitEnd |= i + 1 >= n;
        }
        if (",;&+/".indexOf(c) >= 0 || c == '-' && i + 1 < n && text.charAt(i + 1) != '-') {
            return next(w, i + 1, letters, false, true);
        }
        return remainder(text, i, from, letters, boundary);
    }

    private static int next(ReasonWalk w, int at, int letters, boolean sentenceEnd, boolean joined) {
        w.nextAt = at;
        w.nextLetters = letters;
        w.nextSentenceEnd = sentenceEnd;
        w.nextJoined = joined;
        return CONTINUE;
    }

    /** Whether the text after the reasons, at i, starts the body. */
    private static int remainder(CharSequence text, int i, int from, int letters, boolean boundary) {
        if (letters == 0 || i < from) {
            return -1;
        }
        int n = text.length();
        if (DASHED_START.matcher(text).region(i, n).lookingAt() || SUMMARY_START.matcher(text).region(i, n).lookingAt()
                || NUMBER_ONE_MARKED.matcher(text).region(i, n).lookingAt()) {
            return i;
        }
        if (!Character.isUpperCase(text.charAt(i))) {
            return -1;
        }
        if (SALUTATION.matcher(text).region(i, n).lookingAt()) {
            return i;
        }
        int e = i;
        while (e < n && !isClauseBlank(text.charAt(e))) {
            e++;
        }
        String first = text.subSequence(i, e).toString();
        if (isClassificationWord(first)) {
            return -1;
        }
        if (HEADING_DASHES.matcher(text).region(i, n).lookingAt()) {
            // "OSCE -----", "MILITARY SITUATION ON THE GROUND -----"
            return i;
        }
        if (HeaderFields.isTitleWord(first)) {
            // a name or title after the reasons ("... 1.4 (d). Ambassador John Smith")
            return -1;
        }
        return boundary || WORDS4.matcher(text).region(i, n).lookingAt() ? i : -1;
    }

    /** Whether a capitalised sentence starts after i ("(C) On June 12 ..."), not a classification word. */
    private static boolean startsSentence(CharSequence text, int i, ReasonWalk w) {
        Matcher m = SENTENCE_AFTER.matcher(text).region(i, text.length());
        boolean found = m.lookingAt();
        w.hitEnd |= m.hitEnd();
        if (!found || isClassificationWord(m.group(1))) {
            return false;
        }
        if (!HeaderFields.isTitleWord(m.group(1))) {
            return true;
        }
        // a title word may begin a sentence ("(C) Embassy London passed ..."), but not a name alone
        Matcher words = WORDS4.matcher(text).region(m.start(1), text.length());
        boolean four = words.lookingAt();
        w.hitEnd |= words.hitEnd();
        return four;
    }

    private static boolean isClassificationWord(String w) {
        String k = w.toUpperCase(java.util.Locale.ROOT);
        while (!k.isEmpty() && ":;,.".indexOf(k.charAt(k.length() - 1)) >= 0) {
            k = k.substring(0, k.length() - 1);
        }
        return CLASSIFICATION_WORDS.contains(k) || EXEMPTION.matcher(k).matches();
    }

    private static boolean isReasonLetter(char c) {
        return c >= 'a' && c <= 'h' || c >= 'A' && c <= 'H';
    }

    private static boolean isClauseBlank(char c) {
        return Words.isBlank(c) || c == '\n';
    }

    private static final java.util.Set<String> CLASSIFICATION_WORDS = java.util.Set.of("DECLASSIFY",
            "DECLASSIFIED", "DECLASSIFICATION", "DECL", "DERIVED", "DRV", "E.O", "EO", "E. O", "EXECUTIVE", "EXEC",
            "CLASSIFIED", "CLASSIFICATION", "REASON", "REASONS", "REASON(S)", "SEC", "SECTION", "SOURCE", "SOURCES",
            "MULTIPLE", "AUTHORITY", "PER", "UNDER", "OF", "AND", "OR", "DATE", "DOWNGRADE", "OADR",
            "N/A", "NA", "ORCON", "NOFORN", "REL", "12958", "13526", "12356");

    /** "E.O. 12958" after the reasons: not a reason letter E */
    private static final Pattern EO = Pattern.compile("[Ee]\\.\\s?[Oo]\\.");
    /** "Mr. President:", "Madam Secretary:": the salutation of a letter or scenesetter */
    private static final Pattern SALUTATION = Pattern.compile(
            "(?:Mr|Mrs|Ms|Madam|Madame|Dear)\\.?\\s+[A-Z][A-Za-z.]*(?:\\s+[A-Z][A-Za-z.]*){0,3}\\s*:");

    private static final Pattern REASON_SECTION = Pattern.compile("(?<![\\d.])1\\s?\\.\\s?[4-6](?!\\d)");
    /** a parenthesised list of reason letters: "(b)", "( d)", "(B, D)", "(b&d)", "(b. and d.)", "(b-d)" */
    private static final Pattern REASON_GROUP = Pattern.compile(
            "\\(\\s*[a-hA-H]\\s*\\.?(?:\\s*(?:[,/&+\\-]|(?i:and|or))?\\s*[a-hA-H]\\s*\\.?)*\\s*\\)");
    private static final Pattern REASON_JOIN = Pattern.compile(
            "(?i:a\\s{0,2}nd|o\\s{0,2}r)(?![A-Za-z])|1\\s?\\.\\s?[4-6](?!\\d)|X[1-8](?!\\d)|25X\\d");
    private static final Pattern EXEMPTION = Pattern.compile("(?:25)?X\\d.*");
    private static final Pattern DASHED_START = Pattern.compile("-{2,}\\s*(?:\\([A-Z/]{1,10}\\)|[A-Z])");
    private static final Pattern HEADING_DASHES = Pattern.compile("[A-Z][^-\\n]{0,60}?\\s-{3,}");
    private static final Pattern SUMMARY_START = Pattern.compile(
            "(?i:summary|overview|introduction)(?:\\s+(?i:and)\\s+[A-Za-z]+)?\\s*(?:[.:\\-]|$|\\s+[A-Z(])");
    private static final Pattern NUMBER_ONE_MARKED = Pattern.compile("1\\s?[.,]\\s*\\([A-Z/]{1,10}\\)\\s+[A-Z]");
    private static final Pattern SENTENCE_AFTER = Pattern.compile("\\s+([A-Z][A-Za-z'./\\-]*)");
    private static final Pattern WORDS4 = Pattern.compile("\\S+(?:\\s+\\S+){3}");

    /**
     * Where a handling caption run into the end of a subject starts ("GARBAGE CITY: AFTERMATH
     * Sensitive but Unclassified. Please handle accordingly.", "... LULA SENSITIVE BUT
     * UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY"); -1 if none. The caption must end the text
     * and follow subject text.
     */
    static int handlingCaptionStart(String text) {
        if (text.length() < 30 || text.toUpperCase(java.util.Locale.ROOT).indexOf("UNCLASSIFIED") < 0) {
            return -1;
        }
        Matcher m = HANDLING_CAPTION.matcher(text);
        if (!m.find()) {
            return -1;
        }
        String before = text.substring(0, m.start()).stripTrailing();
        // "ENTIRE TEXT SENSITIVE BUT UNCLASSIFIED": a caption phrase this does not take apart
        return before.isEmpty() || before.regionMatches(true, Math.max(0, before.length() - 4), "TEXT", 0, 4) ? -1
                : m.start() + 1;
    }

    private static final Pattern HANDLING_CAPTION = Pattern.compile(
            "(?i)\\ssensitive\\s+but\\s+unclassified(?:\\s*/\\s*noforn)?"
            + "(?:[\\s.,;:\\-]+please\\s+(?:handle|protect|treat)\\s+accordingly)?[\\s.,;]*$");
}

package org.cablegram.internal.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where body text run into a Classified By element starts, after its reasons clause (lost
 * newlines).
 */
final class Collapsed {

    private Collapsed() {
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
}

package org.cablegram.internal.assemble;

import java.util.regex.Pattern;

/**
 * Where a sentence ends and whether the next line goes on with it: what rejoins the lines of a
 * paragraph split by page or section lines and hard wraps.
 */
final class Sentences {

    private Sentences() {
    }

    static final Pattern LIST_ITEM = Pattern.compile("(?:[A-Za-z][.)]|\\(\\w{1,3}\\)|\\d+[.)]|--|-|\\*|o\\s)");

    static final Pattern LOWER_LETTER_ITEM = Pattern.compile("[a-z][.)]\\s");

    /** A word broken at a hyphen at the end of a line ("PRO-" / "MOSCOW"). */
    static boolean hyphenated(CharSequence prev, String next) {
        int n = prev.length();
        return n >= 2 && prev.charAt(n - 1) == '-' && Character.isLetter(prev.charAt(n - 2)) && !next.isEmpty()
                && Character.isLetter(next.charAt(0));
    }

    /**
     * Whether a line after a split (blank line, section or page line) continues the sentence of
     * the paragraph: it starts in lower case, or the paragraph stopped mid-sentence and the line
     * is no list item. Across a section or page line any unfinished sentence continues.
     */
    static boolean continuesSentence(CharSequence prev, String next, boolean acrossBreak) {
        if (prev.isEmpty() || next.isEmpty()) {
            return true;
        }
        char n0 = next.charAt(0);
        if (Character.isLowerCase(n0) && !LOWER_LETTER_ITEM.matcher(next).lookingAt()) {
            return true;
        }
        if (LIST_ITEM.matcher(next).lookingAt()) {
            return false;
        }
        if (acrossBreak) {
            return !endsSentence(prev);
        }
        // a title line ends in a lower-case letter too, so only a comma or dash marks a cut sentence
        char p = prev.charAt(prev.length() - 1);
        return p == ',' || p == '-';
    }

    static boolean endsSentence(CharSequence s) {
        int i = s.length();
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        if (i == 0) {
            return true;
        }
        char c = s.charAt(i - 1);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201D' || c == ')' || c == ']'
                || c == '\'' || c == ';';
    }
}

package org.cablegram.internal.parse;

/**
 * One physical line of the input as the lexer typed it.
 *
 * @param number     1-based line number
 * @param text       the line without its terminator
 * @param terminator the line terminator as written ("" on a last line without one)
 */
record SourceLine(int number, String text, String terminator) {

    /** @return the line with its terminator, as in the input */
    String raw() {
        return text + terminator;
    }

    /** @return whether the line holds only blanks */
    boolean isBlank() {
        return text.isBlank();
    }
}

package org.cablegram.internal.engine;

/**
 * One physical line of the input as the lexer typed it.
 *
 * @param number     1-based line number
 * @param text       the line without its terminator
 * @param terminator the line terminator as written ("" on a last line without one)
 */
public record SourceLine(int number, String text, String terminator) {

    /** @return the line with its terminator, as in the input */
    public String raw() {
        return text + terminator;
    }

    /** @return whether the line holds only blanks */
    public boolean isBlank() {
        return text.isBlank();
    }
}

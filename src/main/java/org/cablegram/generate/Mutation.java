package org.cablegram.generate;

/**
 * A damage that real telegram files show, applied by
 * {@link TelegramTexts#mutate(String, Mutation, java.util.random.RandomGenerator)} at a random
 * place. Lines are the text's LF-separated lines. When a mutation finds nothing to act on (no
 * TAGS line for {@link #MARKDOWN_TAGS}, an empty text for {@link #DELETE_LINE}) it returns the
 * text unchanged.
 *
 * <p>{@link #repairable()} mutations are normalisations a tolerant parser is expected to undo:
 * the parse of the damaged text should agree with the undamaged one on the key fields.
 */
public enum Mutation {
    /** Deletes one line. */
    DELETE_LINE(false),
    /** Writes one line twice. */
    DUPLICATE_LINE(false),
    /** Swaps one line with the next. */
    SWAP_LINES(false),
    /** Cuts one line at a random point. */
    TRUNCATE_LINE(false),
    /** Cuts the whole text at a random point (a transfer that stopped). */
    TRUNCATE_TEXT(false),
    /** Inserts one to eight random characters: ASCII, control characters, non-ASCII letters, U+FFFD, surrogate pairs. */
    RANDOM_CHARACTERS(false),
    /** Replaces one to eight characters by random ones. */
    REPLACE_CHARACTERS(false),
    /** Writes one line in lower case, upper case or swapped case. */
    WRONG_CASE(false),
    /** Adds blanks and tabs at the start and end of some lines. */
    EXTRA_WHITESPACE(true),
    /** Doubles the blanks inside one line. */
    DOUBLED_SPACES(false),
    /** Doubles the existing blank lines (one, or all of them). */
    DOUBLED_BLANK_LINES(true),
    /** Inserts one to three blank lines at a random place. */
    INSERTED_BLANK_LINES(false),
    /** Joins one line to the next: the newline lost, or replaced by a blank or two tabs. */
    GLUED_LINES(false),
    /** Joins a run of lines, up to the whole text, into one line (collapsed files). */
    COLLAPSED_LINES(false),
    /** Letter-spaces the classification words of a line ({@code C O N F I D E N T I A L}) or closes up spaced ones. */
    SPACED_CLASSIFICATION(true),
    /** Writes the TAGS as markdown links, {@code [PGOV](#) [OVIP](#) [CLINTON](#) [HILLARY](#)}, losing the commas. */
    MARKDOWN_TAGS(true),
    /** Puts the WikiLeaks pilcrow before paragraph numbers ({@code ¶1.}) and REF letters ({@code ¶B.}). */
    PILCROWS(true),
    /** Turns the pilcrow into the digit 1 from some paragraph on: {@code 14.} for paragraph 4. */
    PILCROW_MANGLING(true),
    /** Ends some lines with a backslash, conversion debris of CSV exports. */
    TRAILING_BACKSLASH(false),
    /** Ends lines with CRLF, CR or U+2028 instead of LF. */
    LINE_ENDINGS(true);

    private final boolean repairable;

    Mutation(boolean repairable) {
        this.repairable = repairable;
    }

    /** @return whether a tolerant parser is expected to read the same key fields despite this damage */
    public boolean repairable() {
        return repairable;
    }
}

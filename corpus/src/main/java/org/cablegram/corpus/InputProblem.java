package org.cablegram.corpus;

import java.util.Objects;

/**
 * Why an input gave no telegram text. The message is for users: one line, no path in it (the
 * {@link Origin} says where).
 *
 * @param kind    what went wrong
 * @param message why, in a few words
 */
public record InputProblem(Kind kind, String message) {

    /** What went wrong. Kinds are never renamed; new ones may be added. */
    public enum Kind {
        /** The path does not exist, cannot be read, or a folder cannot be listed. */
        UNREADABLE,
        /** The file holds binary data (NUL or many control bytes), not text. */
        BINARY,
        /** An HTML file without the block a cable page holds its telegram in. */
        NOT_A_CABLE_PAGE,
        /** A CSV row without the eight columns of {@code cables.csv}; the other rows are read. */
        MALFORMED_ROW,
        /** The CSV syntax is broken (an unclosed quote...); the rest of the file is skipped. */
        MALFORMED_CSV
    }

    /**
     * Checks the components.
     *
     * @param kind    see {@link #kind()}
     * @param message see {@link #message()}
     */
    public InputProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** @return the message */
    @Override
    public String toString() {
        return message;
    }
}

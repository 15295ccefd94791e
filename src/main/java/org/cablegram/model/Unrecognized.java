package org.cablegram.model;

import java.util.Objects;

/**
 * A line the parser could not place in the model, kept verbatim.
 *
 * @param line the 1-based line number
 * @param text the line without its terminator
 */
public record Unrecognized(int line, String text) {

    /**
     * Checks the components.
     *
     * @param line see {@link #line()}
     * @param text see {@link #text()}
     */
    public Unrecognized {
        Objects.requireNonNull(text, "text");
    }
}

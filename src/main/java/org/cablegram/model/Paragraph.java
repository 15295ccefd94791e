package org.cablegram.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A paragraph of the body, with its text rejoined across line wraps, blank-line splits,
 * section marks and page lines.
 *
 * @param number  the paragraph number, absent for unnumbered text
 * @param marking the portion marking without parentheses: {@code U}, {@code SBU}, {@code S/NF}
 * @param heading the heading line that stands before the paragraph
 * @param text    the text after number and marking, lines joined by one blank
 */
public record Paragraph(OptionalInt number, Optional<String> marking, Optional<String> heading, String text) {

    /**
     * Checks the components.
     *
     * @param number see {@link #number()}
     * @param marking see {@link #marking()}
     * @param heading see {@link #heading()}
     * @param text see {@link #text()}
     */
    public Paragraph {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(marking, "marking");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
    }
}

package org.cablegram.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The SUBJECT line, continuation lines joined by one blank.
 *
 * @param text    the subject without its portion marking
 * @param marking the portion marking written before or after it, {@code C} for {@code (C)}
 */
public record Subject(String text, Optional<String> marking) {

    /**
     * Checks the components.
     *
     * @param text see {@link #text()}
     * @param marking see {@link #marking()}
     */
    public Subject {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(marking, "marking");
    }
}

package org.cablegram.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One item of the REF block: {@code A. STATE 12345}.
 *
 * @param letter  the item's letter ({@code A}), absent for a single unlettered reference
 * @param text    the item's text without the letter
 * @param kind    what kind of document it cites
 * @param cableId for a cable, its canonical id ({@code 08STATE12345})
 */
public record Reference(Optional<String> letter, String text, ReferenceKind kind, Optional<String> cableId) {

    /**
     * Checks the components.
     *
     * @param letter see {@link #letter()}
     * @param text see {@link #text()}
     * @param kind see {@link #kind()}
     * @param cableId see {@link #cableId()}
     */
    public Reference {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cableId, "cableId");
    }
}

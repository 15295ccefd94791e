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

    /**
     * The reference the parser reads from one REF item in a cable without a date: letter, text,
     * kind and, for a citation that gives its year, the cited cable's id.
     * {@code Reference.of("A. 08STATE12345")} has letter {@code A}; a citation without a year
     * ({@code STATE 12345}) has no id here, see {@link #of(String, Cable)}.
     *
     * @param citation the item, with its letter or without
     * @return the reference
     * @throws IllegalArgumentException when the parser reads no reference or several from the text
     */
    public static Reference of(String citation) {
        return org.cablegram.internal.write.Values.reference(Objects.requireNonNull(citation, "citation"),
                Optional.empty());
    }

    /**
     * The reference the parser reads from one REF item of the given cable: a citation without a
     * year ({@code STATE 12345}) takes the year of the cable's date-time group, as in a parsed
     * cable ({@code 08STATE12345} for a cable of 2008).
     *
     * @param citation the item, with its letter or without
     * @param citing   the cable the item stands in
     * @return the reference
     * @throws IllegalArgumentException when the parser reads no reference or several from the text
     */
    public static Reference of(String citation, Cable citing) {
        return org.cablegram.internal.write.Values.reference(Objects.requireNonNull(citation, "citation"),
                Optional.of(citing));
    }
}

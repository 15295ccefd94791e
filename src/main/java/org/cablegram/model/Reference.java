package org.cablegram.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of the REF block: {@code A. STATE 12345}.
 *
 * @param letter   the item's letter ({@code A}), absent for a single unlettered reference
 * @param text     the item's text without the letter
 * @param kind     what kind of document it cites
 * @param cableIds the canonical ids of the telegrams the item cites, in the order written
 *                 ({@code LIMA 1201 AND 1187}: {@code 09LIMA1201}, {@code 09LIMA1187}); empty for
 *                 an item that cites no telegram, or one whose year is unknown
 */
public record Reference(Optional<String> letter, String text, ReferenceKind kind, List<String> cableIds) {

    /**
     * Checks the components and copies the list.
     *
     * @param letter see {@link #letter()}
     * @param text see {@link #text()}
     * @param kind see {@link #kind()}
     * @param cableIds see {@link #cableIds()}
     */
    public Reference {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        cableIds = List.copyOf(Objects.requireNonNull(cableIds, "cableIds"));
    }

    /**
     * A reference that cites at most one telegram.
     *
     * @param letter  see {@link #letter()}
     * @param text    see {@link #text()}
     * @param kind    see {@link #kind()}
     * @param cableId the one cited telegram's id, or empty
     */
    public Reference(Optional<String> letter, String text, ReferenceKind kind, Optional<String> cableId) {
        this(letter, text, kind, Objects.requireNonNull(cableId, "cableId").map(List::of).orElse(List.of()));
    }

    /**
     * The first telegram the item cites, the one most readers want (a citation graph with one
     * edge per item); see {@link #cableIds()} for all of them.
     *
     * @return the first of {@link #cableIds()}, if any
     */
    public Optional<String> cableId() {
        return cableIds.isEmpty() ? Optional.empty() : Optional.of(cableIds.get(0));
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

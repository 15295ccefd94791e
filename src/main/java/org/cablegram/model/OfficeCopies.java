package org.cablegram.model;

import java.util.Objects;

/**
 * One office of a received copy's distribution lines: {@code EUR-25} is office EUR, 25 copies.
 *
 * @param office the office symbol
 * @param copies the number of copies as written, {@code 00}
 */
public record OfficeCopies(String office, String copies) {

    /**
     * Checks the components.
     *
     * @param office see {@link #office()}
     * @param copies see {@link #copies()}
     */
    public OfficeCopies {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(copies, "copies");
    }
}

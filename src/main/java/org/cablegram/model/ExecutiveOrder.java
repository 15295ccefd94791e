package org.cablegram.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The E.O. line: the executive order under which the cable was classified and its
 * declassification instruction: {@code E.O. 12958: DECL: 11/14/2018}, {@code E.O. 12958: N/A}.
 *
 * @param order        the order's number as written, {@code 12958}
 * @param text         the instruction after the order, {@code DECL: 11/14/2018} or {@code N/A}
 * @param declassifyOn the declassification date, when the instruction gives one
 */
public record ExecutiveOrder(Optional<String> order, String text, Optional<LocalDate> declassifyOn) {

    /**
     * Checks the components.
     *
     * @param order see {@link #order()}
     * @param text see {@link #text()}
     * @param declassifyOn see {@link #declassifyOn()}
     */
    public ExecutiveOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(declassifyOn, "declassifyOn");
    }

    /** @return whether the instruction is {@code N/A} (nothing classified) */
    public boolean notApplicable() {
        return text.replaceAll("[\\s.]", "").equalsIgnoreCase("N/A");
    }
}

package org.cablegram.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The office distribution of a received (print) copy, as in the 1970s NARA telegrams:
 * {@code ACTION EUR-25}, {@code INFO OCT-01 EA-11 ... /096 W}. These are internal
 * distribution records of the Department, never addressees.
 *
 * @param action      the action office (or ORIGIN office of an outgoing telegram)
 * @param info        the information offices
 * @param totalCopies the total after the slash, {@code 096 W}
 * @param counters    the dash-counter lines, verbatim
 * @param notes       DRAFTED BY, APPROVED BY and clearance lines, verbatim
 */
public record Distribution(
        Optional<OfficeCopies> action,
        List<OfficeCopies> info,
        Optional<String> totalCopies,
        List<String> counters,
        List<String> notes) {

    /**
     * Checks the components and copies the lists.
     *
     * @param action see {@link #action()}
     * @param info see {@link #info()}
     * @param totalCopies see {@link #totalCopies()}
     * @param counters see {@link #counters()}
     * @param notes see {@link #notes()}
     */
    public Distribution {
        Objects.requireNonNull(action, "action");
        info = List.copyOf(info);
        Objects.requireNonNull(totalCopies, "totalCopies");
        counters = List.copyOf(counters);
        notes = List.copyOf(notes);
    }
}

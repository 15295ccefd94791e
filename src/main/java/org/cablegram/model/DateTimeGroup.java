package org.cablegram.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The FL5 line: precedence (a second, info precedence when the line is dual, {@code O P}),
 * the date-time group that names the message, and trailing operating signals.
 *
 * @param precedence       action precedence, absent on a bare DTG
 * @param infoPrecedence   info precedence of a dual-precedence line
 * @param text             the DTG as written, {@code 141042Z NOV 08}
 * @param instant          the DTG as a UTC instant; empty when it is not a valid date
 * @param operatingSignals signals after the DTG, such as {@code ZDK}
 */
public record DateTimeGroup(
        Optional<Precedence> precedence,
        Optional<Precedence> infoPrecedence,
        String text,
        Optional<Instant> instant,
        List<String> operatingSignals) {

    /**
     * Checks the components and copies the list.
     *
     * @param precedence see {@link #precedence()}
     * @param infoPrecedence see {@link #infoPrecedence()}
     * @param text see {@link #text()}
     * @param instant see {@link #instant()}
     * @param operatingSignals see {@link #operatingSignals()}
     */
    public DateTimeGroup {
        Objects.requireNonNull(precedence, "precedence");
        Objects.requireNonNull(infoPrecedence, "infoPrecedence");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(instant, "instant");
        operatingSignals = List.copyOf(operatingSignals);
    }
}

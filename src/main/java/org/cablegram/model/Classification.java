package org.cablegram.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The classification line that opens the text, with the caption lines that follow it:
 * {@code UNCLAS SECTION 01 OF 02 ASTANA 002256}, {@code SENSITIVE}, {@code SIPDIS}.
 *
 * @param level    the classification level
 * @param efto     whether the line carries {@code E F T O} (encrypt for transmission only)
 * @param caveats  control markings written on the line itself after {@code //}, such as NOFORN
 * @param section  the section counter, when the cable was sent in sections
 * @param origin   the origin post as written after the counter, {@code ASTANA}
 * @param serial   the serial as written, zero-padded, {@code 002256}
 * @param captions the caption lines, one entry per caption word or phrase, in order
 */
public record Classification(
        ClassificationLevel level,
        boolean efto,
        List<String> caveats,
        Optional<SectionCount> section,
        Optional<String> origin,
        Optional<String> serial,
        List<String> captions) {

    /**
     * Checks the components and copies the lists.
     *
     * @param level see {@link #level()}
     * @param efto see {@link #efto()}
     * @param caveats see {@link #caveats()}
     * @param section see {@link #section()}
     * @param origin see {@link #origin()}
     * @param serial see {@link #serial()}
     * @param captions see {@link #captions()}
     */
    public Classification {
        Objects.requireNonNull(level, "level");
        caveats = List.copyOf(caveats);
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(serial, "serial");
        captions = List.copyOf(captions);
    }
}

package org.cablegram.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The identifier of a cable, derived from its text: two-digit year of the date-time group,
 * origin without blanks and serial without leading zeros ({@code 08ASTANA2256}).
 *
 * @param id     the Cablegate form, {@code 08ASTANA2256}
 * @param year   the four-digit year
 * @param origin the origin post without blanks, {@code BUENOSAIRES}
 * @param serial the serial without leading zeros, {@code 2256}
 */
public record ReferenceId(String id, int year, String origin, String serial) {

    /**
     * Checks the components.
     *
     * @param id see {@link #id()}
     * @param year see {@link #year()}
     * @param origin see {@link #origin()}
     * @param serial see {@link #serial()}
     */
    public ReferenceId {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(serial, "serial");
    }

    /**
     * Builds the id from its parts.
     *
     * @param year   four-digit year
     * @param origin origin as written; blanks are removed
     * @param serial serial as written; leading zeros are removed
     * @return the reference id
     */
    public static ReferenceId of(int year, String origin, String serial) {
        // by hand rather than with patterns and String.format: this runs for every parsed cable
        StringBuilder ob = new StringBuilder(origin.length());
        for (int i = 0; i < origin.length(); i++) {
            char c = origin.charAt(i);
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r')) {
                ob.append(c);
            }
        }
        String o = ob.toString().toUpperCase(java.util.Locale.ROOT);
        int z = 0;
        while (z + 1 < serial.length() && serial.charAt(z) == '0' && isDigit(serial.charAt(z + 1))) {
            z++;
        }
        String s = serial.substring(z);
        int yy = year % 100;
        String prefix = yy >= 10 ? Integer.toString(yy) : yy >= 0 ? "0" + yy : String.format("%02d", yy);
        return new ReferenceId(prefix + o + s, year, o, s);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The NARA document number (MRN) of a 1973-79 telegram: four-digit year, the first six
     * characters of the origin, serial padded to five digits (six for STATE):
     * {@code 1974ATHENS02959}. Empty outside 1973-1979, where NARA numbers do not apply.
     *
     * @return the NARA document number, when the year is 1973 to 1979
     */
    public Optional<String> naraDocumentNumber() {
        if (year < 1973 || year > 1979) {
            return Optional.empty();
        }
        String o = origin.length() > 6 ? origin.substring(0, 6) : origin;
        int width = origin.equals("STATE") ? 6 : 5;
        StringBuilder s = new StringBuilder(serial);
        while (s.length() < width) {
            s.insert(0, '0');
        }
        return Optional.of(year + o + s);
    }

    /** @return the Cablegate id */
    @Override
    public String toString() {
        return id;
    }
}

package org.cablegram.generate;

/**
 * The period a generated telegram imitates. The era sets the years of the date-time group and
 * the conventions of the text: header form, executive order, serial padding, letter case and
 * portion markings.
 */
public enum Era {
    /**
     * 1973 to 1979, as in the NARA electronic telegrams: FM/TO header without transmission
     * envelope, E.O. 11652 (E.O. 12065 from December 1978), unmarked all-capitals paragraphs,
     * two-digit years 73 to 79, later sections opened by a repeated classification line.
     */
    SEVENTIES(1973, 1979),
    /**
     * 2000 to 2009, as in the Cablegate telegrams: VZCZC envelope (usually), E.O. 12958,
     * letter-spaced classification words, portion-marked paragraphs in mixed case (upper case is
     * still common up to 2002), SMART section lines, Classified By lines on classified cables.
     */
    TWO_THOUSANDS(2000, 2009);

    private final int firstYear;
    private final int lastYear;

    Era(int firstYear, int lastYear) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** @return the first year of the era */
    public int firstYear() {
        return firstYear;
    }

    /** @return the last year of the era */
    public int lastYear() {
        return lastYear;
    }

    /**
     * @param year a four-digit year
     * @return the era containing the year: {@link #SEVENTIES} before 1990, else {@link #TWO_THOUSANDS}
     */
    public static Era of(int year) {
        return year < 1990 ? SEVENTIES : TWO_THOUSANDS;
    }
}

package org.cablegram.model;

import java.util.Optional;

/** Message precedence, from the prosign letter, its doubled form or the precedence word. */
public enum Precedence {
    /** {@code Z}, {@code ZZ}, FLASH. */
    FLASH,
    /** State's "night action" immediate: {@code NIACT IMMEDIATE}. */
    NIACT_IMMEDIATE,
    /** {@code O}, {@code OO}, IMMEDIATE. */
    IMMEDIATE,
    /** {@code P}, {@code PP}, PRIORITY. */
    PRIORITY,
    /** {@code R}, {@code RR}, ROUTINE. */
    ROUTINE,
    /** {@code Y}, {@code YY}: emergency command precedence of US military traffic. */
    EMERGENCY;

    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

    /**
     * Reads a prosign ({@code O}, {@code OO}) or precedence word ({@code IMMEDIATE}).
     *
     * @param text the prosign or word, any case, blanks between words tolerated
     * @return the precedence, or empty when the text is none of them
     */
    public static Optional<Precedence> fromText(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) <= ' ') {
                // blanks between words (all of the class \s are at most U+0020)
                t = BLANKS.matcher(t).replaceAll(" ");
                break;
            }
        }
        switch (t) {
            case "Z": case "ZZ": case "FLASH": return Optional.of(FLASH);
            case "NIACT IMMEDIATE": case "NIACT": return Optional.of(NIACT_IMMEDIATE);
            case "O": case "OO": case "IMMEDIATE": return Optional.of(IMMEDIATE);
            case "P": case "PP": case "PRIORITY": return Optional.of(PRIORITY);
            case "R": case "RR": case "ROUTINE": return Optional.of(ROUTINE);
            case "Y": case "YY": case "EMERGENCY": return Optional.of(EMERGENCY);
            default: return Optional.empty();
        }
    }

    /** @return the single prosign letter of this precedence ({@code O} for IMMEDIATE) */
    public String prosign() {
        switch (this) {
            case FLASH: return "Z";
            case NIACT_IMMEDIATE: case IMMEDIATE: return "O";
            case PRIORITY: return "P";
            case ROUTINE: return "R";
            default: return "Y";
        }
    }

    /** @return the precedence word written on addressee lines ({@code NIACT IMMEDIATE}) */
    public String word() {
        return this == NIACT_IMMEDIATE ? "NIACT IMMEDIATE" : name();
    }
}

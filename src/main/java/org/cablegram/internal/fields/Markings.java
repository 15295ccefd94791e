package org.cablegram.internal.fields;

import java.util.Optional;

/**
 * Portion markings ((U), (SBU), (C), (S), (TS), (LOU) and their caveats: S//NF, C/REL AUS), for
 * the readers that find them inside other lines. The words of a marking are the field grammar's
 * ({@code PORTION_*} in {@code Vocabulary.g4}, rule {@code portionMarking} of {@code FieldParser.g4});
 * this class only asks it.
 */
public final class Markings {

    /** What the grammar said of the texts between parentheses met so far (nearly all are a few markings). */
    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<String>> READ =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 4096;

    private Markings() {
    }

    /** @return the normal form of the marking between the parentheses, or empty if it is none */
    private static Optional<String> read(String inner) {
        Optional<String> known = READ.get(inner);
        if (known != null) {
            return known;
        }
        Fields.Marked m = Fields.marking("(" + inner + ")");
        Optional<String> r = m.text().isEmpty() ? m.marking() : Optional.empty();
        if (READ.size() < MAX_REMEMBERED) {
            READ.put(inner, r);
        }
        return r;
    }

    /** @param inner the text between the parentheses */
    public static boolean isPortionMarking(String inner) {
        return read(inner).isPresent();
    }

    /**
     * Upper case, blanks collapsed, a spelled-out level abbreviated (CONFIDENTIAL to C, SECRET/REL X
     * to S/REL X).
     *
     * @param inner the text between the parentheses of a portion marking
     */
    static String normalise(String inner) {
        return read(inner).orElseGet(() -> Words.collapse(inner).toUpperCase(java.util.Locale.ROOT));
    }
}

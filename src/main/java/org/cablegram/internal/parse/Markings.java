package org.cablegram.internal.parse;

/**
 * Portion markings ((U), (SBU), (C), (S), (TS), (LOU) and their caveats: S//NF, C/REL AUS), for
 * the readers that find them inside other lines. The words of a marking are the field grammar's
 * ({@code PORTION_*} in {@code Vocabulary.g4}, rule {@code portionMarking} of {@code FieldParser.g4});
 * this class only asks it.
 */
final class Markings {

    private Markings() {
    }

    /** @param inner the text between the parentheses */
    static boolean isPortionMarking(String inner) {
        Fields.Marked m = Fields.marking("(" + inner + ")");
        return m.marking().isPresent() && m.text().isEmpty();
    }

    /**
     * Upper case, blanks collapsed, a spelled-out level abbreviated (CONFIDENTIAL to C, SECRET/REL X
     * to S/REL X).
     *
     * @param inner the text between the parentheses of a portion marking
     */
    static String normalise(String inner) {
        return Fields.marking("(" + inner + ")").marking().orElseGet(() -> Words.collapse(inner).toUpperCase(java.util.Locale.ROOT));
    }
}

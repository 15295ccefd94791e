package org.cablegram.internal.fields;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stations of the Cablegate ids: a spelling of a station as a citation or a classification
 * line writes it, without blanks and in capitals, to the origin the ids spell it with
 * ({@code HAGUE} is {@code THEHAGUE}, {@code UNVIE} is {@code UNVIEVIENNA}, {@code SECSTATE} is
 * {@code STATE}). The table ({@code stations.tsv}) is derived from the list of Cablegate origins
 * and the corpus by the rules its generator states ({@code src/test/java/org/cablegram/vocab/StationTable.java});
 * two rules are applied here, at look-up: a digit typed for a letter ({@code BOG0TA}) and a
 * trailing CITY ({@code MEXICO CITY}).
 */
public final class Stations {

    private static final Map<String, String> TABLE = load();

    private Stations() {
    }

    /**
     * The origin a spelling stands for, if it is a known station.
     *
     * @param spelling capitals without blanks
     * @return the origin as the Cablegate ids spell it
     */
    static Optional<String> origin(String spelling) {
        String o = TABLE.get(spelling);
        if (o == null && hasDigit(spelling)) {
            o = TABLE.get(folded(spelling));
        }
        if (o == null && spelling.length() > 4 && spelling.endsWith("CITY")) {
            o = TABLE.get(spelling.substring(0, spelling.length() - 4));
        }
        return Optional.ofNullable(o);
    }

    /** The origin of a spelling when it is known, else the spelling itself (a station the list lacks). */
    public static String canonical(String spelling) {
        return origin(spelling).orElse(spelling);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The letters digits are typed for: 0 for O, 1 for I, 5 for S, 8 for B. */
    private static String folded(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(switch (c) {
                case '0' -> 'O';
                case '1' -> 'I';
                case '5' -> 'S';
                case '8' -> 'B';
                default -> c;
            });
        }
        return b.toString();
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>(1024);
        for (String line : Vocabulary.dataLines("stations.tsv")) {
            int a = line.indexOf('\t');
            int b = line.indexOf('\t', a + 1);
            out.put(line.substring(0, a), line.substring(a + 1, b < 0 ? line.length() : b));
        }
        return Map.copyOf(out);
    }
}

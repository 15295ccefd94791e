package org.cablegram.internal.parse;

import java.util.Locale;
import java.util.Set;

/** Portion markings: (U), (SBU), (C), (S), (TS), (LOU) and their caveats (S//NF, C/REL AUS). */
final class Markings {

    private static final Set<String> LEVELS = Set.of("U", "SBU", "C", "S", "TS", "LOU", "CONFIDENTIAL", "SECRET",
            "UNCLASSIFIED", "UNCLAS", "FOUO", "TOP SECRET", "SBU-NF");
    private static final Set<String> CAVEATS = Set.of("NF", "NOFORN", "REL", "FGI", "FOUO", "ORCON", "PROPIN",
            "OC", "NFD", "ENTIRE", "TEXT", "SI", "TK", "HCS", "LIMDIS", "EXDIS", "NODIS", "SENSITIVE");

    private Markings() {
    }

    /** @param inner the text between the parentheses */
    static boolean isPortionMarking(String inner) {
        String u = inner.strip().toUpperCase(Locale.ROOT);
        if (u.isEmpty()) {
            return false;
        }
        String[] parts = u.split("\\s*(?://|/|-|,|\\s)\\s*");
        if (parts.length == 0 || !LEVELS.contains(parts[0])) {
            return false;
        }
        boolean rel = false;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty()) {
                continue;
            }
            if (rel && p.matches("[A-Z]{2,5}")) {
                continue;
            }
            if (!CAVEATS.contains(p)) {
                return false;
            }
            rel = p.equals("REL") || rel;
        }
        return true;
    }

    static String normalise(String inner) {
        return Words.collapse(inner).toUpperCase(Locale.ROOT);
    }
}

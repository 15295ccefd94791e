package org.cablegram.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Portion markings: (U), (SBU), (C), (S), (TS), (LOU) and their caveats (S//NF, C/REL AUS). */
final class OldMarkings {

    private static final Set<String> LEVELS = Set.of("U", "SBU", "C", "S", "TS", "LOU", "CONFIDENTIAL", "SECRET",
            "UNCLASSIFIED", "UNCLAS", "FOUO", "TOP", "SBU-NF");
    private static final Set<String> CAVEATS = Set.of("NF", "NOFORN", "REL", "FGI", "FOUO", "ORCON", "PROPIN",
            "OC", "NFD", "ENTIRE", "TEXT", "SI", "TK", "HCS", "LIMDIS", "EXDIS", "NODIS", "SENSITIVE");

    private OldMarkings() {
    }

    /** @param inner the text between the parentheses */
    static boolean isPortionMarking(String inner) {
        String u = inner.strip().toUpperCase(Locale.ROOT);
        if (u.isEmpty()) {
            return false;
        }
        if (isSeparator(u.charAt(0))) {
            return false;
        }
        // the words between separators (/, //, -, comma, blanks)
        List<String> words = new ArrayList<>(4);
        for (int i = 0; i < u.length(); i++) {
            int start = i;
            while (i < u.length() && !isSeparator(u.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(u.substring(start, i));
            }
        }
        String[] parts = words.toArray(new String[0]);
        if (!LEVELS.contains(parts[0])) {
            return false;
        }
        boolean rel = false;
        int startAt = parts[0].equals("TOP") ? 2 : 1;
        if (parts[0].equals("TOP") && (parts.length < 2 || !parts[1].equals("SECRET"))) {
            return false;
        }
        for (int i = startAt; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty()) {
                continue;
            }
            if (rel && p.length() >= 2 && p.length() <= 12 && Words.allUpperLetters(p)) {
                continue;
            }
            if (!CAVEATS.contains(p)) {
                return false;
            }
            rel = p.equals("REL") || rel;
        }
        return true;
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '-' || c == ',' || Words.isRegexBlank(c);
    }

    /** Upper case, blanks collapsed, a spelled-out level abbreviated (CONFIDENTIAL to C, SECRET/REL X to S/REL X). */
    static String normalise(String inner) {
        String u = Words.collapse(inner).toUpperCase(Locale.ROOT);
        String[][] words = {{"TOP SECRET", "TS"}, {"CONFIDENTIAL", "C"}, {"SECRET", "S"}, {"UNCLASSIFIED", "U"},
            {"UNCLAS", "U"}};
        for (String[] w : words) {
            if (u.startsWith(w[0]) && (u.length() == w[0].length() || !Character.isLetter(u.charAt(w[0].length())))) {
                return w[1] + u.substring(w[0].length());
            }
        }
        return u;
    }
}

package org.cablegram.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text helpers shared by the readers. */
final class Words {

    private Words() {
    }

    /** Splits on runs of blanks (space, tab, no-break space). */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isBlank(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBlank(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    /** Trims blanks and conversion debris (a trailing backslash). */
    static String clean(String s) {
        String t = s.strip();
        while (t.endsWith("\\")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** Collapses runs of blanks to one space and trims. */
    static String collapse(String s) {
        String t = s.strip();
        int n = t.length();
        int i = 0;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c == '\t' || c == '\u00A0' || c == ' ' && i + 1 < n && t.charAt(i + 1) == ' ') {
                break;
            }
        }
        if (i == n) {
            return t;
        }
        while (i > 0 && isBlank(t.charAt(i - 1))) {
            i--;
        }
        // the words of split(t) joined by one space, without making the list
        StringBuilder sb = new StringBuilder(n);
        sb.append(t, 0, i);
        boolean gap = false;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (isBlank(c)) {
                gap = true;
            } else {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                gap = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean allUpperLetters(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** A routing indicator: R and three to seven upper-case letters. */
    static boolean isRoutingIndicator(String s) {
        return s.length() >= 4 && s.length() <= 8 && s.charAt(0) == 'R' && allUpperLetters(s);
    }

    /** Removes the leading pilcrow and blanks. */
    static String stripPilcrow(String s) {
        String t = s.stripLeading();
        while (t.startsWith("\u00B6")) {
            t = t.substring(1).stripLeading();
        }
        return t;
    }
}

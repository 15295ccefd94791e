package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Words;

import java.util.regex.Pattern;

/**
 * Rules (lines of dashes, equals signs, stars) and lines of conversion debris, which separate
 * like blank lines.
 */
final class Rules {

    private Rules() {
    }

    static final Pattern DASHES = Pattern.compile("\\s*[-=_~*](?:\\s*[-=_~*])+\\s*");

    /** Whether the line is blank once cleaned: blanks and backslashes only. */
    static boolean onlyDebris(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line's body text can start like a rule (its first character a dash one). */
    static boolean mayBeRule(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00B6' && c != '\u00A0') {
                return "-=_~*".indexOf(c) >= 0;
            }
        }
        return false;
    }

    /**
     * Whether a text line of the lexer separates like a blank line or a rule (conversion debris,
     * spaced dashes) instead of being read as text.
     */
    static boolean separator(String line) {
        return onlyDebris(line) || mayBeRule(line) && rule(Words.bodyText(line));
    }

    static boolean rule(String t) {
        return DASHES.matcher(t).matches() && (t.strip().length() >= 3 || t.contains(" "));
    }
}

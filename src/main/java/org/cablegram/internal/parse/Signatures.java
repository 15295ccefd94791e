package org.cablegram.internal.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signature of a telegram's body: whether a line is a signer's name (capitalised words, particles,
 * no closer or classification word), and a name run into the end of the last sentence. A heuristic:
 * names have no shape of their own in the format.
 */
final class Signatures {

    private Signatures() {
    }

    static final Set<String> PARTICLES = Set.of("van", "de", "von", "da", "del", "di", "le", "la", "al",
            "bin", "el", "der", "den", "du", "dos", "y", "st.", "mc");

    static final Pattern NAME_CHARS = Pattern.compile("[A-Za-z][A-Za-z'.\\- /,]*");

    // matched against the end of the line only (see splitGluedSignature)
    static final Pattern GLUED_SIGNER_SPACED = Pattern.compile(
            "[.!?\"')\u201D](?<gap>\\s{3,})(?<name>[A-Z][A-Za-z'\\-]+(?: [A-Z][A-Za-z'\\-]+){0,2})\\s*$");

    static final Pattern GLUED_SIGNER_CAPS = Pattern.compile(
            "[.!?\"')\u201D](?<gap>\\s+)(?<name>[A-Z]{3,}(?: [A-Z]{2,}){0,2})\\s*$");

    /**
     * Where a signature glued to the end of a (cleaned) last line starts ("... AFFAIRS.    PORTER",
     * "... ahead. BURNS"): the blanks before the name.
     *
     * @return the index of the gap before the name, or -1
     */
    static int gluedSignature(String t) {
        int from = Math.max(0, t.length() - 60);
        String tail = t.substring(from);
        Matcher m = GLUED_SIGNER_SPACED.matcher(tail);
        if (!m.find()) {
            m = GLUED_SIGNER_CAPS.matcher(tail);
            boolean mixedCase = t.chars().anyMatch(Character::isLowerCase);
            if (!mixedCase || !m.find()) {
                return -1;
            }
        }
        if (isSignature(m.group("name")) && !isTitleCaseSentenceEnd(m.group("name"))) {
            return from + m.start("gap");
        }
        return -1;
    }

    static boolean isTitleCaseSentenceEnd(String name) {
        String u = name.toUpperCase(Locale.ROOT);
        return Vocabulary.NOT_NAMES.contains(u) || u.startsWith("END ");
    }

    static boolean isSignature(String line) {
        String t = Words.clean(line);
        if (t.length() < 2 || t.length() > 40 || t.endsWith(".") || t.endsWith(",") || t.endsWith(":")) {
            return false;
        }
        if (!NAME_CHARS.matcher(t).matches()) {
            return false;
        }
        String u = t.toUpperCase(Locale.ROOT);
        for (String c : Vocabulary.CLOSERS) {
            if (u.equals(c) || u.startsWith(c + " ")) {
                return false;
            }
        }
        List<String> w = Words.piecesBetween(t, " \t\n\u000B\f\r/,");
        if (w.size() > 4 || Vocabulary.NOT_NAMES.contains(u) && !u.equals("XXXXXXXXXXXX")) {
            return false;
        }
        for (String x : w) {
            if (x.isEmpty()) {
                continue;
            }
            if (Character.isLowerCase(x.charAt(0)) && !PARTICLES.contains(x.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}

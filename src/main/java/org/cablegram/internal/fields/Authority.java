package org.cablegram.internal.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The authority of a Classified By statement split into the person's name and the title and
 * office words around it. Titles and offices are known by vocabulary (titles.txt, office-words.txt),
 * names by their shape; the grammar has already cut the authority off the keyword and the reasons.
 */
final class Authority {

    private Authority() {
    }

    /** A piece of the authority between commas, as offsets into the text. */
    private record Part(int start, int end) {
    }

    private static final String QUOTES = "\"\u201C\u201D";

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "2nd", "3rd");

    private static final Set<String> PARTICLES = Vocabulary.NAME_PARTICLES;

    /**
     * Name and title of an authority ("Acting Deputy Chief of Mission Marc Wall", "Margaret Scobey,
     * Ambassador, DOS, EXO", "ROBERT O. ROE, JR."); either may be null.
     */
    static String[] split(String who) {
        String w = who.strip();
        if (w.isEmpty()) {
            return new String[] {null, null};
        }
        List<Part> parts = parts(w);
        if (parts.size() == 1) {
            return splitPart(w, parts.get(0));
        }
        // the name is the first part made of name words only: a lone word only as the first part
        // (a surname before the title); a surname-first name keeps the comma ("DOE, JOHN")
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            List<String> words = Words.split(text(w, p));
            if (!nameOnly(words)) {
                continue;
            }
            int last = i;
            List<String> next = i + 1 < parts.size() ? Words.split(text(w, parts.get(i + 1))) : List.of();
            if (words.size() == 1 && !next.isEmpty() && next.size() <= 3 && nameOnly(next)) {
                last = i + 1;
            } else if (words.size() == 1 && i > 0) {
                continue;
            }
            String name = w.substring(p.start(), parts.get(last).end()).strip();
            return new String[] {name, titleAround(w, parts, i, last, null)};
        }
        // else a part holding title words then a name ("Political Counselor John Doe, EXEC, State")
        for (int i = 0; i < parts.size(); i++) {
            String[] nt = splitPart(w, parts.get(i));
            if (nt[0] != null && nt[1] != null) {
                return new String[] {nt[0], titleAround(w, parts, i, i, nt[1])};
            }
        }
        return new String[] {null, w};
    }

    /** The parts before and after the name's, as written between them; {@code own} the name part's title. */
    private static String titleAround(String w, List<Part> parts, int from, int to, String own) {
        StringBuilder sb = new StringBuilder();
        if (from > 0) {
            sb.append(w, parts.get(0).start(), parts.get(from - 1).end());
        }
        if (own != null) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(own);
        }
        if (to + 1 < parts.size()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(w, parts.get(to + 1).start(), parts.get(parts.size() - 1).end());
        }
        String t = sb.toString().strip();
        return t.isEmpty() ? null : t;
    }

    /** The text between commas; a suffix part (", Jr.") stays with the part before it. */
    private static List<Part> parts(String w) {
        List<Part> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= w.length(); i++) {
            if (i < w.length() && (w.charAt(i) != ',' || apostropheComma(w, i))) {
                continue;
            }
            int s = start;
            int e = i;
            while (s < e && Words.isBlank(w.charAt(s))) {
                s++;
            }
            while (e > s && Words.isBlank(w.charAt(e - 1))) {
                e--;
            }
            start = i + 1;
            if (s == e) {
                continue;
            }
            if (!out.isEmpty() && isSuffix(w.substring(s, e))) {
                Part prev = out.remove(out.size() - 1);
                out.add(new Part(prev.start(), e));
            } else {
                out.add(new Part(s, e));
            }
        }
        return out;
    }

    /** A comma typed for the apostrophe of d'Affaires ("Charge d,Affaires"): no separator. */
    private static boolean apostropheComma(String w, int i) {
        return i >= 1 && i + 1 < w.length() && (w.charAt(i - 1) == 'd' || w.charAt(i - 1) == 'D')
                && (i == 1 || Words.isBlank(w.charAt(i - 2))) && Character.isLetter(w.charAt(i + 1));
    }

    private static String text(String w, Part p) {
        return w.substring(p.start(), p.end());
    }

    /**
     * One part with title words and a name: the name is the run of name-shaped words at its end,
     * back to the last title word; "(acting)" after the name goes with the title.
     */
    private static String[] splitPart(String w, Part p) {
        List<String> words = units(dropClosing(Words.split(text(w, p))));
        String after = null;
        if (words.size() > 1 && isActingMark(words.get(words.size() - 1))) {
            after = words.get(words.size() - 1);
            words = words.subList(0, words.size() - 1);
        }
        int n = words.size();
        int k = n;
        while (k > 0 && !isAuthorityWord(words, k - 1) && isNamePart(words.get(k - 1))) {
            k--;
        }
        // a surname that is also a title word, after an initial: "CDA Damian R. Leader"
        if (k == n && n >= 3 && isInitial(words.get(n - 2)) && isNamePart(words.get(n - 1))) {
            k = n - 1;
            while (k > 0 && !isAuthorityWord(words, k - 1) && isNamePart(words.get(k - 1))) {
                k--;
            }
        }
        // an office symbol in capitals before a name in small letters: "ECMIN T. Delare"
        if (k == 0 && n >= 3 && isCapitals(words.get(0)) && !isCapitals(String.join("", words.subList(1, n)))) {
            k = 1;
        }
        if (k > 0 && k < n && isSuffix(words.get(k))) {
            k = n;
        }
        String title = k == 0 ? null : String.join(" ", words.subList(0, k));
        if (after != null) {
            title = title == null ? after : title + " " + after;
        }
        String name = k == n ? null : trimComma(String.join(" ", words.subList(k, n)));
        if (k == 0 && name != null && words.size() > 5) {
            // no title word and too long for a name: text, kept as the title
            return new String[] {null, text(w, p)};
        }
        return new String[] {name, title};
    }

    private static final List<String> CLOSING = List.of("for", "per", "by", "nor");

    /**
     * Without the closing words the grammar could not see because a blank broke them ("Donald
     * Blome fo r", "Donald Lu for re..."): a run of words in small letters at the end that spells
     * or starts a closing preposition.
     */
    private static List<String> dropClosing(List<String> words) {
        int k = words.size();
        while (k > 0 && isSmallWord(words.get(k - 1))) {
            k--;
        }
        if (k == words.size() || k == 0) {
            return words;
        }
        String run = String.join("", words.subList(k, words.size())).toLowerCase(Locale.ROOT);
        String first = words.get(k).toLowerCase(Locale.ROOT);
        for (String c : CLOSING) {
            if (run.startsWith(c) || c.startsWith(run) || c.startsWith(first) && first.length() > 1) {
                return words.subList(0, k);
            }
        }
        return words;
    }

    private static boolean isSmallWord(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !PARTICLES.contains(w.toLowerCase(Locale.ROOT));
    }

    /**
     * Words with a piece in small letters after them joined to it (a word a blank broke:
     * "Do nald", "Michae l", "Rosen blatt"), the blank kept as written.
     */
    private static List<String> units(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String x : words) {
            if (!out.isEmpty() && isSmallWord(x) && Character.isUpperCase(out.get(out.size() - 1).charAt(0))
                    && !isAuthorityWord(out, out.size() - 1) && Character.isLetter(x.charAt(x.length() - 1))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + x);
            } else {
                out.add(x);
            }
        }
        return out;
    }

    private static String trimComma(String s) {
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == ',' || s.charAt(e - 1) == ';')) {
            e--;
        }
        return s.substring(0, e);
    }

    private static boolean nameOnly(List<String> words) {
        if (words.isEmpty() || words.size() > 5) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (isAuthorityWord(words, i) || !isNamePart(words.get(i))) {
                return false;
            }
        }
        return !PARTICLES.contains(words.get(0).toLowerCase(Locale.ROOT)) || words.size() > 1;
    }

    /** "(acting)", "(a.i.)", or an office symbol in parentheses ("(G)", "(T)") after a name. */
    private static boolean isActingMark(String w) {
        if (w.length() < 3 || w.charAt(0) != '(' || w.charAt(w.length() - 1) != ')') {
            return false;
        }
        String inner = w.substring(1, w.length() - 1);
        String k = inner.toLowerCase(Locale.ROOT);
        return k.equals("acting") || k.equals("a.i.") || k.equals("actg") || inner.length() <= 4 && isCapitals(inner);
    }

    private static boolean isSuffix(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT);
        if (k.endsWith(".")) {
            k = k.substring(0, k.length() - 1).strip();
        }
        return SUFFIXES.contains(k);
    }

    private static boolean isInitial(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    private static boolean isCapitals(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** A capitalised word of letters, apostrophes, dashes and periods (initials), or a particle. */
    static boolean isNamePart(String word) {
        String x = trimComma(word);
        if (PARTICLES.contains(x.toLowerCase(Locale.ROOT)) && !x.isEmpty() && Character.isLowerCase(x.charAt(0))) {
            return true;
        }
        if (x.length() >= 3 && x.chars().allMatch(c -> c == 'x' || c == 'X')) {
            return true;
        }
        int from = 0;
        while (from < x.length() && QUOTES.indexOf(x.charAt(from)) >= 0) {
            from++;
        }
        if (from == x.length() || !Character.isUpperCase(x.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < x.length(); i++) {
            char c = x.charAt(i);
            if (!(Character.isLetter(c) || c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == ' '
                    || QUOTES.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word at {@code i} is a title or office word: in the vocabularies, a compound of
     * them or of office symbols joined by slashes or dashes (A/DCM, POL/COUNS, Minister-Counselor),
     * or the a. i. of a chargé written apart.
     */
    static boolean isAuthorityWord(List<String> words, int i) {
        String k = key(words.get(i));
        if (known(k)) {
            return true;
        }
        if ((k.equals("a.") || k.equals("a")) && i + 1 < words.size()) {
            String next = key(words.get(i + 1));
            if (next.equals("i.") || next.equals("i")) {
                return true;
            }
        }
        if ((k.equals("i.") || k.equals("i")) && i > 0) {
            String prev = key(words.get(i - 1));
            return prev.equals("a.") || prev.equals("a");
        }
        return compound(words.get(i));
    }

    /** Whether a single word is a title or office word (see {@link #isAuthorityWord(List, int)}). */
    static boolean isTitleWord(String word) {
        return known(key(word)) || compound(word);
    }

    private static String key(String word) {
        String k = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        int end = k.length();
        while (end > 0 && ",;:".indexOf(k.charAt(end - 1)) >= 0) {
            end--;
        }
        return k.substring(0, end);
    }

    private static boolean known(String k) {
        if (Vocabulary.TITLE_WORDS.contains(k) || Vocabulary.OFFICE_WORDS.contains(k)) {
            return true;
        }
        String noDot = k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
        return !noDot.equals(k) && noDot.length() > 1
                && (Vocabulary.TITLE_WORDS.contains(noDot) || Vocabulary.OFFICE_WORDS.contains(noDot));
    }

    private static boolean compound(String word) {
        String w = trimComma(word);
        boolean slash = w.indexOf('/') > 0;
        boolean dash = w.indexOf('-') > 0;
        if (!slash && !dash) {
            return false;
        }
        List<String> pieces = Words.piecesBetween(w, "/-");
        if (pieces.size() < 2) {
            return false;
        }
        for (String piece : pieces) {
            if (piece.isEmpty()) {
                continue;
            }
            boolean symbol = slash && piece.length() <= 6 && isCapitals(piece);
            if (!symbol && !known(key(piece))) {
                return false;
            }
        }
        return true;
    }
}

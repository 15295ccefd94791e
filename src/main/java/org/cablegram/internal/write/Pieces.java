package org.cablegram.internal.write;

import java.util.ArrayList;
import java.util.List;

/** Plain string cutting for the writer, without a regular expression. */
final class Pieces {

    private Pieces() {
    }

    /**
     * The pieces of a text between separators, every one kept (empty pieces at the end too).
     *
     * @param text      the text
     * @param separator a literal separator, not empty
     * @return the pieces, at least one
     */
    static List<String> between(String text, String separator) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
            out.add(text.substring(from, at));
            from = at + separator.length();
        }
        out.add(text.substring(from));
        return out;
    }

    /**
     * The words of a text between single blanks, as String's split at a blank gives them: empty
     * words between blanks kept, empty words at the end dropped (the text itself if it has no blank).
     */
    static List<String> words(String text) {
        List<String> out = between(text, " ");
        int n = out.size();
        while (n > 1 && out.get(n - 1).isEmpty()) {
            n--;
        }
        if (n == 1 && out.get(0).isEmpty() && !text.isEmpty()) {
            // a text of blanks only: split gives no word at all
            return List.of();
        }
        return List.copyOf(out.subList(0, n));
    }

    /** The digits of a text, in order. */
    static String digits(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

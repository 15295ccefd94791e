package org.cablegram.internal.write;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.cablegram.internal.assemble.Layout;
import org.cablegram.internal.fields.Words;

/**
 * Puts text on lines: wrapped at a width, broken where a line would read as a title or a
 * signature. Whether a line may start where the text is broken is asked of the lexer (through
 * {@link Layout}): a line that would read as another kind of line (a paragraph start, a keyword,
 * a section or page line, a rule, a trailer line, a date-time group) is not made.
 */
final class Wrapper {

    /** The longest first line of a title-like block broken in two. */
    private static final int SHORT_LINE = 55;

    private final int width;

    /** @param width the longest line, 0 for no wrapping */
    Wrapper(int width) {
        this.width = width;
    }

    /**
     * Writes a title-like block as text: a short first line (too short to be a title wrapped at
     * the line's end) and the rest, at a place where the second line reads as text and the first
     * does not end in a hyphen (which would join the words).
     *
     * @return false when the block has no such place (one word)
     */
    boolean broken(Out out, String block) {
        List<String> words = Words.splitAtBlank(block);
        int k = breakAt(words);
        if (k < 0) {
            return false;
        }
        out.line(String.join(" ", words.subList(0, k)));
        wrapped(out, String.join(" ", words.subList(k, words.size())));
        return true;
    }

    /** @return the word a title-like block (its words) is broken before ({@link #broken}), or -1 */
    int breakAt(List<String> words) {
        int len = 0;
        for (int k = 1; k < words.size(); k++) {
            len += (k > 1 ? 1 : 0) + words.get(k - 1).length();
            if (len + 1 + words.get(k).length() > SHORT_LINE) {
                return -1;
            }
            if (words.get(k - 1).length() == 1 && words.get(k).length() == 1) {
                // not inside a letter-spaced word
                continue;
            }
            String first = String.join(" ", words.subList(0, k));
            // the short line must itself be text ("C O N F I D E N T I A L" alone is a banner)
            if (!first.endsWith("-") && !Layout.framed(first) && Layout.textLine(first)
                    && Layout.textLine(firstLine(words, k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Writes the last block of a body whose end the parser would take for a signature glued to
     * the text ("... in 2015. MARTINEZ"): the words from the last one with lower case on the
     * first line, the rest (no lower case, no name of its own) on the second, as such cables
     * were wrapped.
     *
     * @return false when the block has no such place
     */
    boolean unglued(Out out, String block) {
        List<String> words = Words.splitAtBlank(block);
        int k = words.size();
        while (k > 0 && words.get(k - 1).chars().noneMatch(Character::isLowerCase)) {
            k--;
        }
        for (int j = Math.max(k, 1); j < words.size(); j++) {
            String head = String.join(" ", words.subList(0, j));
            String tail = String.join(" ", words.subList(j, words.size()));
            if (Layout.textLine(tail) && !head.endsWith("-") && !Layout.signature(tail)
                    && !Layout.gluedSignature(tail)) {
                wrapped(out, head);
                out.line(tail);
                return true;
            }
        }
        return false;
    }

    /** Writes body text, wrapped at the width. */
    void wrapped(Out out, String text) {
        wrapped(out, text, Layout::textLine);
    }

    /** Writes a text-header element (SUBJECT, Classified By), wrapped at the width. */
    void wrappedHeader(Out out, String text) {
        wrapped(out, text, Layout::headerTextLine);
    }

    /**
     * Wraps greedily; where the next line would not read as text, the word before it is carried
     * down with it, and when that does not help either the line is left longer than the width.
     */
    private void wrapped(Out out, String text, Predicate<String> readsAsText) {
        if (width == 0 || text.length() <= width) {
            out.line(text);
            return;
        }
        List<String> words = Words.splitAtBlank(text);
        List<String> line = new ArrayList<>();
        int len = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!line.isEmpty() && len + 1 + w.length() > width) {
                if (readsAsText.test(firstLine(words, i))) {
                    out.line(String.join(" ", line));
                    line.clear();
                    len = 0;
                } else if (line.size() >= 2 && readsAsText.test(firstLine(words, i - 1))) {
                    String carried = line.remove(line.size() - 1);
                    out.line(String.join(" ", line));
                    line.clear();
                    line.add(carried);
                    len = carried.length();
                }
            }
            len += (line.isEmpty() ? 0 : 1) + w.length();
            line.add(w);
        }
        if (!line.isEmpty()) {
            out.line(String.join(" ", line));
        }
    }

    /** The line that starts with word {@code from} when the rest is wrapped: as many words as fit. */
    private String firstLine(List<String> words, int from) {
        StringBuilder sb = new StringBuilder(words.get(from));
        for (int i = from + 1; i < words.size(); i++) {
            if (width > 0 && sb.length() + 1 + words.get(i).length() > width) {
                break;
            }
            sb.append(' ').append(words.get(i));
        }
        return sb.toString();
    }
}

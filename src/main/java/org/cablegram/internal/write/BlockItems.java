package org.cablegram.internal.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cablegram.internal.fields.Words;
import org.cablegram.model.Reference;
import org.cablegram.model.Tag;

/**
 * An edit of some items of a TAGS or REF block written into the block's own text, so that the
 * items that did not change keep their bytes. Each item of the original is found in the text in
 * order (a tag by its code, a reference by its words and the letter before them); a replaced
 * item's bytes give way to the new value; a removed one is cut with the separator after it, or
 * before it where it ends its line; an added one follows the item before it, with a separator
 * the block already uses between two items. A reference whose letter alone changed (a block
 * lettered again) gets its new letter in place.
 */
final class BlockItems {

    /**
     * Where an item stands in the block's text.
     *
     * @param start    its first character: its letter (or the bracket before it) or its text
     * @param text     where its text starts
     * @param end      where its text ends
     * @param letters where its letter stands (twice in {@code A. A)}), none when it has none or
     *                it was not found
     */
    private record Found(int start, int text, int end, int[] letters) {
    }

    /** Replaces {@code [from, to)} of the block's text. */
    private record Change(int from, int to, String text) {
    }

    /** Stands for a blank line of the block while it is edited (no item's text holds it). */
    private static final String BLANK = "\u0000";

    private static final int[] NONE = {};

    private final String joined;
    private final List<?> original;
    private final List<?> copy;
    private final Found[] at;
    private final List<Change> changes = new ArrayList<>();

    private BlockItems(String joined, List<?> original, List<?> copy, Found[] at) {
        this.joined = joined;
        this.original = original;
        this.copy = copy;
        this.at = at;
    }

    /**
     * @param lines      the block's own text, line by line (pieces of lines it shares)
     * @param original   the original's items
     * @param copy       the copy's items
     * @param originalOf for each item of the copy, the original item it is paired with, -1 for one added
     * @return the block's lines with the changed items written in place; null when an item is
     *         not found in the text, or the change is none an item's bytes can hold
     */
    static List<String> edit(List<String> lines, List<?> original, List<?> copy, int[] originalOf) {
        if (lines.isEmpty()) {
            return null;
        }
        // a blank line inside the block stands for itself: a mark no item holds keeps its place
        List<String> blanks = new ArrayList<>();
        List<String> marked = new ArrayList<>();
        for (String l : lines) {
            if (l.isBlank()) {
                blanks.add(l);
                marked.add(BLANK);
            } else {
                marked.add(l);
            }
        }
        String joined = String.join("\n", marked);
        Found[] at = new Found[original.size()];
        int from = 0;
        for (int i = 0; i < at.length; i++) {
            at[i] = find(joined, original.get(i), from);
            if (at[i] == null) {
                return null;
            }
            from = at[i].end();
        }
        BlockItems b = new BlockItems(joined, original, copy, at);
        return b.walk(originalOf) ? b.apply(blanks) : null;
    }

    /** Goes through the two lists as the pairing matches them; @return false when a change cannot be made. */
    private boolean walk(int[] originalOf) {
        int[] copyOf = new int[original.size()];
        java.util.Arrays.fill(copyOf, -1);
        for (int j = 0; j < originalOf.length; j++) {
            if (originalOf[j] >= 0) {
                copyOf[originalOf[j]] = j;
            }
        }
        int i = 0;
        int j = 0;
        while (i < original.size() || j < copy.size()) {
            int i1 = i;
            while (i1 < original.size() && copyOf[i1] < 0) {
                i1++;
            }
            int j1 = j;
            while (j1 < copy.size() && originalOf[j1] < 0) {
                j1++;
            }
            if (!gap(i, i1, j, j1)) {
                return false;
            }
            if (i1 >= original.size() || j1 >= copy.size()) {
                break;
            }
            if (!relettered(i1, j1)) {
                return false;
            }
            i = i1 + 1;
            j = j1 + 1;
        }
        return !changes.isEmpty();
    }

    /** Items {@code [i0, i1)} of the original went and {@code [j0, j1)} of the copy came, in the same place. */
    private boolean gap(int i0, int i1, int j0, int j1) {
        int n = i1 - i0;
        int m = j1 - j0;
        for (int k = 0; k < Math.min(n, m); k++) {
            Found f = at[i0 + k];
            changes.add(new Change(f.text(), f.end(), text(copy.get(j0 + k))));
            if (!relettered(i0 + k, j0 + k)) {
                return false;
            }
        }
        if (n > m) {
            cut(i0 + m, i1 - 1);
        }
        if (m > n) {
            StringBuilder sb = new StringBuilder();
            String sep = separator(n > 0 ? i1 - 1 : i0 - 1);
            for (int k = n; k < m; k++) {
                Object item = copy.get(j0 + k);
                String marker = marker(item);
                if (marker == null) {
                    return false;
                }
                if (n > 0 || i0 > 0) {
                    sb.append(sep).append(marker).append(text(item));
                } else {
                    sb.append(marker).append(text(item)).append(sep);
                }
            }
            int where = n > 0 ? at[i1 - 1].end() : i0 > 0 ? at[i0 - 1].end() : at[i1].start();
            changes.add(new Change(where, where, sb.toString()));
        }
        return true;
    }

    /** Cuts the original items {@code first..last} (consecutive) with one separator next to them. */
    private void cut(int first, int last) {
        Found a = at[first];
        Found z = at[last];
        if (last + 1 < at.length && sameLine(z.end(), at[last + 1].start())) {
            changes.add(new Change(a.start(), at[last + 1].start(), ""));
        } else if (first > 0 && sameLine(at[first - 1].end(), a.start())) {
            changes.add(new Change(at[first - 1].end(), z.end(), ""));
        } else {
            // alone on its lines: the lines go when nothing but marks (a pilcrow) is left of
            // them, else the item alone (the keyword stays)
            int from = joined.lastIndexOf('\n', a.start() - 1) + 1;
            int to = joined.indexOf('\n', z.end());
            to = to < 0 ? joined.length() : to;
            if (!hasWord(joined.substring(from, a.start())) && !hasWord(joined.substring(z.end(), to))) {
                changes.add(to < joined.length() ? new Change(from, to + 1, "") : new Change(Math.max(0, from - 1), to, ""));
            } else {
                changes.add(new Change(a.start(), z.end(), ""));
            }
        }
    }

    /** Gives the copy's item {@code j} the letter it has, where it stands in item {@code i}'s place. */
    private boolean relettered(int i, int j) {
        Optional<String> was = letter(original.get(i));
        Optional<String> is = letter(copy.get(j));
        if (was.equals(is)) {
            return true;
        }
        if (was.isEmpty() || is.isEmpty() || at[i].letters().length == 0 || is.get().length() != 1) {
            return false;
        }
        for (int p : at[i].letters()) {
            changes.add(new Change(p, p + 1, is.get()));
        }
        return true;
    }

    /** The text between item {@code i} and the item next to it: on one line if the block has that. */
    private String separator(int i) {
        String best = null;
        for (int k = 0; k + 1 < at.length; k++) {
            String gap = joined.substring(at[k].end(), at[k + 1].start());
            if (best == null || !gap.contains("\n") && best.contains("\n")
                    || k == i && gap.contains("\n") == best.contains("\n")) {
                best = gap;
            }
        }
        if (best != null) {
            return best;
        }
        return original.get(0) instanceof Reference && letter(original.get(0)).isEmpty() ? "; " : " ";
    }

    /** What goes before an added item's text: its letter as the block writes letters, or nothing. */
    private String marker(Object item) {
        Optional<String> l = letter(item);
        if (l.isEmpty()) {
            return "";
        }
        for (Found f : at) {
            if (f.letters().length > 0) {
                StringBuilder m = new StringBuilder(joined.substring(f.start(), f.text()));
                for (int p : f.letters()) {
                    m.replace(p - f.start(), p - f.start() + 1, l.get());
                }
                return m.toString();
            }
        }
        return at.length == 0 || letter(original.get(0)).isEmpty() ? null : l.get() + ". ";
    }

    private List<String> apply(List<String> blanks) {
        changes.sort(Comparator.comparingInt(Change::from).thenComparingInt(Change::to));
        StringBuilder sb = new StringBuilder();
        int done = 0;
        for (Change c : changes) {
            if (c.from() < done) {
                // two cuts that meet: the second goes on from where the first ended
                if (c.to() > done) {
                    done = c.to();
                }
                sb.append(c.text());
                continue;
            }
            sb.append(joined, done, c.from()).append(c.text());
            done = c.to();
        }
        sb.append(joined.substring(done));
        List<String> out = new ArrayList<>();
        java.util.Iterator<String> blank = blanks.iterator();
        for (String line : Words.between(sb.toString(), "\n")) {
            if (line.equals(BLANK)) {
                // one more than the block had: a separator copied with its blank line
                out.add(blank.hasNext() ? blank.next() : blanks.get(blanks.size() - 1));
            } else if (!line.isBlank()) {
                // a line the edit left blank goes
                out.add(line);
            }
        }
        return out.stream().allMatch(String::isBlank) ? null : out;
    }

    private static boolean hasWord(String s) {
        return s.chars().anyMatch(Character::isLetterOrDigit);
    }

    private boolean sameLine(int from, int to) {
        return joined.substring(from, to).indexOf('\n') < 0;
    }

    private static String text(Object item) {
        return item instanceof Tag t ? t.code() : ((Reference) item).text();
    }

    private static Optional<String> letter(Object item) {
        return item instanceof Reference r ? r.letter() : Optional.empty();
    }

    /** Where an item stands in the text, from {@code from} on; null when it is not found. */
    private static Found find(String joined, Object item, int from) {
        if (item instanceof Tag t) {
            for (int k = joined.indexOf(t.code(), from); k >= 0; k = joined.indexOf(t.code(), k + 1)) {
                int e = k + t.code().length();
                if (!wordChar(joined, k - 1) && !wordChar(joined, e)) {
                    return new Found(k, k, e, NONE);
                }
            }
            return null;
        }
        Reference r = (Reference) item;
        List<String> words = Words.splitAtBlank(r.text()).stream().filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return null;
        }
        String first = words.get(0);
        for (int k = joined.indexOf(first, from); k >= 0; k = joined.indexOf(first, k + 1)) {
            int e = words(joined, k, words);
            if (e >= 0 && !wordChar(joined, k - 1) && !wordChar(joined, e)) {
                return withLetter(joined, r, k, e);
            }
        }
        return null;
    }

    /** Where the words end when they stand at {@code k} one after the other, blanks between them; -1 when they do not. */
    private static int words(String s, int k, List<String> words) {
        int p = k;
        for (int w = 0; w < words.size(); w++) {
            if (w > 0) {
                int q = p;
                while (q < s.length() && Character.isWhitespace(s.charAt(q))) {
                    q++;
                }
                if (q == p) {
                    return -1;
                }
                p = q;
            }
            if (!s.startsWith(words.get(w), p)) {
                return -1;
            }
            p += words.get(w).length();
        }
        return p;
    }

    /**
     * The reference's letter before its text, as in {@code A. }, {@code (A) }, {@code A) },
     * {@code Ref A: }, or twice ({@code A. A) }).
     */
    private static Found withLetter(String s, Reference r, int text, int end) {
        if (r.letter().isEmpty() || r.letter().get().length() != 1) {
            return new Found(text, text, end, NONE);
        }
        List<Integer> letters = new ArrayList<>();
        int start = text;
        int p = text - 1;
        while (true) {
            while (p >= 0 && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
                p--;
            }
            if (p >= 0 && (s.charAt(p) == '.' || s.charAt(p) == ')' || s.charAt(p) == ':')) {
                p--;
            }
            if (p < 0 || !s.substring(p, p + 1).equalsIgnoreCase(r.letter().get()) || wordChar(s, p - 1)) {
                break;
            }
            letters.add(0, p);
            start = p > 0 && s.charAt(p - 1) == '(' ? p - 1 : p;
            p = start - 1;
        }
        return new Found(start, text, end, letters.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean wordChar(String s, int k) {
        return k >= 0 && k < s.length() && Character.isLetterOrDigit(s.charAt(k));
    }
}

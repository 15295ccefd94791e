package org.cablegram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.cablegram.internal.assemble.SideTable;
import org.cablegram.model.Cable;
import org.cablegram.model.Reference;
import org.cablegram.model.Tag;

/**
 * What the lossless-editing property expects of an edit of one item of a TAGS or REF block:
 * only the changed items' bytes change. The items the edit changed (the one replaced or
 * removed, and references lettered anew after it) are found on the block's lines by their text
 * (a tag's code; a reference's text and the letter before it), an added item's place after the
 * item it follows; what the block's lines hold outside those stretches must come back verbatim.
 */
final class BlockChecks {

    private BlockChecks() {
    }

    /** The block items of the original that the copy does not keep (by value, in order). */
    static Set<Object> changedItems(List<?> a, List<?> b) {
        Set<Object> out = Collections.newSetFromMap(new IdentityHashMap<>());
        int[][] len = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size()) {
            if (j < b.size() && a.get(i).equals(b.get(j)) && len[i][j] == len[i + 1][j + 1] + 1) {
                i++;
                j++;
            } else if (j < b.size() && len[i][j + 1] > len[i + 1][j]) {
                j++;
            } else {
                out.add(a.get(i++));
            }
        }
        return out;
    }

    /**
     * The texts of a block's lines that must come back verbatim after the edit.
     *
     * @param items   the original's items of the block
     * @param changed the items the edit changed
     * @param anchor  for an addition, the item the new one follows (null for none)
     * @param removal whether the edit removes an item
     * @return the texts, or null when a changed item or the anchor is not found on one line
     */
    static List<String> keptTexts(SideTable side, Cable c, List<?> items, Set<Object> changed, Object anchor,
            boolean removal) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<String> raw = side.rawLines();
        List<String> out = new ArrayList<>();
        int found = 0;
        int wanted = changed.size() + (anchor != null ? 1 : 0);
        for (int line = 1; line <= raw.size(); line++) {
            if (side.ownersOf(line).stream().noneMatch(o -> o == items.get(0))) {
                continue;
            }
            String text = raw.get(line - 1).replaceAll("(\r\n|[\n\r\u2028])$", "");
            List<int[]> cuts = new ArrayList<>();
            int previous = -1;
            for (Object item : items) {
                int[] at = stretch(text, item);
                if (at != null && changed.contains(item)) {
                    // a removed item takes the separator before it along (", Ref B: ...")
                    cuts.add(removal && previous >= 0 && previous <= at[0] ? new int[] {previous, at[1]} : at);
                } else if (at != null && item == anchor) {
                    cuts.add(new int[] {at[1], at[1]});
                }
                previous = at != null ? at[1] : previous;
            }
            found += cuts.size();
            // the pieces of other elements on the line are theirs, checked with them (a line
            // holding several may be split)
            for (Object o : side.ownersOf(line)) {
                if (items.stream().noneMatch(x -> x == o)) {
                    for (String piece : side.textsOn(o, line)) {
                        int at = piece.strip().equals(text.strip()) ? -1 : text.indexOf(piece.strip());
                        if (at >= 0) {
                            cuts.add(new int[] {at, at + piece.strip().length()});
                        }
                    }
                }
            }
            cuts.sort((x, y) -> Integer.compare(x[0], y[0]));
            int from = 0;
            for (int[] cut : cuts) {
                add(out, text.substring(from, Math.max(from, cut[0])));
                from = Math.max(from, cut[1]);
            }
            add(out, text.substring(from));
        }
        return found == wanted ? out : null;
    }

    /** A piece without the blanks, separators (comma, semicolon, colon) and marks a removed item takes with it. */
    private static void add(List<String> out, String piece) {
        String p = piece.strip();
        while (!p.isEmpty() && (p.endsWith(",") || p.endsWith(";") || p.endsWith(":"))) {
            p = p.substring(0, p.length() - 1).strip();
        }
        while (!p.isEmpty() && (p.startsWith(",") || p.startsWith(";") || p.startsWith(":"))) {
            p = p.substring(1).strip();
        }
        // marks alone (the pilcrow before a removed item's letter) go with the item
        if (p.chars().anyMatch(Character::isLetterOrDigit)) {
            out.add(p);
        }
    }

    /** Where an item's text stands on a line (a reference with its letter), or null. */
    private static int[] stretch(String line, Object item) {
        String t = item instanceof Tag tag ? tag.code() : ((Reference) item).text();
        int at = line.indexOf(t);
        while (at >= 0 && (word(line, at - 1) || word(line, at + t.length()))) {
            at = line.indexOf(t, at + 1);
        }
        if (at < 0 || line.indexOf(t, at + 1) >= 0) {
            return null;
        }
        int start = at;
        // a reference's letter, once or twice (A. A) ...), in any of the forms the parser reads
        int p = at - 1;
        while (item instanceof Reference r && r.letter().isPresent()) {
            while (p >= 0 && line.charAt(p) == ' ') {
                p--;
            }
            if (p >= 0 && (line.charAt(p) == '.' || line.charAt(p) == ')' || line.charAt(p) == ':')) {
                p--;
            }
            if (p < 0 || !line.substring(p, p + 1).equalsIgnoreCase(r.letter().get()) || word(line, p - 1)) {
                break;
            }
            start = p > 0 && line.charAt(p - 1) == '(' ? p - 1 : p;
            p = start - 1;
        }
        return new int[] {start, at + t.length()};
    }

    private static boolean word(String s, int k) {
        return k >= 0 && k < s.length() && Character.isLetterOrDigit(s.charAt(k));
    }
}

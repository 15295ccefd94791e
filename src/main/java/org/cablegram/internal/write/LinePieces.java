package org.cablegram.internal.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.cablegram.internal.assemble.Layout;
import org.cablegram.internal.assemble.SideTable;

/**
 * Where on a line each of the elements read from it stands. The readers record the pieces of a
 * line each element was read from where they split a line holding several (a SUBJECT with a REF
 * run into it); an element recorded with the whole line takes what the others leave, and a
 * section or page line with text run into it is cut where the body's reader cuts it.
 */
final class LinePieces {

    /**
     * One piece of a line, read into one element.
     *
     * @param slot  the element's place in the original cable
     * @param start where the piece starts on the line, -1 when that is not known
     * @param end   where it ends
     */
    record Piece(Slot slot, int start, int end) {
        boolean known() {
            return start >= 0;
        }
    }

    private LinePieces() {
    }

    /**
     * @param line    the line's text, without its terminator
     * @param number  its 1-based number
     * @param slots   the elements read from the line, by their place, each with one of its objects
     * @param origin  the origin section lines are read with, or null
     * @return the pieces, the known ones in the order they stand on the line and the others
     *         (one per element whose place is not known) after them
     */
    static List<Piece> of(SideTable side, String line, int number, Map<Slot, Object> slots, String origin) {
        List<Piece> pieces = new ArrayList<>();
        List<Slot> whole = new ArrayList<>();
        boolean[] taken = new boolean[line.length()];
        // every recorded text on its own, the shortest first: a text recorded with text of
        // another element in it (a signature glued to the paragraph before it) is what is left
        // of it when the others are placed
        List<Map.Entry<Slot, String>> texts = new ArrayList<>();
        for (Map.Entry<Slot, Object> e : slots.entrySet()) {
            List<String> own = new ArrayList<>(side.textsOn(e.getValue(), number));
            if (own.size() == 1 && own.get(0).strip().equals(line.strip())) {
                own.clear();
            }
            if (own.isEmpty() && e.getKey().part() == Part.BREAKS) {
                String piece = Layout.breakPiece(line, origin);
                if (piece != null) {
                    own.add(piece);
                }
            }
            if (own.isEmpty()) {
                whole.add(e.getKey());
            }
            own.forEach(t -> texts.add(Map.entry(e.getKey(), t)));
        }
        texts.sort(Comparator.comparingInt(e -> e.getValue().length()));
        java.util.Set<Slot> failed = new java.util.HashSet<>();
        for (Map.Entry<Slot, String> e : texts) {
            if (failed.contains(e.getKey())) {
                continue;
            }
            int[] at = place(line, e.getValue(), taken);
            if (at == null) {
                at = remainder(line, e.getValue(), taken);
            }
            if (at == null) {
                failed.add(e.getKey());
                continue;
            }
            Piece p = new Piece(e.getKey(), at[0], at[1]);
            mark(taken, p, true);
            pieces.add(p);
        }
        // an element with a text not found on the line is one whose place is not known
        for (Slot s : failed) {
            pieces.removeIf(p -> {
                boolean mine = p.slot().equals(s);
                if (mine) {
                    mark(taken, p, false);
                }
                return mine;
            });
            whole.add(s);
        }
        List<int[]> rest = rest(line, taken);
        if (whole.size() == 1 && !rest.isEmpty()) {
            // the one element recorded with the whole line holds what the others leave of it
            for (int[] r : rest) {
                pieces.add(new Piece(whole.get(0), r[0], r[1]));
            }
            whole.clear();
        }
        pieces.sort(Comparator.comparingInt(Piece::start));
        for (Slot s : whole) {
            pieces.add(new Piece(s, -1, -1));
        }
        return pieces;
    }

    /**
     * Where a text stands on the line with pieces already placed inside it: the one stretch of
     * it outside them, its blanks trimmed; null when it is not so.
     */
    private static int[] remainder(String line, String text, boolean[] taken) {
        String t = text.strip();
        for (int at = t.isEmpty() ? -1 : line.indexOf(t); at >= 0; at = line.indexOf(t, at + 1)) {
            int[] stretch = null;
            boolean one = true;
            for (int[] r : rest(line.substring(0, at + t.length()), java.util.Arrays.copyOf(taken, at + t.length()))) {
                if (r[1] <= at) {
                    continue;
                }
                if (r[0] < at || stretch != null) {
                    one = false;
                    break;
                }
                stretch = r;
            }
            if (one && stretch != null && (taken[at] || taken[at + t.length() - 1])) {
                return stretch;
            }
        }
        return null;
    }

    private static void mark(boolean[] taken, Piece p, boolean on) {
        for (int k = p.start(); k < p.end(); k++) {
            taken[k] = on;
        }
    }

    /** Where a piece's text stands on the line outside the pieces already placed (its blanks trimmed if need be), or null. */
    private static int[] place(String line, String text, boolean[] taken) {
        if (text.isBlank()) {
            return null;
        }
        int at = free(line, text, taken);
        if (at >= 0) {
            return new int[] {at, at + text.length()};
        }
        String t = text.strip();
        at = free(line, t, taken);
        return at < 0 ? null : new int[] {at, at + t.length()};
    }

    private static int free(String line, String own, boolean[] taken) {
        for (int at = line.indexOf(own); at >= 0; at = line.indexOf(own, at + 1)) {
            boolean clear = true;
            for (int k = at; k < at + own.length() && clear; k++) {
                clear = !taken[k];
            }
            if (clear) {
                return at;
            }
        }
        return -1;
    }

    /** The stretches of the line the pieces leave that hold more than blanks. */
    private static List<int[]> rest(String line, boolean[] taken) {
        List<int[]> out = new ArrayList<>();
        int k = 0;
        while (k < line.length()) {
            if (taken[k] || Character.isWhitespace(line.charAt(k))) {
                k++;
                continue;
            }
            int s = k;
            int last = k;
            while (k < line.length() && !taken[k]) {
                if (!Character.isWhitespace(line.charAt(k))) {
                    last = k;
                }
                k++;
            }
            out.add(new int[] {s, last + 1});
        }
        return out;
    }

    /** @return whether piece {@code k} is its element's first on the line */
    static boolean first(List<Piece> pieces, int k) {
        Slot s = pieces.get(k).slot();
        return pieces.subList(0, k).stream().noneMatch(q -> q.slot().equals(s));
    }

    /** @return whether piece {@code k} is its element's last on the line */
    static boolean last(List<Piece> pieces, int k) {
        Slot s = pieces.get(k).slot();
        return pieces.subList(k + 1, pieces.size()).stream().noneMatch(q -> q.slot().equals(s));
    }
}

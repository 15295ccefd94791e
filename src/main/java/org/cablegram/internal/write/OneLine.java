package org.cablegram.internal.write;

import java.util.ArrayList;
import java.util.List;

import org.cablegram.internal.fields.Words;

/** The lossless writer's way of writing a line that holds several elements as one line still. */
final class OneLine {

    private OneLine() {
    }

    /**
     * Writes a line holding several elements as one line still: the changed elements' pieces
     * replaced by their one-line canonical form (or cut out), the rest of the line as it was, so
     * that the parser splits it as before. Lines to write before or after an element must fall
     * at the line's ends.
     *
     * @return false when the line cannot be written so (a piece without a known place, a
     *         replacement of several lines, an addition inside the line that the rest of the
     *         line is not written after)
     */
    static boolean write(LosslessWriter w, WrittenLines out, int line, List<LinePieces.Piece> pieces) {
        String text = w.text(line);
        StringBuilder sb = new StringBuilder();
        List<String> lead = new ArrayList<>();
        int at = 0;
        for (int k = 0; k < pieces.size(); k++) {
            LinePieces.Piece p = pieces.get(k);
            Slot s = p.slot();
            int[] sp = w.span(s);
            boolean first = LinePieces.first(pieces, k);
            boolean last = LinePieces.last(pieces, k);
            boolean inside = sp[1] == line && last && k < pieces.size() - 1 && w.plan().hasAfter(s);
            if (inside && w.carry() && p.known() && p.start() >= at && !w.plan().dirty(s)
                    && !w.plan().after(s).isEmpty() && restKept(w, pieces, k, line)) {
                // lines added after an element the line goes on from: the rest of the line,
                // elements the copy keeps, follows them as it followed the element (a
                // signature run into the last paragraph's line stays run into the last one)
                sb.append(text, at, p.end());
                lead.addAll(Words.between(sb.toString(), "\n"));
                List<String> added = w.plan().after(s);
                lead.addAll(added.subList(0, added.size() - 1));
                String end = added.get(added.size() - 1);
                sb.setLength(0);
                sb.append(end.isBlank() ? text.substring(p.end()).stripLeading() : end + text.substring(p.end()));
                at = text.length();
                break;
            }
            if (!p.known() || p.start() < at || sp[0] == line && first && k > 0 && w.plan().hasBefore(s) || inside) {
                return false;
            }
            sb.append(text, at, p.start());
            if (!w.plan().dirty(s)) {
                sb.append(text, p.start(), p.end());
            } else if (replacedHere(w, sp, line, first, last)) {
                List<String> r = w.plan().replacement(s);
                if (r.size() > 1 && !(w.atLast() && k == 0 && sp[0] < line)) {
                    return false;
                }
                if (r.size() > 1) {
                    // an element that ends where the line begins: its lines but the last go
                    // before the line, the last begins it
                    lead.addAll(r.subList(0, r.size() - 1));
                    r = r.subList(r.size() - 1, r.size());
                }
                if (r.equals(List.of(""))) {
                    // a piece removed to leave a blank line: the text on either side of it
                    // goes on a line of its own
                    sb.setLength(sb.toString().stripTrailing().length());
                    sb.append("\n\n");
                    at = p.end();
                    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                        at++;
                    }
                    continue;
                }
                r.forEach(sb::append);
                if (r.isEmpty() && p.end() < text.length() && Character.isWhitespace(text.charAt(p.end()))) {
                    // a piece cut out between blanks: one run of them stays, as between two words
                    int end = sb.length();
                    while (end > 0 && (sb.charAt(end - 1) == ' ' || sb.charAt(end - 1) == '\t')) {
                        end--;
                    }
                    sb.setLength(end > 0 ? end : sb.length());
                }
            }
            at = p.end();
            if (w.plan().dirty(s) && w.plan().replacement(s).isEmpty() && Places.betweenBlocks(w, s)) {
                // a section or page line cut out of a paragraph whose blocks it stood between:
                // the blocks go on lines of their own, a blank line between them
                sb.setLength(sb.toString().stripTrailing().length());
                sb.append("\n\n");
                while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
            }
        }
        sb.append(text.substring(at));
        Slot head = pieces.get(0).slot();
        Slot tail = pieces.get(pieces.size() - 1).slot();
        if (w.span(head)[0] == line) {
            w.plan().before(head).forEach(l -> out.add(l, line));
        }
        lead.forEach(l -> out.add(l, line));
        if (!sb.toString().isBlank()) {
            for (String l : Words.between(sb.toString(), "\n")) {
                out.add(l, line);
            }
        }
        if (w.span(tail)[1] == line) {
            w.plan().after(tail).forEach(l -> out.add(l, line));
        }
        return true;
    }

    /**
     * Whether the elements after piece {@code k} of a line all begin on it (and end on it, when
     * written anew because their piece is not known), are kept by the copy and have nothing
     * written before them.
     */
    private static boolean restKept(LosslessWriter w, List<LinePieces.Piece> pieces, int k, int line) {
        for (LinePieces.Piece q : pieces.subList(k + 1, pieces.size())) {
            Slot t = q.slot();
            if (t.equals(pieces.get(k).slot()) || w.span(t)[0] != line || w.plan().dirty(t) && w.span(t)[1] != line
                    || w.plan().hasBefore(t)
                    || w.changes().copyOf(t.part(), t.index()) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a changed element's replacement is written on this line: at its first piece, or
     * at its last where it is written in the place of the element's end.
     */
    static boolean replacedHere(LosslessWriter w, int[] sp, int line, boolean first, boolean last) {
        return w.atLast() ? sp[1] == line && last : sp[0] == line && first;
    }
}

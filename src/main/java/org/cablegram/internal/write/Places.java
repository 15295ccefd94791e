package org.cablegram.internal.write;

import java.util.List;

import org.cablegram.model.Break;

/**
 * Where things stand in the original, for the plan: the edges of a part's lines, and how a
 * section or page line sits in the paragraph it was read from.
 */
final class Places {

    private Places() {
    }

    /** Whether a break of the original before a paragraph stood inside that paragraph's lines (after its heading). */
    static boolean insideHeading(LosslessWriter w, int k) {
        Break b = w.original().breaks().get(k);
        int[] line = w.span(new Slot(Part.BREAKS, k));
        int[] para = b.paragraph() < w.original().paragraphs().size() ? w.span(new Slot(Part.PARAGRAPHS, b.paragraph()))
                : null;
        return line != null && para != null && line[0] >= para[0] && line[0] <= para[1];
    }

    /**
     * The break of the original that a new break of the copy stands in place of: at the same
     * offset of the same paragraph (as the paragraphs were paired), itself gone; -1 for none.
     */
    static int samePlace(LosslessWriter w, int q) {
        Break b = w.copy().breaks().get(q);
        int[] place = w.changes().placeOf(Part.PARAGRAPHS, w.original().paragraphs().size());
        int at = b.paragraph() < place.length ? place[b.paragraph()] : w.original().paragraphs().size();
        List<Break> os = w.original().breaks();
        for (int k = 0; k < os.size(); k++) {
            Break o = os.get(k);
            if (w.changes().copyOf(Part.BREAKS, k) < 0 && o.paragraph() == at && o.offset() == b.offset()) {
                return k;
            }
        }
        return -1;
    }

    /** The paragraph or break of the original that ends last, or null. */
    static Slot lastOfBody(LosslessWriter w) {
        Slot best = null;
        for (Part p : List.of(Part.PARAGRAPHS, Part.BREAKS)) {
            for (int i = 0; i < p.elements(w.original()).size(); i++) {
                int[] sp = w.span(new Slot(p, i));
                if (sp != null && (best == null || sp[1] > w.span(best)[1])) {
                    best = new Slot(p, i);
                }
            }
        }
        return best;
    }

    /**
     * The element of a part of the original that ends last (or starts first), or null. The
     * paragraphs and the breaks between them are one stretch of lines: either part's edge is the
     * body's.
     */
    static Slot edge(LosslessWriter w, Part p, boolean last) {
        if (p == Part.UNRECOGNIZED) {
            return null;
        }
        boolean body = p == Part.PARAGRAPHS || p == Part.BREAKS;
        Slot best = null;
        for (Part q : body ? List.of(Part.PARAGRAPHS, Part.BREAKS) : List.of(p)) {
            int n = q.shape() == Part.Shape.BLOCK ? Math.min(1, q.elements(w.original()).size())
                    : q.elements(w.original()).size();
            for (int i = 0; i < n; i++) {
                Slot s = new Slot(q, i);
                int[] sp = w.span(s);
                if (sp != null && (best == null || (last ? sp[1] > w.span(best)[1] : sp[0] < w.span(best)[0]))) {
                    best = s;
                }
            }
        }
        return best;
    }

    /**
     * Whether a break of the original stood inside a paragraph the copy keeps as it was, whose
     * text runs on across it (no blank line in the text where it stood).
     */
    static boolean joined(LosslessWriter w, int k, boolean paragraphDirty) {
        Break b = w.original().breaks().get(k);
        if (b.offset() == 0 || b.paragraph() >= w.original().paragraphs().size()) {
            return false;
        }
        int j = w.changes().copyOf(Part.PARAGRAPHS, b.paragraph());
        if (j < 0 || paragraphDirty) {
            return false;
        }
        String t = w.copy().paragraphs().get(j).text();
        return b.offset() < t.length()
                && !t.substring(Math.max(0, b.offset() - 2), Math.min(t.length(), b.offset() + 2)).contains("\n");
    }

    /** Whether a break of the original stands between two blocks of a paragraph the copy keeps. */
    static boolean betweenBlocks(LosslessWriter w, Slot s) {
        if (s.part() != Part.BREAKS) {
            return false;
        }
        Break b = w.original().breaks().get(s.index());
        int j = w.changes().copyOf(Part.PARAGRAPHS, b.paragraph());
        if (b.offset() == 0 || j < 0) {
            return false;
        }
        String t = w.copy().paragraphs().get(j).text();
        return t.substring(Math.max(0, b.offset() - 2), Math.min(t.length(), b.offset() + 2)).contains("\n\n");
    }
}

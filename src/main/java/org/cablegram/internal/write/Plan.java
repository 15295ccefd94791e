package org.cablegram.internal.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cablegram.model.Break;
import org.cablegram.model.Cable;
import org.cablegram.model.Subject;

/**
 * What the lossless writer writes instead of the original's elements: the elements that changed
 * (with the lines that replace them), and lines to write before or after an unchanged element
 * (added elements, placed after their neighbour).
 */
final class Plan {

    /** Parts whose added elements stand apart, after a blank line, as blocks of the body do. */
    private static final Set<Part> BLOCKS = Set.of(Part.CLASSIFIED_BY, Part.PARAGRAPHS, Part.BREAKS, Part.SIGNERS,
            Part.TRAILER);

    /** Parts whose lines a following line of text continues. */
    private static final Set<Part> CONTINUED = Set.of(Part.TAGS, Part.SUBJECT, Part.REFERENCES, Part.CLASSIFIED_BY);

    private final LosslessWriter w;
    private final Set<Slot> dirty = new HashSet<>();
    private final Map<Slot, List<String>> replace = new HashMap<>();
    private final Map<Slot, List<String>> before = new HashMap<>();
    private final Map<Slot, List<String>> after = new HashMap<>();
    private final List<String> atStart = new ArrayList<>();
    private final List<String> atEnd = new ArrayList<>();
    /** The own text of unchanged breaks that a rewritten paragraph writes inside it. */
    private final Map<Break, String> breakTexts = new IdentityHashMap<>();
    private final CanonicalWriter canonical = new CanonicalWriter(0, breakTexts);
    private boolean afterFirst = true;
    private boolean inserted;
    private boolean itemwise;
    /** Whether a changed element is written where the original stood (else where the layout puts it). */
    private boolean inPlace = true;
    /**
     * Whether what is written in place of an element stands apart from its neighbours: a
     * removed element leaves a blank line, and an added or rewritten block of the body has a
     * blank line after it too, so that the text around it cannot read on into it.
     */
    private boolean spaced;
    private boolean movable;
    /** Blocks written whole although the copy keeps some of their items. */
    private final List<Part> rewritten = new ArrayList<>();

    Plan(LosslessWriter w) {
        this.w = w;
    }

    /** @return whether the last plan placed a part the original lacks */
    boolean inserted() {
        return inserted;
    }

    boolean dirty(Slot s) {
        return dirty.contains(s);
    }

    List<String> replacement(Slot s) {
        return replace.getOrDefault(s, List.of());
    }

    boolean hasBefore(Slot s) {
        return before.containsKey(s);
    }

    boolean hasAfter(Slot s) {
        return after.containsKey(s);
    }

    List<String> before(Slot s) {
        return before.getOrDefault(s, List.of());
    }

    List<String> after(Slot s) {
        return after.getOrDefault(s, List.of());
    }

    List<String> atStart() {
        return atStart;
    }

    List<String> atEnd() {
        return atEnd;
    }

    /**
     * Makes the plan afresh (the set of elements forced to be written anew may have grown).
     *
     * @param afterFirst whether a part the original lacks goes after the part before it rather
     *                   than before the part after it, where both are possible
     */
    void make(boolean afterFirst) {
        this.afterFirst = afterFirst;
        inserted = false;
        itemwise = false;
        movable = false;
        rewritten.clear();
        dirty.clear();
        replace.clear();
        before.clear();
        after.clear();
        atStart.clear();
        atEnd.clear();
        breakTexts.clear();
        forceParagraphsWithNewBreaks();
        for (Part p : Part.values()) {
            if (p == Part.BREAKS) {
                breaks();
            } else if (p.shape() == Part.Shape.LIST) {
                list(p);
            } else {
                single(p);
            }
        }
    }

    private Changes changes() {
        return w.changes();
    }

    private void single(Part p) {
        List<?> a = p.elements(w.original());
        List<?> b = p.elements(w.copy());
        Slot s = new Slot(p, 0);
        if (!a.isEmpty() && (changes().copyOf(p, 0) < 0 || w.forced(s))) {
            List<String> items = b.isEmpty() || !w.itemwise() || w.forced(s) ? null
                    : p.shape() == Part.Shape.BLOCK ? items(p, s) : p == Part.SUBJECT ? subjectText(s) : null;
            if (items == null && p.shape() == Part.Shape.BLOCK && !b.isEmpty() && changes().copyOf(p, 0) < 0
                    && java.util.Arrays.stream(changes().itemsOf(p)).anyMatch(i -> i >= 0)) {
                // written whole, the items the copy keeps would lose their own text
                rewritten.add(p);
            }
            if (!inPlace && !b.isEmpty() && items == null) {
                // written where the canonical layout puts it, after the part before it, for a
                // place that reads otherwise (a footer before the signature replaced by a trailer)
                movable = true;
                mark(s, List.of());
                insert(p, render(p, 0));
                return;
            }
            movable |= !b.isEmpty() && items == null;
            mark(s, items != null ? items : b.isEmpty() ? gone() : apart(p, render(p, 0)));
        } else if (a.isEmpty() && !b.isEmpty()) {
            insert(p, render(p, 0));
        }
    }

    /** A block written with only its changed items' bytes changed, or null when it cannot be. */
    private List<String> items(Part p, Slot s) {
        List<String> own = w.ownTexts(s);
        List<String> lines = own == null ? null
                : BlockItems.edit(own, p.elements(w.original()), p.elements(w.copy()), changes().itemsOf(p));
        if (lines != null) {
            itemwise = true;
            w.absorb(s);
        }
        return lines;
    }

    /**
     * A subject whose text stands whole on one of its lines, written with only that text
     * changed: its keyword and its own layout (the text on a line after "SUBJECT:") stay, as
     * the items of a TAGS block do. Null when the text does not stand so, or the marking changed.
     */
    private List<String> subjectText(Slot s) {
        Subject was = w.original().subject().orElseThrow();
        Subject now = w.copy().subject().orElseThrow();
        List<String> own = w.ownTexts(s);
        if (own == null || !was.marking().equals(now.marking()) || was.text().isBlank()) {
            return null;
        }
        int at = -1;
        for (int i = 0; i < own.size(); i++) {
            String line = own.get(i);
            int k = line.indexOf(was.text());
            if (k >= 0 && (at >= 0 || line.indexOf(was.text(), k + 1) >= 0)) {
                return null;
            }
            at = k >= 0 ? i : at;
        }
        if (at < 0) {
            return null;
        }
        List<String> out = new ArrayList<>(own);
        out.set(at, own.get(at).replace(was.text(), now.text()));
        w.absorb(s);
        return out;
    }

    /** @param inPlace whether a replaced part is written where the original stood, else where the layout puts it */
    void inPlace(boolean inPlace) {
        this.inPlace = inPlace;
    }

    boolean inPlace() {
        return inPlace;
    }

    /** @param spaced whether removed elements leave a blank line and written blocks stand between blank lines */
    void spaced(boolean spaced) {
        this.spaced = spaced;
    }

    /** What a removed element leaves: nothing, or a blank line when written spaced. */
    private List<String> gone() {
        return spaced ? List.of("") : List.of();
    }

    /** A block of the body written anew, between blank lines when written spaced. */
    private List<String> apart(Part p, List<String> lines) {
        if (!spaced || !BLOCKS.contains(p) || lines.isEmpty()) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        out.add("");
        out.addAll(lines);
        out.add("");
        return out;
    }

    /** @return whether the last plan replaced a part that could stand elsewhere */
    boolean movable() {
        return movable;
    }

    /** @return the blocks the last plan wrote whole although the copy keeps some of their items */
    List<Part> rewritten() {
        return rewritten;
    }

    /** @return whether the last plan wrote a block item by item */
    boolean itemwise() {
        return itemwise;
    }

    private void list(Part p) {
        int na = p.elements(w.original()).size();
        int nb = p.elements(w.copy()).size();
        int i = 0;
        int j = 0;
        while (i < na || j < nb) {
            int i1 = i;
            while (i1 < na && changes().copyOf(p, i1) < 0) {
                i1++;
            }
            int j1 = j;
            while (j1 < nb && changes().originalOf(p, j1) < 0) {
                j1++;
            }
            gap(p, i, i1, j, j1, na);
            if (i1 >= na || j1 >= nb) {
                break;
            }
            Slot kept = new Slot(p, i1);
            if (w.forced(kept)) {
                mark(kept, render(p, j1));
            }
            i = i1 + 1;
            j = j1 + 1;
        }
    }

    /**
     * Elements {@code [i0, i1)} of the original went, {@code [j0, j1)} of the copy came: the first
     * ones replace each other in place, the rest of the copy's follow the last of them.
     */
    private void gap(Part p, int i0, int i1, int j0, int j1, int na) {
        int n = i1 - i0;
        int m = j1 - j0;
        for (int k = 0; k < n; k++) {
            mark(new Slot(p, i0 + k), k < m ? apart(p, render(p, j0 + k)) : gone());
        }
        if (m <= n) {
            return;
        }
        List<String> extra = new ArrayList<>();
        for (int k = n; k < m; k++) {
            if (BLOCKS.contains(p) && (!extra.isEmpty() || n > 0 || i0 > 0)) {
                extra.add("");
            }
            extra.addAll(render(p, j0 + k));
        }
        if (spaced && BLOCKS.contains(p)) {
            extra.add("");
        }
        if (n > 0) {
            add(after, new Slot(p, i1 - 1), extra);
        } else if (i0 > 0) {
            add(after, new Slot(p, i0 - 1), extra);
        } else if (i1 < na) {
            if (BLOCKS.contains(p) && !spaced) {
                extra.add("");
            }
            add(before, new Slot(p, i1), extra);
        } else {
            insert(p, extra);
        }
    }

    private void mark(Slot s, List<String> lines) {
        if (w.span(s) == null) {
            // an element no line was read from (a value the parser derived): nothing to replace
            return;
        }
        dirty.add(s);
        replace.put(s, lines);
    }

    private List<String> render(Part p, int j) {
        return p == Part.PARAGRAPHS ? paragraph(j) : canonical.element(new Slot(p, j), w.copy());
    }

    /**
     * A paragraph of the copy, after the new breaks that stand before it, with the breaks inside
     * it: an unchanged one keeps its own text, and its line in the original is not written again.
     */
    private List<String> paragraph(int j) {
        List<String> lines = new ArrayList<>();
        List<Break> bs = w.copy().breaks();
        for (int q = 0; q < bs.size(); q++) {
            Break b = bs.get(q);
            if (b.paragraph() != j) {
                continue;
            }
            int k = changes().originalOf(Part.BREAKS, q);
            if (b.offset() == 0 && k < 0) {
                lines.addAll(canonical.element(new Slot(Part.BREAKS, q), w.copy()));
                lines.add("");
            } else if (b.offset() == 0 && Places.insideHeading(w, k)) {
                // a kept section line that stood between the paragraph's heading and its text:
                // the rewritten paragraph, heading and all, follows it
                String own = w.ownBreakText(k);
                lines.addAll(own != null ? List.of(own) : canonical.element(new Slot(Part.BREAKS, q), w.copy()));
                lines.add("");
                mark(new Slot(Part.BREAKS, k), List.of());
            } else if (b.offset() > 0 && k >= 0) {
                String own = w.ownBreakText(k);
                if (own != null) {
                    breakTexts.put(b, own);
                }
                mark(new Slot(Part.BREAKS, k), List.of());
            }
        }
        lines.addAll(canonical.element(new Slot(Part.PARAGRAPHS, j), w.copy()));
        return lines;
    }

    /**
     * A kept paragraph that gets a break inside it, where it had none, is written anew with the
     * break where it falls.
     */
    private void forceParagraphsWithNewBreaks() {
        List<Break> bs = w.copy().breaks();
        for (int q = 0; q < bs.size(); q++) {
            Break b = bs.get(q);
            if (changes().originalOf(Part.BREAKS, q) < 0 && b.offset() > 0 && b.paragraph() < w.copy().paragraphs().size()
                    && Places.samePlace(w, q) < 0) {
                int o = changes().originalOf(Part.PARAGRAPHS, b.paragraph());
                if (o >= 0) {
                    w.forceParagraph(o);
                }
            }
        }
    }

    /**
     * The breaks: a new one before a kept paragraph goes before its first line, one after the
     * last paragraph after the body's last line; those before or inside a paragraph written anew
     * are written with it. A break that went is not written.
     */
    private void breaks() {
        Cable c = w.copy();
        List<Break> bs = c.breaks();
        for (int q = 0; q < bs.size(); q++) {
            Break b = bs.get(q);
            int k = changes().originalOf(Part.BREAKS, q);
            if (k >= 0) {
                Slot s = new Slot(Part.BREAKS, k);
                if (w.forced(s) && !dirty.contains(s)) {
                    mark(s, render(Part.BREAKS, q));
                }
                continue;
            }
            int same = Places.samePlace(w, q);
            if (same >= 0 && !dirty.contains(new Slot(Part.BREAKS, same))) {
                // in the place of a break that went: written where that one stood
                mark(new Slot(Part.BREAKS, same), render(Part.BREAKS, q));
                continue;
            }
            if (b.paragraph() < c.paragraphs().size()) {
                int o = changes().originalOf(Part.PARAGRAPHS, b.paragraph());
                Slot p = new Slot(Part.PARAGRAPHS, o);
                if (o >= 0 && !dirty.contains(p) && b.offset() == 0) {
                    List<String> lines = new ArrayList<>(render(Part.BREAKS, q));
                    lines.add("");
                    add(before, p, lines);
                }
            } else {
                List<String> lines = new ArrayList<>();
                lines.add("");
                lines.addAll(render(Part.BREAKS, q));
                Slot last = Places.lastOfBody(w);
                if (last == null) {
                    insert(Part.BREAKS, lines);
                } else {
                    add(after, last, lines);
                }
            }
        }
        int na = w.original().breaks().size();
        for (int k = 0; k < na; k++) {
            Slot s = new Slot(Part.BREAKS, k);
            if (changes().copyOf(Part.BREAKS, k) < 0 && !dirty.contains(s)) {
                mark(s, List.of());
                Slot para = new Slot(Part.PARAGRAPHS, w.original().breaks().get(k).paragraph());
                if (Places.joined(w, k, dirty.contains(para))) {
                    // the blank lines around a section line inside a sentence are the line's
                    // layout: left, they would end the paragraph's text there
                    w.joinAround(s);
                }
            }
        }
    }

    /**
     * Places the lines of a part the original lacks: after the last line of the nearest part
     * before it in the cable's order that the original has, else before the first line of the
     * nearest after it.
     */
    private void insert(Part p, List<String> given) {
        inserted = true;
        List<String> lines = new ArrayList<>(given);
        if (CONTINUED.contains(p) || spaced && BLOCKS.contains(p)) {
            // a line of text after it would read as its continuation
            lines.add("");
        }
        if (!(afterFirst ? insertAfter(p, lines) || insertBefore(p, lines)
                : insertBefore(p, lines) || insertAfter(p, lines))) {
            atEnd.addAll(lines);
        }
    }

    private boolean insertAfter(Part p, List<String> lines) {
        Part[] parts = Part.values();
        for (int q = p.ordinal() - 1; q >= 0; q--) {
            Slot s = Places.edge(w, parts[q], true);
            if (s != null) {
                List<String> l = new ArrayList<>();
                if (BLOCKS.contains(p)) {
                    l.add("");
                }
                l.addAll(lines);
                add(after, s, l);
                return true;
            }
        }
        return false;
    }

    private boolean insertBefore(Part p, List<String> lines) {
        Part[] parts = Part.values();
        for (int q = p.ordinal() + 1; q < parts.length; q++) {
            Slot s = Places.edge(w, parts[q], false);
            if (s != null) {
                List<String> l = new ArrayList<>(lines);
                if (BLOCKS.contains(p)) {
                    l.add("");
                }
                add(before, s, l);
                return true;
            }
        }
        return false;
    }

    private static void add(Map<Slot, List<String>> m, Slot s, List<String> lines) {
        m.computeIfAbsent(s, x -> new ArrayList<>()).addAll(lines);
    }
}

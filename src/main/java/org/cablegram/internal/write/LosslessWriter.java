package org.cablegram.internal.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cablegram.internal.assemble.SideTable;
import org.cablegram.model.Cable;
import org.cablegram.model.Classification;

/**
 * Writes a changed copy of a parsed cable in the input's own layout. What did not change is
 * written as it was read; a changed element is written in its canonical form where the original
 * stood, an added one after its neighbour before it (in the cable's order, {@link Part}), and
 * where a changed element shared a line with an unchanged one the line is split so that the
 * unchanged one keeps its own text. The result is read back and compared with the copy: what
 * does not read back as written is reported, never dropped in silence.
 */
public final class LosslessWriter {

    /**
     * What a write gave.
     *
     * @param text     the text
     * @param problems the parts of the copy that the text does not read back as; empty when it does
     */
    public record Outcome(String text, List<String> problems) {
    }

    private final SideTable side;
    private final Cable original;
    private final Cable copy;
    private final Changes changes;
    private final List<String> texts = new ArrayList<>();
    private final List<String> terms = new ArrayList<>();
    private final String origin;
    private final Map<Object, Slot> slotOf = new IdentityHashMap<>();
    private final Map<Slot, Object> objectOf = new HashMap<>();
    private final Map<Slot, int[]> span = new HashMap<>();
    /** Unchanged elements written anew, because they shared a line that had to be split and their piece of it is not known. */
    private final Set<Slot> forced = new HashSet<>();
    private final Plan plan;
    /** Blank lines inside an element that its replacement, made from its own text, writes. */
    private final Set<Integer> absorbed = new HashSet<>();
    /** Whether a line holding several elements is written as one line (else split into pieces). */
    private boolean inline = true;
    /**
     * Whether a changed element is written where its last line was rather than its first (a
     * subject whose last line it shares with the REF that follows).
     */
    private boolean atLast;
    /** Whether lines added after an element inside a line take the rest of that line after them. */
    private boolean carry;
    /** Whether a changed TAGS or REF block is written item by item (else whole). */
    private boolean itemwise = true;

    private LosslessWriter(SideTable side, Cable original, Cable copy) {
        this.side = side;
        this.original = original;
        this.copy = copy;
        this.changes = Changes.between(original, copy);
        this.origin = original.classification().flatMap(Classification::origin).orElse(null);
        for (String raw : side.rawLines()) {
            String term = raw.endsWith("\r\n") ? "\r\n"
                    : raw.endsWith("\n") || raw.endsWith("\r") || raw.endsWith("\u2028") ? raw.substring(raw.length() - 1)
                    : "";
            texts.add(raw.substring(0, raw.length() - term.length()));
            terms.add(term);
        }
        for (Part p : Part.values()) {
            List<?> es = p.elements(original);
            for (int i = 0; i < es.size(); i++) {
                Slot s = new Slot(p, p.shape() == Part.Shape.BLOCK ? 0 : i);
                slotOf.put(es.get(i), s);
                objectOf.putIfAbsent(s, es.get(i));
            }
        }
        for (int line = 1; line <= texts.size(); line++) {
            for (Object o : side.ownersOf(line)) {
                Slot s = slotOf.get(o);
                // a section or page line is one line: the lines a reader attached after it (the
                // addressees a page line of a received copy stands over) are the others'
                if (s != null && !(s.part() == Part.BREAKS && span.containsKey(s))) {
                    int l = line;
                    span.merge(s, new int[] {l, l}, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
                }
            }
        }
        this.plan = new Plan(this);
    }

    /**
     * @param side     the side table of the parse the original came from
     * @param original the parsed cable
     * @param copy     the changed copy
     * @return the text and what it does not read back as
     */
    public static Outcome write(SideTable side, Cable original, Cable copy) {
        LosslessWriter w = new LosslessWriter(side, original, copy);
        String bom = side.byteOrderMark() ? "\uFEFF" : "";
        if (copy.equals(original)) {
            return new Outcome(bom + String.join("", side.rawLines()), List.of());
        }
        // a line holding several elements is written as one line first (the parser splits it
        // as before), else split into the elements' pieces; an added part can stand after the
        // part before it or before the part after it, with text the parser reads otherwise
        // between them: the other place may read back
        // a TAGS or REF block is written item by item first, else whole
        // and a replaced part where the original stood first, else where the layout puts it;
        // when no way reads back, all of them again with what is written standing apart
        // (blank lines around it), for text around it that would read on into it, and then
        // with a changed element written where its last line was, and then with what is added
        // after an element inside a line followed by the rest of that line
        Outcome best = null;
        for (int pass = 0; pass < 4; pass++) {
            w.plan.spaced(pass == 1);
            w.atLast = pass == 2;
            w.carry = pass == 3;
            w.forced.clear();
            Outcome o = w.attempts(bom, best);
            if (o.problems().isEmpty()) {
                return o;
            }
            best = o;
        }
        return best;
    }

    /** Tries the ways of writing in turn: @return the first that reads back, else the one with fewest problems */
    private Outcome attempts(String bom, Outcome best) {
        for (boolean inPlace : new boolean[] {true, false}) {
            plan.inPlace(inPlace);
            if (!inPlace) {
                // what the moved part's plan forces is its own
                forced.clear();
            }
            boolean movable = false;
            for (boolean itemwise : new boolean[] {true, false}) {
                this.itemwise = itemwise;
                boolean anyItemwise = false;
                for (boolean afterFirst : new boolean[] {true, false}) {
                    for (boolean inline : new boolean[] {true, false}) {
                        this.inline = inline;
                        Outcome o = attempt(bom, afterFirst);
                        anyItemwise |= plan.itemwise();
                        movable |= plan.movable();
                        if (o.problems().isEmpty()) {
                            return o;
                        }
                        if (best == null || o.problems().size() < best.problems().size()) {
                            best = o;
                        }
                    }
                    if (!plan.inserted()) {
                        break;
                    }
                }
                if (!anyItemwise) {
                    break;
                }
            }
            if (!movable) {
                break;
            }
        }
        return best;
    }

    private Outcome attempt(String bom, boolean afterFirst) {
        // an unchanged element on a line that must be split, whose piece is not known, is
        // written anew; that may split further lines
        while (true) {
            absorbed.clear();
            plan.make(afterFirst);
            if (!forceUnknownPieces()) {
                break;
            }
        }
        String text = bom + emit();
        List<String> problems = new ArrayList<>(ReadBack.problems(text, original, copy));
        if (!plan.inPlace() && !forced.isEmpty()) {
            // a part moved to where the layout puts it may not take unchanged elements with it
            problems.add(forced.iterator().next().part() + ": moving the changed part would rewrite this unchanged"
                    + " element, whose piece of a shared line is not known");
        }
        for (Part p : plan.rewritten()) {
            // a block edit that its items' own bytes could not hold is not made by rewriting
            // the items that did not change
            problems.add(p + ": the changed items cannot be written in place, and the block written whole would"
                    + " not keep the text of the items that did not change");
        }
        return new Outcome(text, List.copyOf(problems));
    }

    Cable original() {
        return original;
    }

    Cable copy() {
        return copy;
    }

    Changes changes() {
        return changes;
    }

    Plan plan() {
        return plan;
    }

    /** @return the text of a line of the input, without its terminator */
    String text(int line) {
        return texts.get(line - 1);
    }

    boolean atLast() {
        return atLast;
    }

    boolean carry() {
        return carry;
    }

    boolean forced(Slot s) {
        return forced.contains(s);
    }

    /** Writes a kept paragraph of the original anew (a break is added inside it). */
    void forceParagraph(int index) {
        forced.add(new Slot(Part.PARAGRAPHS, index));
    }

    boolean itemwise() {
        return itemwise;
    }

    /**
     * The own text of an element on each of its lines: a line it was read from alone whole, its
     * known piece of a line it shares; null when a line between has none of it, or its piece is
     * not known.
     */
    List<String> ownTexts(Slot s) {
        int[] sp = span.get(s);
        if (sp == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int line = sp[0]; line <= sp[1]; line++) {
            Map<Slot, Object> os = owners(line);
            if (os.isEmpty() && texts.get(line - 1).isBlank()) {
                // a blank line inside the element: its replacement writes it
                out.add(texts.get(line - 1));
                continue;
            }
            if (!os.containsKey(s)) {
                return null;
            }
            if (os.size() == 1) {
                out.add(texts.get(line - 1));
                continue;
            }
            List<LinePieces.Piece> mine = LinePieces.of(side, texts.get(line - 1), line, os, origin).stream()
                    .filter(p -> p.slot().equals(s)).toList();
            if (mine.size() != 1 || !mine.get(0).known()) {
                return null;
            }
            out.add(texts.get(line - 1).substring(mine.get(0).start(), mine.get(0).end()));
        }
        return out;
    }

    /** The blank lines inside an element are written by its replacement, made from its own text. */
    void absorb(Slot s) {
        int[] sp = span.get(s);
        for (int line = sp[0]; line <= sp[1]; line++) {
            if (owners(line).isEmpty() && texts.get(line - 1).isBlank()) {
                absorbed.add(line);
            }
        }
    }

    /**
     * Leaves out the blank lines around an element that stands on lines of its own, so that the
     * text before and after it meets (a section line removed from inside a sentence).
     */
    void joinAround(Slot s) {
        int[] sp = span.get(s);
        for (int line = sp[0]; line <= sp[1]; line++) {
            if (owners(line).size() != 1) {
                return;
            }
        }
        for (int line = sp[0] - 1; line >= 1 && owners(line).isEmpty() && texts.get(line - 1).isBlank(); line--) {
            absorbed.add(line);
        }
        for (int line = sp[1] + 1; line <= texts.size() && owners(line).isEmpty() && texts.get(line - 1).isBlank();
                line++) {
            absorbed.add(line);
        }
    }

    /** @return the first and last line of an element of the original, or null when it owns none */
    int[] span(Slot s) {
        return span.get(s);
    }

    /** The text a section or page line of the original was read from, or null when not known alone. */
    String ownBreakText(int index) {
        int[] sp = span.get(new Slot(Part.BREAKS, index));
        if (sp == null) {
            return null;
        }
        String line = texts.get(sp[0] - 1);
        Map<Slot, Object> os = owners(sp[0]);
        if (os.size() == 1) {
            return line;
        }
        List<LinePieces.Piece> ps = LinePieces.of(side, line, sp[0], os, origin);
        for (LinePieces.Piece p : ps) {
            if (p.slot().equals(new Slot(Part.BREAKS, index)) && p.known()) {
                return line.substring(p.start(), p.end());
            }
        }
        return null;
    }

    private Map<Slot, Object> owners(int line) {
        Map<Slot, Object> os = new LinkedHashMap<>();
        for (Object o : side.ownersOf(line)) {
            Slot s = slotOf.get(o);
            if (s != null && (s.part() != Part.BREAKS || span.get(s)[0] == line)) {
                os.putIfAbsent(s, o);
            }
        }
        return os;
    }

    /** Whether a line is written other than as read: an element on it changed, or something goes before or after one. */
    private boolean touched(int line, Map<Slot, Object> os) {
        for (Slot s : os.keySet()) {
            int[] sp = span.get(s);
            if (plan.dirty(s) || sp[0] == line && plan.hasBefore(s) || sp[1] == line && plan.hasAfter(s)) {
                return true;
            }
        }
        return false;
    }

    /** Forces the unchanged elements of lines to be split whose piece is not known; @return whether any was. */
    private boolean forceUnknownPieces() {
        boolean more = false;
        for (int line = 1; line <= texts.size(); line++) {
            Map<Slot, Object> os = owners(line);
            if (os.size() < 2 || !touched(line, os)) {
                continue;
            }
            for (LinePieces.Piece p : LinePieces.of(side, texts.get(line - 1), line, os, origin)) {
                if (!p.known() && !plan.dirty(p.slot()) && changes.copyOf(p.slot().part(), p.slot().index()) >= 0) {
                    more |= forced.add(p.slot());
                }
            }
        }
        return more;
    }

    private String emit() {
        WrittenLines out = new WrittenLines(terms);
        plan.atStart().forEach(l -> out.add(l, 1));
        for (int line = 1; line <= texts.size(); line++) {
            Map<Slot, Object> os = owners(line);
            if (os.isEmpty() && absorbed.contains(line)) {
                continue;
            }
            if (os.isEmpty() || !touched(line, os)) {
                out.raw(texts.get(line - 1), line);
                continue;
            }
            List<LinePieces.Piece> pieces = os.size() == 1 ? List.of(new LinePieces.Piece(os.keySet().iterator().next(),
                    0, texts.get(line - 1).length())) : LinePieces.of(side, texts.get(line - 1), line, os, origin);
            if (inline && os.size() > 1 && OneLine.write(this, out, line, pieces)) {
                continue;
            }
            for (int k = 0; k < pieces.size(); k++) {
                LinePieces.Piece p = pieces.get(k);
                Slot s = p.slot();
                int[] sp = span.get(s);
                // an element with several pieces on a line: what goes before it or replaces it
                // comes at its first piece, what follows it after its last
                boolean first = LinePieces.first(pieces, k);
                boolean last = LinePieces.last(pieces, k);
                if (sp[0] == line && first) {
                    plan.before(s).forEach(l -> out.add(l, sp[0]));
                }
                if (plan.dirty(s)) {
                    if (OneLine.replacedHere(this, sp, line, first, last)) {
                        int here = line;
                        plan.replacement(s).forEach(l -> out.add(l, here));
                    }
                } else if (os.size() == 1) {
                    out.raw(texts.get(line - 1), line);
                } else if (p.known()) {
                    out.add(texts.get(line - 1).substring(p.start(), p.end()), line);
                }
                if (sp[1] == line && last) {
                    plan.after(s).forEach(l -> out.add(l, sp[1]));
                }
            }
        }
        plan.atEnd().forEach(l -> out.add(l, texts.size()));
        return out.text();
    }



}

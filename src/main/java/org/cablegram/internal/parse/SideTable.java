package org.cablegram.internal.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.cablegram.SourceSpan;

/**
 * Source span and raw text of each model element, keyed by identity: equal records (two
 * identical addressees) occur, and each keeps its own place in the input.
 */
public final class SideTable {

    private final Map<Object, SourceSpan> spans = new IdentityHashMap<>();
    private final Map<Object, String> raw = new IdentityHashMap<>();

    private List<SourceLine> input = List.of();
    private final Map<Integer, List<Object>> owners = new java.util.HashMap<>();

    void put(Object element, SourceSpan span, String rawText) {
        if (element != null) {
            spans.put(element, span);
            raw.put(element, rawText);
        }
    }

    /** Records an element read from these lines: its span, raw text and ownership of the lines. */
    void put(Object element, List<SourceLine> lines) {
        if (element == null || lines.isEmpty()) {
            return;
        }
        int last = -1;
        for (SourceLine l : lines) {
            if (l.number() != last) {
                List<Object> o = owners.computeIfAbsent(l.number(), k -> new ArrayList<>(1));
                if (o.isEmpty() || o.get(o.size() - 1) != element) {
                    o.add(element);
                }
                last = l.number();
            }
        }
        spans.put(element, Spans.of(lines));
        lazyRaw.put(element, lines);
    }

    private final Map<Object, List<SourceLine>> lazyRaw = new IdentityHashMap<>();

    /** Gives {@code copy} the span, raw text and lines of {@code original} (an updated record). */
    void copy(Object copy, Object original) {
        if (spans.containsKey(original)) {
            put(copy, spans.get(original), raw(original));
            for (List<Object> o : owners.values()) {
                for (int i = 0; i < o.size(); i++) {
                    if (o.get(i) == original) {
                        o.set(i, copy);
                    }
                }
            }
        }
    }

    /** Forgets an element that the model no longer holds (a passing line joined with the next). */
    void forget(Object element) {
        spans.remove(element);
        raw.remove(element);
        lazyRaw.remove(element);
        for (List<Object> o : owners.values()) {
            o.removeIf(x -> x == element);
        }
    }

    private boolean byteOrderMark;

    void setByteOrderMark(boolean bom) {
        this.byteOrderMark = bom;
    }

    /** @return whether the input began with a byte-order mark (not part of the first line) */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    void setInput(List<SourceLine> lines) {
        this.input = List.copyOf(lines);
    }

    /** @return the physical lines of the input, in order */
    public List<String> rawLines() {
        List<String> out = new ArrayList<>(input.size());
        for (SourceLine l : input) {
            out.add(l.raw());
        }
        return out;
    }

    /**
     * @param line 1-based line number
     * @return the model elements read from the line (empty for layout lines: blanks, rules, banners)
     */
    public List<Object> ownersOf(int line) {
        return owners.getOrDefault(line, List.of());
    }

    /**
     * @param element a model element
     * @return its span, or null
     */
    public SourceSpan span(Object element) {
        return spans.get(element);
    }

    /**
     * @param element a model element
     * @return its raw text, or null
     */
    public String raw(Object element) {
        String r = raw.get(element);
        if (r == null) {
            List<SourceLine> lines = lazyRaw.get(element);
            if (lines != null) {
                StringBuilder sb = new StringBuilder();
                for (SourceLine l : lines) {
                    sb.append(l.raw());
                }
                r = sb.toString();
            }
        }
        return r;
    }
}

package org.cablegram.internal.assemble;

import org.cablegram.internal.engine.SourceLine;

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
    /**
     * The elements read from each line, by line number: nothing, the element itself (the common
     * case), or a {@link Several} list.
     */
    private Object[] owners = new Object[16];

    /** More than one element read from a line. */
    private static final class Several extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;

        Several() {
        }

        Several(List<Object> elements) {
            super(elements);
        }
    }

    /**
     * The same elements read from each of several lines (the references of a REF block): one
     * list for all the lines, so that recording k elements on n lines does not cost k * n; a
     * line gets a list of its own when its owners change.
     */
    private static final class Shared {
        final List<Object> elements;

        Shared(List<Object> elements) {
            this.elements = elements;
        }

        boolean holds(Object element) {
            for (Object e : elements) {
                if (e == element) {
                    return true;
                }
            }
            return false;
        }
    }

    private void own(int line, Object element) {
        if (line >= owners.length) {
            owners = java.util.Arrays.copyOf(owners, Math.max(line + 1, owners.length * 2));
        }
        Object o = owners[line];
        if (o instanceof Shared) {
            o = new Several(((Shared) o).elements);
            owners[line] = o;
        }
        if (o == null) {
            owners[line] = element;
        } else if (o instanceof Several) {
            Several list = (Several) o;
            if (list.get(list.size() - 1) != element) {
                list.add(element);
            }
        } else if (o != element) {
            Several list = new Several();
            list.add(o);
            list.add(element);
            owners[line] = list;
        }
    }

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
        for (SourceLine l : lines) {
            own(l.number(), element);
        }
        // span and raw text are made from the lines when asked for (a copy: callers reuse their lists)
        lazyRaw.put(element, List.copyOf(lines));
    }

    /** Records elements each read from all of these lines, as {@link #put(Object, List)} for each in turn. */
    void putAll(List<?> elements, List<SourceLine> lines) {
        if (elements.size() <= 1 || lines.isEmpty()) {
            for (Object e : elements) {
                put(e, lines);
            }
            return;
        }
        List<SourceLine> copy = List.copyOf(lines);
        Shared group = new Shared(List.<Object>copyOf(elements));
        java.util.BitSet seen = new java.util.BitSet();
        for (SourceLine l : copy) {
            int line = l.number();
            if (seen.get(line)) {
                // each element is owned once per line, as put() does for a line listed twice
                continue;
            }
            seen.set(line);
            if (line < owners.length && owners[line] == null) {
                owners[line] = group;
            } else {
                for (Object e : elements) {
                    own(line, e);
                }
            }
        }
        for (Object e : elements) {
            lazyRaw.put(e, copy);
        }
    }

    private final Map<Object, List<SourceLine>> lazyRaw = new IdentityHashMap<>();

    /**
     * What a line that no model element is read from stands for. The list is kept short on
     * purpose: a line that is none of these is content, and content must have an owner.
     */
    public enum LayoutKind {
        /** A line of blanks, or of conversion debris that separates like one (a lone backslash). */
        BLANK,
        /** A rule: dashes, equals signs, underscores or asterisks, possibly spaced. */
        RULE,
        /** A page banner: a classification word alone, possibly with a print control number. */
        BANNER
    }

    /** The layout kind of each line that the readers took as layout, by line number. */
    private LayoutKind[] layouts = new LayoutKind[16];

    /** Records that the readers took a line (or a piece of one) as layout. */
    void layout(SourceLine line, LayoutKind kind) {
        int n = line.number();
        if (n >= layouts.length) {
            layouts = java.util.Arrays.copyOf(layouts, Math.max(n + 1, layouts.length * 2));
        }
        if (layouts[n] == null) {
            layouts[n] = kind;
        }
    }

    /**
     * @param line 1-based line number
     * @return the layout kind the readers gave the line (a line of blanks is always
     *         {@link LayoutKind#BLANK}), or null when they took it for content
     */
    public LayoutKind layoutOf(int line) {
        LayoutKind k = line >= 0 && line < layouts.length ? layouts[line] : null;
        if (k == null && line >= 1 && line <= input.size() && input.get(line - 1).isBlank()) {
            k = LayoutKind.BLANK;
        }
        return k;
    }

    /** Gives {@code copy} the span, raw text and lines of {@code original} (an updated record). */
    void copy(Object copy, Object original) {
        SourceSpan span = span(original);
        if (span != null) {
            List<SourceLine> lines = lazyRaw.get(original);
            if (lines != null && !spans.containsKey(original)) {
                lazyRaw.put(copy, lines);
            } else {
                put(copy, span, raw(original));
            }
            for (int line = 0; line < owners.length; line++) {
                Object o = owners[line];
                if (o instanceof Shared && ((Shared) o).holds(original)) {
                    o = new Several(((Shared) o).elements);
                    owners[line] = o;
                }
                if (o == original) {
                    owners[line] = copy;
                } else if (o instanceof Several) {
                    ((Several) o).replaceAll(x -> x == original ? copy : x);
                }
            }
        }
    }

    /**
     * Adds lines to an element read from lines ({@link #put(Object, List)}): a later line that
     * the reader attached to it.
     */
    void extend(Object element, List<SourceLine> more) {
        List<SourceLine> lines = lazyRaw.get(element);
        if (lines == null || spans.containsKey(element)) {
            return;
        }
        List<SourceLine> all = new ArrayList<>(lines);
        for (SourceLine l : more) {
            if (!all.contains(l)) {
                all.add(l);
            }
            own(l.number(), element);
        }
        lazyRaw.put(element, List.copyOf(all));
    }

    /** @return the lines an element was read from ({@link #put(Object, List)}), or an empty list */
    List<SourceLine> linesOf(Object element) {
        return lazyRaw.getOrDefault(element, List.of());
    }

    /**
     * The text an element was read from on one line: the line, or the element's pieces of it
     * where the readers split a line holding several elements apart.
     *
     * @param element a model element
     * @param line    1-based line number
     * @return the texts without the line's terminator, in the order read; empty when the
     *         element was not recorded line by line (its span is all there is) or not from this line
     */
    public List<String> textsOn(Object element, int line) {
        List<SourceLine> lines = lazyRaw.get(element);
        if (lines == null || spans.containsKey(element)) {
            return List.of();
        }
        List<String> out = new ArrayList<>(1);
        for (SourceLine l : lines) {
            if (l.number() == line) {
                out.add(l.text());
            }
        }
        return out;
    }

    /** Forgets an element that the model no longer holds (a passing line joined with the next). */
    void forget(Object element) {
        spans.remove(element);
        raw.remove(element);
        lazyRaw.remove(element);
        for (int line = 0; line < owners.length; line++) {
            Object o = owners[line];
            if (o instanceof Shared && ((Shared) o).holds(element)) {
                o = new Several(((Shared) o).elements);
                owners[line] = o;
            }
            if (o == element) {
                owners[line] = null;
            } else if (o instanceof Several) {
                ((Several) o).removeIf(x -> x == element);
            }
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
        if (owners.length <= lines.size()) {
            owners = java.util.Arrays.copyOf(owners, lines.size() + 1);
        }
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
        Object o = line >= 0 && line < owners.length ? owners[line] : null;
        if (o instanceof Shared) {
            return ((Shared) o).elements;
        }
        return o == null ? List.of() : o instanceof Several ? List.copyOf((Several) o) : List.of(o);
    }

    /**
     * @param element a model element
     * @return its span, or null
     */
    public SourceSpan span(Object element) {
        SourceSpan s = spans.get(element);
        if (s == null) {
            List<SourceLine> lines = lazyRaw.get(element);
            if (lines != null) {
                s = Spans.of(lines);
            }
        }
        return s;
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

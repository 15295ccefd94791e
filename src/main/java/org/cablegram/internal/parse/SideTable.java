package org.cablegram.internal.parse;

import java.util.IdentityHashMap;
import java.util.Map;

import org.cablegram.SourceSpan;

/**
 * Source span and raw text of each model element, keyed by identity: equal records (two
 * identical addressees) occur, and each keeps its own place in the input.
 */
public final class SideTable {

    private final Map<Object, SourceSpan> spans = new IdentityHashMap<>();
    private final Map<Object, String> raw = new IdentityHashMap<>();

    void put(Object element, SourceSpan span, String rawText) {
        if (element != null) {
            spans.put(element, span);
            raw.put(element, rawText);
        }
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
        return raw.get(element);
    }
}

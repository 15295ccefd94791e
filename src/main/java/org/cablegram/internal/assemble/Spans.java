package org.cablegram.internal.assemble;

import org.cablegram.internal.engine.Item;
import org.cablegram.internal.engine.SourceLine;

import java.util.List;

import org.cablegram.SourceSpan;

/** Source spans of lines and items. */
final class Spans {

    private Spans() {
    }

    static SourceSpan of(SourceLine line) {
        return new SourceSpan(line.number(), 1, line.number(), line.text().length());
    }

    static SourceSpan of(Item item) {
        return new SourceSpan(item.first().number(), 1, item.last().number(), item.last().text().length());
    }

    static SourceSpan of(List<SourceLine> lines) {
        SourceLine a = lines.get(0);
        SourceLine b = lines.get(0);
        for (SourceLine l : lines) {
            if (l.number() < a.number()) {
                a = l;
            }
            if (l.number() > b.number()) {
                b = l;
            }
        }
        return new SourceSpan(a.number(), 1, b.number(), b.text().length());
    }

    static SourceSpan ofItems(List<Item> items) {
        Item a = items.get(0);
        Item b = items.get(items.size() - 1);
        return new SourceSpan(a.first().number(), 1, b.last().number(), b.last().text().length());
    }
}

package org.cablegram.internal.engine;

import java.util.List;

/**
 * One grammar item: a format line, or a block of a keyword line and its unmarked
 * continuation lines.
 *
 * @param kind  what the grammar recognised
 * @param lines the physical lines, first one first
 */
public record Item(ItemKind kind, List<SourceLine> lines) {

    public Item {
        lines = List.copyOf(lines);
    }

    public SourceLine first() {
        return lines.get(0);
    }

    public SourceLine last() {
        return lines.get(lines.size() - 1);
    }

    /** @return the texts of the lines joined by one blank, each trimmed */
    public String joinedText() {
        StringBuilder sb = new StringBuilder();
        for (SourceLine l : lines) {
            String t = l.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }
}

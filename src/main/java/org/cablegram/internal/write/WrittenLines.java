package org.cablegram.internal.write;

import java.util.List;

/** The output's lines, each with the terminator of the input line it stands for. */
final class WrittenLines {
    private final List<String> terms;
    private final String usual;
    private final StringBuilder sb = new StringBuilder();
    private boolean open;

    WrittenLines(List<String> terms) {
        this.terms = terms;
        this.usual = terms.stream().filter(t -> !t.isEmpty()).findFirst().orElse("\n");
    }

    void raw(String text, int line) {
        add(text, line);
    }

    void add(String text, int line) {
        if (open) {
            sb.append(usual);
        }
        String term = line >= 1 && line <= terms.size() ? terms.get(line - 1) : usual;
        sb.append(text);
        open = term.isEmpty();
        sb.append(term);
    }

    String text() {
        return sb.toString();
    }
}

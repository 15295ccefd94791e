package org.cablegram.examples.citations;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cablegram.model.ClassificationLevel;

/**
 * Writes a {@link Graph} in Graphviz DOT. Cables of the set are boxes filled by
 * classification level and labelled with id, date, classification and subject; cited cables
 * outside the set are dashed grey boxes with the id only. Edges carry the REF letters.
 * Render with {@code dot -Tsvg graph.dot > graph.svg}.
 */
final class Dot {

    /** Width at which subjects are wrapped in labels. */
    static final int WRAP = 40;

    private static final Map<ClassificationLevel, String> FILL = Map.of(
            ClassificationLevel.UNCLASSIFIED, "#ffffff",
            ClassificationLevel.LIMITED_OFFICIAL_USE, "#e8f0ff",
            ClassificationLevel.CONFIDENTIAL, "#dbe9ff",
            ClassificationLevel.SECRET, "#ffe0e0",
            ClassificationLevel.TOP_SECRET, "#ffc8a0");

    private Dot() {
    }

    /**
     * @param graph the graph
     * @param out   where to write; flushed, not closed
     * @throws IOException when writing fails
     */
    static void write(Graph graph, Writer out) throws IOException {
        out.write("digraph citations {\n");
        out.write("  rankdir=LR;\n");
        out.write("  node [shape=box, style=filled, fillcolor=\"#ffffff\", fontname=\"Helvetica\", fontsize=10];\n");
        out.write("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        for (Graph.Node n : graph.nodes()) {
            StringBuilder line = new StringBuilder("  ").append(quote(n.id())).append(" [label=");
            line.append(quote(String.join("\n", wrapSubject(n.labelLines(), n.subject().isPresent()))));
            if (n.inSet()) {
                n.classification().ifPresent(c -> line.append(", fillcolor=").append(quote(FILL.get(c))));
            } else {
                line.append(", style=dashed, color=gray50, fontcolor=gray40");
            }
            out.write(line.append("];\n").toString());
        }
        for (Graph.Edge e : graph.edges()) {
            out.write("  " + quote(e.source()) + " -> " + quote(e.target())
                    + (e.letters().isEmpty() ? "" : " [label=" + quote(String.join(",", e.letters())) + "]") + ";\n");
        }
        out.write("}\n");
        out.flush();
    }

    private static List<String> wrapSubject(List<String> lines, boolean lastIsSubject) {
        if (!lastIsSubject) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.subList(0, lines.size() - 1));
        out.addAll(wrap(lines.get(lines.size() - 1), WRAP));
        return out;
    }

    /**
     * Breaks text into lines of at most {@code width} characters at blanks (a longer word gets
     * a line of its own).
     *
     * @param text  the text
     * @param width the width
     * @return the lines
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Quotes a DOT identifier or label: backslashes and quotes are escaped, line breaks become
     * {@code \n}, other control characters are dropped.
     *
     * @param s the text
     * @return the quoted text
     */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c >= 0x20) {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}

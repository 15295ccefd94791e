package org.cablegram.internal.write;

import java.util.ArrayList;
import java.util.List;

import org.cablegram.internal.assemble.Layout;

/**
 * The lines a writer produces. The first line after a section line that would not read as text
 * on a line of its own ("Classified by: ...", "-------- Title --------") is run into the section
 * line, as in the collapsed lines the parser splits there.
 */
final class Out {

    private final List<String> lines = new ArrayList<>();
    private int glueTo = -1;
    private String glueOrigin;

    /**
     * @param section the index of a section line the next line may run into, -1 for none
     * @param origin  the origin the parser reads section lines with (null when it has none)
     */
    void glueAfter(int section, String origin) {
        glueTo = section;
        glueOrigin = origin;
    }

    /** @return the index of the last line written */
    int lastIndex() {
        return lines.size() - 1;
    }

    private int last() {
        int n = lines.size() - 1;
        while (n >= 0 && lines.get(n).isEmpty()) {
            n--;
        }
        return n;
    }

    boolean lastIsText() {
        return last() >= 0;
    }

    /** Appends to the last line that is not blank. */
    void appendToLast(String s) {
        int n = last();
        lines.set(n, lines.get(n) + s);
    }

    void line(String l) {
        int at = glueTo;
        glueTo = -1;
        if (at >= 0 && Layout.runsIntoSectionLine(lines.get(at), l, glueOrigin)) {
            // the blank lines after the section line go: the text stands after it on its line
            while (lines.size() > at + 1 && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            if (lines.size() == at + 1) {
                lines.set(at, lines.get(at) + " " + l);
                return;
            }
        }
        lines.add(l);
    }

    void blank() {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
        }
    }

    /** @return the lines, blank ones at the end left out */
    List<String> lines() {
        int n = lines.size();
        while (n > 0 && lines.get(n - 1).isEmpty()) {
            n--;
        }
        return List.copyOf(lines.subList(0, n));
    }

    /** @return the lines, each ended by LF */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (String l : lines()) {
            sb.append(l).append('\n');
        }
        return sb.toString();
    }
}

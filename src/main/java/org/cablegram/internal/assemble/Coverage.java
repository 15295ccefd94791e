package org.cablegram.internal.assemble;

import org.cablegram.internal.engine.Item;
import org.cablegram.internal.engine.SourceLine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.cablegram.DiagnosticCode;
import org.cablegram.model.Unrecognized;

/**
 * Which lines of the input the assembly has given an owner: lines read into an element, lines
 * taken as layout, and lines kept verbatim as unrecognized. The readers of every zone record
 * here, so that the assembler can find the lines no item covers.
 */
final class Coverage {

    private final Diagnostics diags;
    private final SideTable side;
    final List<Unrecognized> unrecognized = new ArrayList<>();
    final BitSet covered = new BitSet();

    Coverage(Diagnostics diags, SideTable side) {
        this.diags = diags;
        this.side = side;
    }

    void cover(Item it) {
        List<SourceLine> lines = it.lines();
        for (int i = 0; i < lines.size(); i++) {
            covered.set(lines.get(i).number());
        }
    }

    void addUnrecognized(SourceLine l, DiagnosticCode code) {
        covered.set(l.number());
        Unrecognized u = new Unrecognized(l.number(), l.text());
        unrecognized.add(u);
        side.put(u, List.of(l));
        if (code == DiagnosticCode.UNRECOGNIZED_LINE) {
            diags.add(code, "line not recognised here; kept verbatim", l);
        } else if (code == DiagnosticCode.SYNTAX) {
            diags.add(code, "line outside the grammar's structure; kept verbatim", l);
        }
    }

    /** Records the lines of an item the readers take as layout. */
    void layout(Item it, SideTable.LayoutKind kind) {
        it.lines().forEach(l -> side.layout(l, kind));
    }
}

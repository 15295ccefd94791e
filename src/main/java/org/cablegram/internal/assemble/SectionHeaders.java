package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Fields;

import org.cablegram.internal.engine.Item;
import org.cablegram.internal.engine.ItemKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cablegram.DiagnosticCode;

/**
 * Finds the text header a received copy writes again after the classification line of each
 * later section, and has the header reader read it in its repeat mode.
 */
final class SectionHeaders {

    private final Diagnostics diags;
    private final RunInMessages runIn;
    private final HeaderReader header;

    SectionHeaders(Diagnostics diags, RunInMessages runIn, HeaderReader header) {
        this.diags = diags;
        this.runIn = runIn;
        this.header = header;
    }

    /**
     * A received copy repeats the text header after the classification line of each later
     * section. Its elements fill what the first header lacks; the rest goes back to the body.
     *
     * @param classLine the classification line of the first header, if it had one
     */
    List<Item> read(List<Item> body, Optional<Fields.ClassLine> classLine) {
        List<Item> out = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            Item it = body.get(i);
            out.add(it);
            if (it.kind() != ItemKind.BODY_CLASS) {
                continue;
            }
            int j = i + 1;
            while (j < body.size() && HeaderReader.isHeaderZoneKind(body.get(j).kind())) {
                j++;
            }
            if (j == i + 1) {
                continue;
            }
            List<Item> repeated = runIn.expandCollapsed(body.subList(i + 1, j), classLine);
            boolean anyKeyword = repeated.stream().anyMatch(x -> HeaderReader.isKeyword(x.kind()));
            if (anyKeyword) {
                diags.add(DiagnosticCode.REPEATED_HEADER, org.cablegram.Severity.INFO,
                        "text header repeated at the start of a later section (received copy)",
                        Spans.ofItems(repeated));
            }
            out.addAll(header.readRepeated(repeated));
            i = j - 1;
        }
        return out;
    }
}

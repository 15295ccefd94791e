package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.HeaderFields;

import org.cablegram.internal.engine.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cablegram.DiagnosticCode;
import org.cablegram.model.Reference;

/**
 * Reads the citations of the REF block once the citing year is known (the header reader only
 * gathers the block's lines), or of a REF block written as the first paragraph.
 */
final class ReferenceReader {

    private final AssemblyState state;
    private final Coverage coverage;
    private final Diagnostics diags;
    private final SideTable side;
    /** Whether an item cites a telegram without its year, which then takes the citing year. */
    boolean undatedCitations;

    ReferenceReader(AssemblyState state, Coverage coverage, Diagnostics diags, SideTable side) {
        this.state = state;
        this.coverage = coverage;
        this.diags = diags;
        this.side = side;
    }

    /**
     * The references of a REF block written as the first paragraph, when the header has none:
     * the paragraph stays, and each reference points at its lines.
     *
     * @param citingYear the citing cable's year; -1 if unknown
     */
    List<Reference> referencesInParagraph(org.cablegram.model.Paragraph p, int citingYear) {
        Optional<HeaderFields.ReferenceRead> read = HeaderFields.referencesOpening(p.text(), citingYear);
        if (read.isEmpty()) {
            return List.of();
        }
        List<Reference> refs = new ArrayList<>();
        for (HeaderFields.RefItem item : read.get().items()) {
            refs.add(item.reference());
            undatedCitations |= item.reference().kind() == org.cablegram.model.ReferenceKind.CABLE && !item.dated();
            if (side.span(p) != null) {
                side.put(item.reference(), side.span(p), side.raw(p));
            }
        }
        return refs;
    }

    /**
     * The references of the REF block; a citation without a year takes {@code citingYear}.
     *
     * @param citingYear the citing cable's year; -1 if unknown
     */
    List<Reference> readReferences(int citingYear) {
        if (state.refItem == null) {
            return List.of();
        }
        List<SourceLine> lines = new ArrayList<>(state.refItem.lines());
        lines.addAll(state.refExtra);
        HeaderFields.ReferenceRead read = HeaderFields.references(
                state.refExtra.isEmpty() ? state.refBlock : HeaderFields.referenceBlock(HeaderReader.texts(lines)), citingYear, null);
        if (read.items().isEmpty()) {
            // a REF keyword with nothing to read after it
            lines.forEach(l -> coverage.addUnrecognized(l, DiagnosticCode.UNRECOGNIZED_LINE));
            return List.of();
        }
        if (!read.wellFormed()) {
            diags.add(DiagnosticCode.MALFORMED_HEADER_FIELD, "REF block without its keyword, kept as written", state.refItem);
        }
        List<Reference> refs = new ArrayList<>(read.items().size());
        for (HeaderFields.RefItem item : read.items()) {
            refs.add(item.reference());
            undatedCitations |= item.reference().kind() == org.cablegram.model.ReferenceKind.CABLE && !item.dated();
        }
        // every reference is read from the whole block
        side.putAll(refs, lines);
        for (Reference r : refs) {
            if (r.kind() == org.cablegram.model.ReferenceKind.CABLE && r.cableId().isEmpty()) {
                diags.add(DiagnosticCode.MALFORMED_REFERENCE,
                        "reference '" + r.text() + "' cites a cable but the year is unknown", state.refItem);
            }
        }
        return refs;
    }
}

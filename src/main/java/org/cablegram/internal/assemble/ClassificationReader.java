package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Fields;
import org.cablegram.internal.fields.Words;

import org.cablegram.internal.engine.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cablegram.DiagnosticCode;
import org.cablegram.model.Classification;
import org.cablegram.model.ClassificationLevel;

/**
 * The cable's classification, read at the end from the class line, banner, security line and
 * captions the readers found, and its checks against the envelope.
 */
final class ClassificationReader {

    private final AssemblyState state;
    private final Coverage coverage;
    private final Diagnostics diags;
    private final SideTable side;

    ClassificationReader(AssemblyState state, Coverage coverage, Diagnostics diags, SideTable side) {
        this.state = state;
        this.coverage = coverage;
        this.diags = diags;
        this.side = side;
    }

    /**
     * The classification from the header's class line, else from a banner, else the level of the
     * security line; the captions belong to it.
     */
    Optional<Classification> classification() {
        Optional<Fields.ClassLine> c = state.classLine.isPresent() ? state.classLine : state.banner;
        if (c.isEmpty()) {
            if (state.security.flatMap(Fields.Security::level).isPresent()) {
                diags.add(DiagnosticCode.MISSING_CLASSIFICATION,
                        "no classification line; the level is taken from the security line",
                        org.cablegram.SourceSpan.at(1, 1));
                ClassificationLevel level = state.security.flatMap(Fields.Security::level).get();
                Classification fromSecurity = new Classification(level, false, List.of(), Optional.empty(),
                        Optional.empty(), Optional.empty(), List.copyOf(state.captions));
                side.put(fromSecurity, state.captionLines);
                return Optional.of(fromSecurity);
            }
            diags.add(DiagnosticCode.MISSING_CLASSIFICATION, "no classification line", org.cablegram.SourceSpan.at(1, 1));
            // captions have no classification to belong to
            state.captionLines.forEach(l -> coverage.addUnrecognized(l, DiagnosticCode.UNRECOGNIZED_LINE));
            return Optional.empty();
        }
        Fields.ClassLine l = c.get();
        Classification cl = new Classification(l.level(), l.efto(), l.caveats(), l.section(), l.origin(), l.serial(),
                List.copyOf(state.captions));
        // a classification read from a banner or the security line still owns its caption lines
        List<SourceLine> ls = new ArrayList<>(state.classLineItem != null ? state.classLineItem.lines() : List.of());
        ls.addAll(state.captionLines);
        ls.sort(java.util.Comparator.comparingInt(SourceLine::number));
        side.put(cl, ls);
        return Optional.of(cl);
    }

    /** Checks the classification against the security line's level and the DE line's serial. */
    void checkConsistency(Optional<Classification> classification) {
        if (classification.isEmpty() || state.classLineItem == null) {
            return;
        }
        Classification c = classification.get();
        Optional<ClassificationLevel> sec = state.security.flatMap(Fields.Security::level);
        if (sec.isPresent() && sec.get() != c.level()
                && !(sec.get() == ClassificationLevel.UNCLASSIFIED && c.level() == ClassificationLevel.LIMITED_OFFICIAL_USE)) {
            diags.add(DiagnosticCode.INCONSISTENT, "security line says " + sec.get() + " but the text is "
                    + c.level(), state.classLineItem);
        }
        if (state.de.isPresent() && state.de.get().serial().isPresent() && c.serial().isPresent()) {
            String ds = Words.withoutLeadingZeros(state.de.get().serial().get());
            String cs = Words.withoutLeadingZeros(c.serial().get());
            if (!cs.endsWith(ds) && !ds.endsWith(cs.length() > 4 ? cs.substring(cs.length() - 4) : cs)) {
                diags.add(DiagnosticCode.INCONSISTENT, "DE serial " + ds + " does not match serial " + cs,
                        state.classLineItem);
            }
        }
    }
}

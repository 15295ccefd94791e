package org.cablegram.internal.parse;

import org.cablegram.internal.fields.Fields;
import org.cablegram.internal.fields.HeaderFields;

import org.cablegram.internal.engine.Item;
import org.cablegram.internal.engine.SourceLine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cablegram.DiagnosticCode;
import org.cablegram.model.Addressee;
import org.cablegram.model.ClassifiedBy;
import org.cablegram.model.DateTimeGroup;
import org.cablegram.model.ExecutiveOrder;
import org.cablegram.model.OfficeCopies;
import org.cablegram.model.Precedence;
import org.cablegram.model.Subject;
import org.cablegram.model.Tag;
import org.cablegram.model.Unrecognized;

/**
 * What the assembly of one cable has read so far: the parts of the envelope, the lead and the text
 * header, the lines each came from, and the lines no item covers. The readers of each zone
 * ({@link LeadReader}, {@link HeaderReader}) and {@link CableAssembler}, which builds the cable from
 * them, share it as their base class.
 */
abstract class AssemblyState {

    AssemblyState(Diagnostics diags, SideTable side) {
        this.diags = diags;
        this.side = side;
    }

    final Diagnostics diags;
    final SideTable side;
    final List<Unrecognized> unrecognized = new ArrayList<>();
    final BitSet covered = new BitSet();
    // envelope
    Optional<Fields.Som> som = Optional.empty();
    Optional<Precedence> transmissionPrecedence = Optional.empty();
    final List<String> routing = new ArrayList<>();
    Optional<Fields.De> de = Optional.empty();
    Optional<Fields.Security> security = Optional.empty();
    boolean hasEnvelope;
    // lead
    boolean partial;
    Optional<DateTimeGroup> dtg = Optional.empty();
    Optional<String> from = Optional.empty();
    final List<Addressee> to = new ArrayList<>();
    final List<Addressee> info = new ArrayList<>();
    Optional<OfficeCopies> action = Optional.empty();
    final List<OfficeCopies> offices = new ArrayList<>();
    Optional<String> totalCopies = Optional.empty();
    final List<String> counters = new ArrayList<>();
    final List<String> printNotes = new ArrayList<>();
    boolean hasDistribution;
    // header
    Optional<Fields.ClassLine> classLine = Optional.empty();
    Optional<Fields.ClassLine> banner = Optional.empty();
    final Set<String> captions = new LinkedHashSet<>();
    final List<String> passing = new ArrayList<>();
    Optional<ExecutiveOrder> eo = Optional.empty();
    final List<Tag> tags = new ArrayList<>();
    Optional<Subject> subject = Optional.empty();
    Item refItem;
    /** The REF item's parse, read for its letters first and for its citations at the end. */
    HeaderFields.ReferenceBlock refBlock;
    final List<SourceLine> refExtra = new ArrayList<>();
    Optional<ClassifiedBy> classifiedBy = Optional.empty();
    final List<BodyAssembler.PageBreakAtStart> leadPages = new ArrayList<>();
    List<Item> leadRepeat;
    final List<Item> leadHeaderItems = new ArrayList<>();
    /** Whether the header is being read again (a later section of a received copy). */
    boolean repeatMode;
    final List<SourceLine> cbTail = new ArrayList<>();
    Item classifiedByItem;
    final List<SourceLine> preambleLines = new ArrayList<>();
    /** The letter a line that continues the REF block must open with; empty when none can. */
    Optional<String> refNext = Optional.empty();
    Item classLineItem;
    final List<SourceLine> captionLines = new ArrayList<>();
    final List<SourceLine> envelopeLines = new ArrayList<>();
    final List<SourceLine> distributionLines = new ArrayList<>();

    // --------------------------------------------------------------------------- helpers

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

    /**
     * Keeps a header element that occurs a second time as unrecognized lines: the first one is
     * the cable's. A received copy repeats its text header in each later section, and says so
     * once (REPEATED_HEADER): a repeat there is reported for information only.
     */
    void duplicate(Item it, String what) {
        if (repeatMode) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, org.cablegram.Severity.INFO,
                    what + " of the text header repeated in a later section; the first one is used", Spans.of(it));
        } else {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second " + what, it);
        }
        it.lines().forEach(l -> addUnrecognized(l, null));
    }
}

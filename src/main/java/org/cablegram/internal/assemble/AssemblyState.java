package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Fields;
import org.cablegram.internal.fields.HeaderFields;

import org.cablegram.internal.engine.Item;
import org.cablegram.internal.engine.SourceLine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cablegram.model.Addressee;
import org.cablegram.model.ClassifiedBy;
import org.cablegram.model.DateTimeGroup;
import org.cablegram.model.ExecutiveOrder;
import org.cablegram.model.OfficeCopies;
import org.cablegram.model.Precedence;
import org.cablegram.model.Subject;
import org.cablegram.model.Tag;

/**
 * What the assembly of one cable has read so far: the parts of the envelope, the lead and the text
 * header, and the lines each came from. The readers of each zone ({@link EnvelopeReader},
 * {@link LeadReader}, {@link HeaderReader}, {@link ReferenceReader}) fill it in, and
 * {@link CableAssembler} builds the cable from it.
 */
final class AssemblyState {

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
    final List<Item> leadHeaderItems = new ArrayList<>();
    final List<SourceLine> preambleLines = new ArrayList<>();
    Item classLineItem;
    final List<SourceLine> captionLines = new ArrayList<>();
    final List<SourceLine> envelopeLines = new ArrayList<>();
    final List<SourceLine> distributionLines = new ArrayList<>();
}

package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Fields;
import org.cablegram.internal.fields.HeaderFields;
import org.cablegram.internal.fields.Words;

import org.cablegram.internal.engine.Item;
import org.cablegram.internal.engine.ItemKind;

import org.cablegram.internal.engine.ParsedMessage;
import org.cablegram.internal.engine.SourceLine;

import java.time.ZoneOffset;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.cablegram.DiagnosticCode;
import org.cablegram.model.Cable;
import org.cablegram.model.Classification;
import org.cablegram.model.ClassifiedBy;
import org.cablegram.model.DateTimeGroup;
import org.cablegram.model.Distribution;
import org.cablegram.model.Envelope;
import org.cablegram.model.Reference;
import org.cablegram.model.ReferenceId;

/**
 * Builds the {@link Cable} from the grammar items of one input: chooses the primary message, has
 * the readers of each zone read its items into one {@link AssemblyState}, and makes the cable of
 * what they read. The readers share the state, the {@link Coverage} of the lines and the
 * diagnostics; each is given them through its constructor.
 */
final class CableAssembler {

    private final AssemblyState state = new AssemblyState();
    private final Coverage coverage;
    private final Diagnostics diags;
    private final SideTable side;
    private final EnvelopeReader envelopeReader;
    private final LeadReader leadReader;
    private final RunInMessages runIn;
    private final HeaderReader headerReader;
    private final SectionHeaders sectionHeaders;
    private final ReferenceReader referenceReader;
    private final ClassificationReader classificationReader;

    private CableAssembler(Diagnostics diags, SideTable side) {
        this.diags = diags;
        this.side = side;
        coverage = new Coverage(diags, side);
        envelopeReader = new EnvelopeReader(state, coverage, diags, side);
        leadReader = new LeadReader(state, coverage, diags, envelopeReader);
        runIn = new RunInMessages(coverage, diags);
        headerReader = new HeaderReader(state, coverage, diags, side);
        sectionHeaders = new SectionHeaders(diags, runIn, headerReader);
        referenceReader = new ReferenceReader(state, coverage, diags, side);
        classificationReader = new ClassificationReader(state, coverage, diags, side);
    }

    /**
     * Builds the cable.
     *
     * @param messages   the messages of the input, in order
     * @param lineCount  number of lines of the input, to find lines no item covers
     * @param knownId    a reference id the caller knows, to check against the text
     */
    static Cable assemble(List<ParsedMessage> messages, int lineCount, Optional<String> knownId,
            Diagnostics diags, SideTable side, List<SourceLine> allLines) {
        CableAssembler a = new CableAssembler(diags, side);
        return a.build(messages, lineCount, knownId, allLines);
    }

    private Cable build(List<ParsedMessage> messages, int lineCount, Optional<String> knownId,
            List<SourceLine> allLines) {
        // the telegram is the first message with a body; failing that, the first with a text header
        int primary = -1;
        for (int i = 0; i < messages.size() && primary < 0; i++) {
            if (messages.get(i).hasBody()) {
                primary = i;
            }
        }
        for (int i = 0; i < messages.size() && primary < 0; i++) {
            if (messages.get(i).hasHeader()) {
                primary = i;
            }
        }
        primary = Math.max(primary, 0);
        primary = fullerCopy(messages, primary);
        ParsedMessage msg = messages.isEmpty() ? new ParsedMessage(List.of(), List.of(), List.of(), List.of())
                : messages.get(primary);
        for (Item it : msg.restart()) {
            leadReader.readLeadItem(it, new EnvelopeReader.LeadState());
        }
        EnvelopeReader.LeadState leadState = new EnvelopeReader.LeadState();
        List<Item> lead = msg.lead();
        int passingFrom = LeadReader.passingAfterBanner(lead, msg.header());
        for (Item it : lead.subList(0, passingFrom)) {
            leadReader.readLeadItem(it, leadState);
        }
        leadReader.closeLeadRepeat();
        List<Item> headerItems = new ArrayList<>(state.leadHeaderItems);
        for (Item it : lead.subList(passingFrom, lead.size())) {
            coverage.cover(it);
            headerItems.add(LeadReader.isLeadText(it.kind()) ? new Item(ItemKind.HEADER_TEXT, it.lines()) : it);
        }
        headerItems.addAll(msg.header());
        List<Item> bodyPrefix = headerReader.readHeader(runIn.expandCollapsed(headerItems, state.classLine));
        headerReader.finishClassifiedBy();
        List<Item> bodyItems = new ArrayList<>(bodyPrefix);
        bodyItems.addAll(sectionHeaders.read(msg.body(), state.classLine));
        for (Item it : bodyItems) {
            if (it.kind() == ItemKind.OFFICE_INFO || it.kind() == ItemKind.OFFICES || it.kind() == ItemKind.COUNTER) {
                envelopeReader.recoverCollapsedEnvelope(it.first().text(), it);
            }
        }

        Optional<Integer> citingYear = state.dtg.flatMap(DateTimeGroup::instant)
                .map(i -> i.atZone(ZoneOffset.UTC).getYear());
        // without a date-time group, the year of the id the caller knows (a partial extract)
        Optional<Integer> lentYear = citingYear.isEmpty() ? knownId.flatMap(ReferenceIds::yearOf) : Optional.empty();
        int referenceYear = citingYear.or(() -> lentYear).orElse(-1);
        List<Reference> references = referenceReader.readReferences(referenceYear);
        if (lentYear.isPresent() && referenceReader.undatedCitations) {
            diags.add(DiagnosticCode.REFERENCE_YEAR_FROM_ID,
                    "citations without a year take " + lentYear.get() + ", the year of the known id "
                            + knownId.get().strip() + " (the text has no date-time group)", state.refItem);
        }

        BodyAssembler body = new BodyAssembler(diags, side,
                state.classLine.flatMap(Fields.ClassLine::origin).orElse(null));
        for (BodyAssembler.PageBreakAtStart p : state.leadPages) {
            body.addLeadPage(p);
        }
        body.headerHasClassifiedBy(state.classifiedBy.isPresent());
        BodyAssembler.Result b = body.assemble(bodyItems);
        for (Item it : bodyItems) {
            coverage.cover(it);
        }
        coverage.unrecognized.addAll(b.unrecognized());
        // a later page's office lines: the one distribution of the cable grows with them
        for (Item it : b.officeItems()) {
            if (it.kind() == ItemKind.COUNTER) {
                state.hasDistribution = true;
                state.distributionLines.addAll(it.lines());
                state.counters.add(Words.clean(it.first().text()));
            } else {
                envelopeReader.readOffices(it);
            }
        }
        for (SourceLine l : b.captionLines()) {
            state.captions.addAll(Fields.captions(l.text()).captions());
            state.captionLines.add(l);
        }
        if (state.classifiedBy.isEmpty() && b.classifiedBy().isPresent()) {
            state.classifiedBy = b.classifiedBy();
        }
        if (references.isEmpty() && !b.paragraphs().isEmpty()) {
            // "1. REF: A. STATE 12345 B. LIMA 1201": the REF block numbered as the first paragraph
            references = referenceReader.referencesInParagraph(b.paragraphs().get(0), referenceYear);
        }
        // "1. (U) CLASSIFIED BY ...", "1. CONFIDENTIAL - ENTIRE TEXT. CLASSIFIED BY ...": the
        // statement numbered as the first paragraph, or the second after a line of handling; the
        // model keeps the first statement, and one written again is reported
        List<org.cablegram.model.Paragraph> ps = b.paragraphs();
        for (int i = 0; i < Math.min(2, ps.size()); i++) {
            org.cablegram.model.Paragraph p = ps.get(i);
            Optional<ClassifiedBy> c = HeaderFields.statementOpening(p.text());
            if (c.isEmpty()) {
                continue;
            }
            if (state.classifiedBy.isEmpty()) {
                state.classifiedBy = c;
                if (side.span(p) != null) {
                    side.put(c.get(), side.span(p), side.raw(p));
                }
            } else {
                org.cablegram.SourceSpan at = side.span(p);
                diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "Classified By written again in the "
                        + (i == 0 ? "first" : "second") + " paragraph; the first statement is kept", at != null ? at : org.cablegram.SourceSpan.at(1, 1));
            }
        }
        if (state.classLine.isEmpty() && b.sectionClassLine().isPresent()) {
            state.classLine = b.sectionClassLine();
        }

        // other messages: repeated or appended telegrams
        for (int i = 0; i < messages.size(); i++) {
            if (i == primary) {
                continue;
            }
            List<Item> all = messages.get(i).all();
            if (all.isEmpty()) {
                continue;
            }
            diags.add(DiagnosticCode.REPEATED_HEADER,
                    "telegram header repeated at lines " + all.get(0).first().number() + "-"
                            + all.get(all.size() - 1).last().number() + "; kept as unrecognized lines",
                    Spans.ofItems(all));
            for (Item it : all) {
                for (SourceLine l : it.lines()) {
                    if (!l.isBlank()) {
                        coverage.addUnrecognized(l, null);
                    }
                    coverage.covered.set(l.number());
                }
            }
        }
        // safety net: every line belongs to some element
        for (SourceLine l : allLines) {
            if (!coverage.covered.get(l.number()) && !l.isBlank()) {
                coverage.addUnrecognized(l, DiagnosticCode.SYNTAX);
            }
        }

        Optional<Classification> classification = classificationReader.classification();
        classificationReader.checkConsistency(classification);
        Optional<ReferenceId> refId = ReferenceIds.referenceId(state.dtg, classification, b.sectionMark(), knownId, diags);

        Optional<Envelope> envelope = Optional.empty();
        if (state.hasEnvelope) {
            Fields.De d = state.de.orElse(null);
            Envelope e = new Envelope(
                    state.som.map(Fields.Som::text), state.som.map(Fields.Som::channel).filter(s -> !s.isEmpty()),
                    state.som.map(Fields.Som::sequence).filter(s -> !s.isEmpty()), state.transmissionPrecedence,
                    state.routing,
                    d == null ? Optional.empty() : Optional.of(d.station()),
                    d == null ? Optional.empty() : d.serial(),
                    d == null ? Optional.empty() : d.section(),
                    d == null || d.day().isEmpty() ? OptionalInt.empty() : OptionalInt.of(d.day().get()),
                    d == null ? Optional.<LocalTime>empty() : d.time(),
                    state.security.map(Fields.Security::prosign),
                    state.security.flatMap(Fields.Security::level),
                    state.security.map(Fields.Security::signals).orElse(List.of()));
            envelope = Optional.of(e);
            side.put(e, state.envelopeLines);
        }
        Optional<Distribution> distribution = state.hasDistribution
                ? Optional.of(new Distribution(state.action, state.offices, state.totalCopies, state.counters,
                        state.printNotes))
                : Optional.empty();
        distribution.ifPresent(d -> side.put(d, state.distributionLines));
        coverage.unrecognized.sort((x, y) -> Integer.compare(x.line(), y.line()));
        Cable cable = new Cable(refId, state.partial, envelope, distribution, state.dtg, state.from, state.to,
                state.info, classification, state.passing, state.eo, state.tags, state.subject, references,
                state.classifiedBy, b.paragraphs(), b.breaks(), b.summary(), b.comments(), b.signers(), b.trailer(),
                coverage.unrecognized);
        // the partial-extract notice is the cable's own flag, not an element of it
        side.put(cable, state.preambleLines);
        return cable;
    }

    /**
     * A publisher's cut-off copy (its last paragraph ending in "...") followed by a copy of the
     * telegram with more paragraphs (a file holding two records of one cable): the later copy is
     * the telegram.
     */
    private static int fullerCopy(List<ParsedMessage> messages, int primary) {
        if (primary >= messages.size() || !cutOff(messages.get(primary).body())) {
            return primary;
        }
        int have = paragraphCount(messages.get(primary).body());
        for (int i = primary + 1; i < messages.size(); i++) {
            if (paragraphCount(messages.get(i).body()) > have) {
                return i;
            }
        }
        return primary;
    }

    private static boolean cutOff(List<Item> body) {
        for (int i = body.size() - 1; i >= 0; i--) {
            if (body.get(i).kind() == ItemKind.PARAGRAPH) {
                return body.get(i).last().text().strip().endsWith("...");
            }
        }
        return false;
    }

    private static int paragraphCount(List<Item> body) {
        int n = 0;
        for (Item it : body) {
            if (it.kind() == ItemKind.PARAGRAPH) {
                n++;
            }
        }
        return n;
    }
}

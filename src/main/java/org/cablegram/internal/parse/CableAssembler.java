package org.cablegram.internal.parse;

import java.time.ZoneOffset;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import org.cablegram.DiagnosticCode;
import org.cablegram.model.Addressee;
import org.cablegram.model.Cable;
import org.cablegram.model.Classification;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.ClassifiedBy;
import org.cablegram.model.DateTimeGroup;
import org.cablegram.model.Distribution;
import org.cablegram.model.Envelope;
import org.cablegram.model.ExecutiveOrder;
import org.cablegram.model.OfficeCopies;
import org.cablegram.model.Precedence;
import org.cablegram.model.Reference;
import org.cablegram.model.ReferenceId;
import org.cablegram.model.Subject;
import org.cablegram.model.Tag;
import org.cablegram.model.Unrecognized;

/**
 * Builds the {@link Cable} from the grammar items of one input: chooses the primary message,
 * reads each item's fields and checks the parts against each other.
 */
final class CableAssembler {

    private static final Pattern ROUTED_ADDRESSEE = Pattern.compile("(?:R[A-Z]{3,7}|ZEN)/\\S.*");


    private final Diagnostics diags;
    private final SideTable side;
    private final List<Unrecognized> unrecognized = new ArrayList<>();
    private final BitSet covered = new BitSet();

    // envelope
    private Optional<Fields.Som> som = Optional.empty();
    private Optional<Precedence> transmissionPrecedence = Optional.empty();
    private final List<String> routing = new ArrayList<>();
    private Optional<Fields.De> de = Optional.empty();
    private Optional<Fields.Security> security = Optional.empty();
    private boolean hasEnvelope;
    // lead
    private boolean partial;
    private Optional<DateTimeGroup> dtg = Optional.empty();
    private Optional<String> from = Optional.empty();
    private final List<Addressee> to = new ArrayList<>();
    private final List<Addressee> info = new ArrayList<>();
    private Optional<OfficeCopies> action = Optional.empty();
    private final List<OfficeCopies> offices = new ArrayList<>();
    private Optional<String> totalCopies = Optional.empty();
    private final List<String> counters = new ArrayList<>();
    private final List<String> printNotes = new ArrayList<>();
    private boolean hasDistribution;
    // header
    private Optional<Fields.ClassLine> classLine = Optional.empty();
    private Optional<Fields.ClassLine> banner = Optional.empty();
    private final Set<String> captions = new LinkedHashSet<>();
    private final List<String> passing = new ArrayList<>();
    private Optional<ExecutiveOrder> eo = Optional.empty();
    private final List<Tag> tags = new ArrayList<>();
    private Optional<Subject> subject = Optional.empty();
    private Item refItem;
    private final List<SourceLine> refExtra = new ArrayList<>();
    private Optional<ClassifiedBy> classifiedBy = Optional.empty();
    private final List<BodyAssembler.PageBreakAtStart> leadPages = new ArrayList<>();

    private CableAssembler(Diagnostics diags, SideTable side) {
        this.diags = diags;
        this.side = side;
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
        ParsedMessage msg = messages.isEmpty() ? new ParsedMessage(List.of(), List.of(), List.of(), List.of())
                : messages.get(primary);
        for (Item it : msg.restart()) {
            readLeadItem(it, new LeadState());
        }
        LeadState state = new LeadState();
        List<Item> lead = msg.lead();
        int passingFrom = passingAfterBanner(lead, msg.header());
        for (Item it : lead.subList(0, passingFrom)) {
            readLeadItem(it, state);
        }
        closeLeadRepeat();
        List<Item> headerItems = new ArrayList<>(leadHeaderItems);
        for (Item it : lead.subList(passingFrom, lead.size())) {
            cover(it);
            headerItems.add(isLeadText(it.kind()) ? new Item(ItemKind.HEADER_TEXT, it.lines()) : it);
        }
        headerItems.addAll(msg.header());
        List<Item> bodyPrefix = readHeader(expandCollapsed(headerItems));
        finishClassifiedBy();
        List<Item> bodyItems = new ArrayList<>(bodyPrefix);
        bodyItems.addAll(readSectionHeaders(msg.body()));
        for (Item it : bodyItems) {
            if (it.kind() == ItemKind.OFFICE_INFO || it.kind() == ItemKind.OFFICES || it.kind() == ItemKind.COUNTER) {
                recoverCollapsedEnvelope(it.first().text(), it);
            }
        }

        Optional<Integer> citingYear = dtg.flatMap(DateTimeGroup::instant)
                .map(i -> i.atZone(ZoneOffset.UTC).getYear());
        List<Reference> references = readReferences(citingYear.orElse(-1));

        BodyAssembler body = new BodyAssembler(diags, side,
                classLine.flatMap(Fields.ClassLine::origin).orElse(null));
        for (BodyAssembler.PageBreakAtStart p : leadPages) {
            body.addLeadPage(p);
        }
        body.headerHasClassifiedBy(classifiedBy.isPresent());
        BodyAssembler.Result b = body.assemble(bodyItems);
        for (Item it : bodyItems) {
            cover(it);
        }
        unrecognized.addAll(b.unrecognized());
        // a later page's office lines: the one distribution of the cable grows with them
        for (Item it : b.officeItems()) {
            if (it.kind() == ItemKind.COUNTER) {
                hasDistribution = true;
                distributionLines.addAll(it.lines());
                counters.add(Words.clean(it.first().text()));
            } else {
                readOffices(it);
            }
        }
        for (SourceLine l : b.captionLines()) {
            captions.addAll(Fields.captions(l.text()).captions());
            captionLines.add(l);
        }
        if (classifiedBy.isEmpty() && b.classifiedBy().isPresent()) {
            classifiedBy = b.classifiedBy();
        }
        if (classifiedBy.isEmpty()) {
            // "1. (U) CLASSIFIED BY ..." numbered as the first paragraph
            for (org.cablegram.model.Paragraph p : b.paragraphs()) {
                if (p.text().regionMatches(true, 0, "CLASSIFIED BY", 0, 13)) {
                    ClassifiedBy c = HeaderFields.classifiedBy(p.text());
                    classifiedBy = Optional.of(c);
                    if (side.span(p) != null) {
                        side.put(c, side.span(p), side.raw(p));
                    }
                }
                break;
            }
        }
        if (classLine.isEmpty() && b.sectionClassLine().isPresent()) {
            classLine = b.sectionClassLine();
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
                        addUnrecognized(l, null);
                    }
                    covered.set(l.number());
                }
            }
        }
        // safety net: every line belongs to some element
        for (SourceLine l : allLines) {
            if (!covered.get(l.number()) && !l.isBlank()) {
                addUnrecognized(l, DiagnosticCode.SYNTAX);
            }
        }

        Optional<Classification> classification = buildClassification();
        checkConsistency(classification);
        Optional<ReferenceId> refId = referenceId(classification, b, knownId);

        Optional<Envelope> envelope = Optional.empty();
        if (hasEnvelope) {
            Fields.De d = de.orElse(null);
            Envelope e = new Envelope(
                    som.map(Fields.Som::text), som.map(Fields.Som::channel).filter(s -> !s.isEmpty()),
                    som.map(Fields.Som::sequence).filter(s -> !s.isEmpty()), transmissionPrecedence,
                    routing,
                    d == null ? Optional.empty() : Optional.of(d.station()),
                    d == null ? Optional.empty() : d.serial(),
                    d == null ? Optional.empty() : d.section(),
                    d == null || d.day().isEmpty() ? OptionalInt.empty() : OptionalInt.of(d.day().get()),
                    d == null ? Optional.<LocalTime>empty() : d.time(),
                    security.map(Fields.Security::prosign),
                    security.flatMap(Fields.Security::level),
                    security.map(Fields.Security::signals).orElse(List.of()));
            envelope = Optional.of(e);
            side.put(e, envelopeLines);
        }
        Optional<Distribution> distribution = hasDistribution
                ? Optional.of(new Distribution(action, offices, totalCopies, counters, printNotes))
                : Optional.empty();
        distribution.ifPresent(d -> side.put(d, distributionLines));
        unrecognized.sort((x, y) -> Integer.compare(x.line(), y.line()));
        Cable cable = new Cable(refId, partial, envelope, distribution, dtg, from, to, info, classification, passing,
                eo, tags, subject, references, classifiedBy, b.paragraphs(), b.breaks(), b.summary(), b.comments(),
                b.signers(), b.trailer(), unrecognized);
        // the partial-extract notice is the cable's own flag, not an element of it
        side.put(cable, preambleLines);
        return cable;
    }

    // ---------------------------------------------------------------------------- lead

    /**
     * Where the passing lines of a classification line that has no origin and serial start: such
     * a line ("S E C R E T") has the shape of a banner and does not open the text header, so its
     * captions and passing lines stand at the end of the lead. They are the text lines after the
     * last banner, when a blank line follows the banner and only blank, caption and text lines
     * come before the text header (which has no classification line of its own).
     *
     * @return the index of the first lead item that belongs to the header; the lead's size if none
     */
    /** A text line of the lead; a word that looks like a routing indicator ("REFORM") is text there too. */
    private static boolean isLeadText(ItemKind k) {
        return k == ItemKind.LEAD_TEXT || k == ItemKind.STRAY_ROUTING;
    }

    private static int passingAfterBanner(List<Item> lead, List<Item> header) {
        if (header.isEmpty() || header.stream().anyMatch(x -> x.kind() == ItemKind.CLASS)) {
            return lead.size();
        }
        int j = lead.size();
        boolean text = false;
        while (j > 0 && (lead.get(j - 1).kind() == ItemKind.BLANK || lead.get(j - 1).kind() == ItemKind.CAPTION
                || isLeadText(lead.get(j - 1).kind()))) {
            text |= isLeadText(lead.get(j - 1).kind());
            j--;
        }
        if (!text || j == 0 || j >= lead.size() || lead.get(j - 1).kind() != ItemKind.BANNER
                || lead.get(j).kind() != ItemKind.BLANK) {
            return lead.size();
        }
        return j;
    }

    /** Which address block unmarked lines continue. */
    private static final class LeadState {
        List<Addressee> block;
        List<Addressee> lastBlock;
        boolean xmt;
        boolean lastNote;
    }

    private static final java.util.EnumSet<ItemKind> ENVELOPE_KINDS = java.util.EnumSet.of(ItemKind.SOM,
            ItemKind.ROUTING, ItemKind.DE, ItemKind.SECURITY, ItemKind.DTG, ItemKind.FROM, ItemKind.TO, ItemKind.INFO,
            ItemKind.XMT, ItemKind.STRAY_ROUTING, ItemKind.LEAD_TEXT, ItemKind.BLANK);
    private List<Item> leadRepeat;
    private final List<Item> leadHeaderItems = new ArrayList<>();

    private void readLeadItem(Item it, LeadState st) {
        cover(it);
        String text = it.first().text();
        if (it.kind() != ItemKind.LEAD_TEXT && it.kind() != ItemKind.STRAY_ROUTING) {
            st.lastNote = false;
        }
        boolean again = it.kind() == ItemKind.SOM && som.isPresent()
                || it.kind() == ItemKind.DTG && dtg.isPresent() && !to.isEmpty()
                || it.kind() == ItemKind.FROM && from.isPresent() && !to.isEmpty();
        if (again && leadRepeat == null) {
            // a second envelope inside the lead: the header block was repeated (database rows)
            leadRepeat = new ArrayList<>();
        }
        if (leadRepeat != null) {
            if (ENVELOPE_KINDS.contains(it.kind())) {
                leadRepeat.add(it);
                return;
            }
            closeLeadRepeat();
        }
        switch (it.kind()) {
            case BLANK:
                st.block = null;
                st.lastNote = false;
                break;
            case PREAMBLE:
                partial = true;
                preambleLines.addAll(it.lines());
                break;
            case PUBDATE:
                // a publisher's date ("Cable dated:", a weekday) is no part of the telegram; a
                // classification line run into it is
                java.util.regex.Matcher cd = CABLE_DATED.matcher(text);
                if (cd.find() && !text.substring(cd.end()).isBlank()
                        && Fields.classLine(text.substring(cd.end())).isPresent()) {
                    leadHeaderItems.add(new Item(ItemKind.CLASS, List.of(new SourceLine(it.first().number(),
                            text.substring(cd.end()), it.first().terminator()))));
                    addUnrecognized(new SourceLine(it.first().number(), text.substring(0, cd.end()), ""),
                            DiagnosticCode.UNRECOGNIZED_LINE);
                } else {
                    it.lines().forEach(l -> addUnrecognized(l, DiagnosticCode.UNRECOGNIZED_LINE));
                }
                break;
            case BANNER:
                layout(it, SideTable.LayoutKind.BANNER);
                if (it.kind() == ItemKind.BANNER && banner.isEmpty()) {
                    banner = Fields.classLine(text);
                }
                break;
            case SOM:
                if (som.isPresent()) {
                    diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second start-of-message line", it);
                    it.lines().forEach(l -> addUnrecognized(l, null));
                } else {
                    Fields.Som s = Fields.som(text);
                    som = Optional.of(s);
                    hasEnvelope = true;
                    envelopeLines.addAll(it.lines());
                    if (!s.wellFormed()) {
                        diags.add(DiagnosticCode.MALFORMED_ENVELOPE,
                                "start-of-message line lacks a channel designator or sequence number", it);
                    }
                }
                break;
            case ROUTING:
                readRouting(it);
                break;
            case DE:
                if (de.isPresent()) {
                    diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second DE line", it);
                    it.lines().forEach(l -> addUnrecognized(l, null));
                    break;
                }
                hasEnvelope = true;
                envelopeLines.addAll(it.lines());
                Fields.De d = Fields.de(text);
                de = Optional.of(d);
                if (!d.wellFormed()) {
                    diags.add(DiagnosticCode.MALFORMED_ENVELOPE,
                            "DE line should read DE <station> #<serial>[/<section>] <day><hhmm>", it);
                }
                if (!d.leftover().isEmpty() && d.leftover().startsWith("ZN") && security.isEmpty()) {
                    security = Optional.of(Fields.security(d.leftover()));
                }
                break;
            case SECURITY:
                if (security.isPresent()) {
                    diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second security line", it);
                    it.lines().forEach(l -> addUnrecognized(l, null));
                    break;
                }
                hasEnvelope = true;
                envelopeLines.addAll(it.lines());
                security = Optional.of(Fields.security(text));
                break;
            case DTG:
                readDtg(it);
                break;
            case FROM:
                readFrom(it);
                break;
            case TO:
                st.block = to;
                st.lastBlock = to;
                st.xmt = false;
                readAddressees(it, to, st);
                break;
            case INFO:
                st.block = info;
                st.lastBlock = info;
                st.xmt = false;
                readAddressees(it, info, st);
                break;
            case XMT:
                readXmt(it, st);
                break;
            case ACTION_OFFICE:
            case OFFICE_INFO:
            case OFFICES:
            case COPIES:
                readOffices(it);
                break;
            case COUNTER:
                hasDistribution = true;
                distributionLines.addAll(it.lines());
                counters.add(Fields.counter(text).text());
                break;
            case PRINT_NOTE:
                hasDistribution = true;
                distributionLines.addAll(it.lines());
                printNotes.add(Fields.printNote(text).text());
                st.lastNote = true;
                return;
            case PRINT_PAGE:
                Fields.page(text).ifPresent(p -> leadPages.add(new BodyAssembler.PageBreakAtStart(p, it)));
                break;
            case CAPTION:
                captions.addAll(Fields.captions(text).captions());
                captionLines.addAll(it.lines());
                break;
            case DASH:
                layout(it, SideTable.LayoutKind.RULE);
                break;
            case LEAD_TEXT:
            case STRAY_ROUTING:
                if (st.lastNote && !printNotes.isEmpty()) {
                    // a DRAFTED BY / APPROVED BY line wrapped onto the next line
                    int last = printNotes.size() - 1;
                    printNotes.set(last, printNotes.get(last) + " " + Words.clean(text));
                    distributionLines.addAll(it.lines());
                    return;
                }
                if (st.block == null && st.lastBlock != null && !st.xmt
                        && ROUTED_ADDRESSEE.matcher(text.strip()).matches()) {
                    // an addressee with its routing indicator after a stray blank line
                    st.block = st.lastBlock;
                }
                if (st.block != null) {
                    // unmarked continuation of an address block after a page line
                    if (st.xmt) {
                        attachExempted(st.block, Words.clean(text), it.lines());
                    } else {
                        Fields.addressee(text).ifPresent(a -> addAddressee(st.block, a, it.first()));
                    }
                } else {
                    it.lines().forEach(l -> addUnrecognized(l, DiagnosticCode.UNRECOGNIZED_LINE));
                }
                break;
            default:
                it.lines().forEach(l -> addUnrecognized(l, DiagnosticCode.UNRECOGNIZED_LINE));
        }
    }

    private static final java.util.regex.Pattern CABLE_DATED = java.util.regex.Pattern.compile(
            "^\\s*(?i:Cable dated:)\\s*\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?)?");

    /**
     * Splits header lines that hold several elements (lost newlines) into one item each
     * ({@link CollapsedLines}), after taking a message run into a header line apart.
     */
    private List<Item> expandCollapsed(List<Item> items) {
        items = splitRunInMessages(items);
        String origin = classLine.flatMap(Fields.ClassLine::origin).orElse(null);
        for (int i = 0; i < items.size() && origin == null; i++) {
            if (items.get(i).kind() == ItemKind.CLASS) {
                origin = Fields.classLine(items.get(i).first().text())
                        .flatMap(Fields.ClassLine::origin).orElse(null);
            }
        }
        return new CollapsedLines(diags, origin).expand(items, classLine.isEmpty());
    }

    /**
     * A start of message run into a header line after blanks ("SECRET\t\tVZCZCXRO2956"), as the
     * lexer reads a VZCZC line in the header: a repeated or appended message. The text before it
     * stays (a classification word alone is a banner); the start of message and the envelope
     * lines after it are kept as unrecognized lines, as a repeated envelope in the lead is. A
     * classification line with origin and serial run into the last envelope line after blanks
     * ("RUEHTRO/AMEMBASSY TRIPOLI 5383\tS E C R E T TRIPOLI 000417") opens the text header again.
     */
    private List<Item> splitRunInMessages(List<Item> items) {
        List<Item> out = null;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            int som = it.lines().size() == 1 && (it.kind() == ItemKind.CLASS || it.kind() == ItemKind.HEADER_TEXT)
                    ? runInStartOfMessage(it.first().text()) : -1;
            if (som < 0) {
                if (out != null) {
                    out.add(it);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(items.subList(0, i));
            }
            SourceLine l = it.first();
            String before = l.text().substring(0, som);
            boolean banner = Fields.classLine(before)
                    .filter(c -> c.origin().isEmpty() && c.serial().isEmpty() && c.section().isEmpty()).isPresent();
            out.add(new Item(banner ? ItemKind.BANNER : it.kind(), List.of(new SourceLine(l.number(), before, ""))));
            List<SourceLine> repeated = new ArrayList<>();
            repeated.add(new SourceLine(l.number(), l.text().substring(som), l.terminator()));
            Item reopened = null;
            int j = i + 1;
            while (reopened == null && j < items.size() && items.get(j).kind() == ItemKind.HEADER_TEXT
                    && items.get(j).lines().size() == 1 && isEnvelopeLine(items.get(j).first().text())) {
                SourceLine e = items.get(j).first();
                int c = runInClassLine(e.text());
                if (c > 0) {
                    repeated.add(new SourceLine(e.number(), e.text().substring(0, c), ""));
                    reopened = new Item(ItemKind.CLASS,
                            List.of(new SourceLine(e.number(), e.text().substring(c), e.terminator())));
                } else {
                    repeated.add(e);
                }
                j++;
            }
            diags.add(DiagnosticCode.REPEATED_HEADER, "message header repeated at lines " + l.number() + "-"
                    + repeated.get(repeated.size() - 1).number() + ", its start run into line " + l.number()
                    + "; kept as unrecognized lines", Spans.of(repeated));
            for (SourceLine r : repeated) {
                addUnrecognized(r, null);
            }
            if (reopened != null) {
                out.add(reopened);
            }
            i = j - 1;
        }
        return out == null ? items : out;
    }

    /** Where a start-of-message run into a line after text and blanks starts; -1 if none. */
    private static int runInStartOfMessage(String text) {
        int i = text.indexOf("VZCZC", 1);
        if (i < 0 || !Words.isBlank(text.charAt(i - 1)) || text.substring(0, i).isBlank()) {
            return -1;
        }
        return i;
    }

    private static final Pattern ENVELOPE_LINE = Pattern.compile(
            "(?:ZZ|OO|PP|RR|YY)\\s+R[A-Z]{3}.*|DE\\s+R[A-Z]{3}.*|ZN[RY](?:\\s.*)?|[ZOPR](?:\\s[ZOPR])?\\s+\\d{6}Z\\s.*"
            + "|(?:FM|TO|INFO|XMT)\\s.+|R[A-Z]{3,}/.*|R[A-Z]{3,}(?:\\s+R[A-Z]{3,})*");

    /** Whether a header line reads as a line of a message envelope (routing, DE, ZNY, DTG, FM, TO, INFO, addressee). */
    private static boolean isEnvelopeLine(String text) {
        return ENVELOPE_LINE.matcher(Words.clean(text)).matches();
    }

    /**
     * Where a classification line with origin and serial starts after blanks inside the line
     * ("RUEHTRO/AMEMBASSY TRIPOLI 5383\tS E C R E T TRIPOLI 000417"); -1 if none.
     */
    private static int runInClassLine(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Words.isBlank(text.charAt(i - 1)) && !Words.isBlank(text.charAt(i)) && Character.isUpperCase(text.charAt(i))
                    && !text.substring(0, i).isBlank()) {
                Optional<Fields.ClassLine> c = Fields.classLine(text.substring(i));
                if (c.isPresent() && c.get().origin().isPresent() && c.get().serial().isPresent()) {
                    return i;
                }
            }
        }
        return -1;
    }

    private void closeLeadRepeat() {
        if (leadRepeat == null) {
            return;
        }
        List<Item> block = leadRepeat;
        leadRepeat = null;
        while (!block.isEmpty() && block.get(block.size() - 1).kind() == ItemKind.BLANK) {
            block.remove(block.size() - 1);
        }
        if (block.isEmpty()) {
            return;
        }
        diags.add(DiagnosticCode.REPEATED_HEADER, "envelope repeated at lines " + block.get(0).first().number() + "-"
                + block.get(block.size() - 1).last().number() + "; kept as unrecognized lines", Spans.ofItems(block));
        for (Item b : block) {
            for (SourceLine l : b.lines()) {
                if (!l.isBlank()) {
                    addUnrecognized(l, null);
                }
            }
        }
    }

    private void readRouting(Item it) {
        hasEnvelope = true;
        if (transmissionPrecedence.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second routing line", it);
            for (SourceLine l : it.lines()) {
                addUnrecognized(l, null);
            }
            return;
        }
        Fields.Routing r = Fields.routing(it.joinedText());
        envelopeLines.addAll(it.lines());
        transmissionPrecedence = r.precedence();
        routing.addAll(r.indicators());
        for (String w : r.stray()) {
            diags.add(DiagnosticCode.MALFORMED_ENVELOPE, "'" + w + "' is not a routing indicator", it);
        }
    }

    private void readDtg(Item it) {
        if (dtg.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT,
                    "second date-time group line (a readdressed message); the first one is used", it);
            it.lines().forEach(l -> addUnrecognized(l, null));
            return;
        }
        Fields.Dtg d = Fields.dtg(it.first().text());
        DateTimeGroup g = new DateTimeGroup(d.precedence(), d.infoPrecedence(), d.text(), d.instant(), d.signals());
        side.put(g, it.lines());
        dtg = Optional.of(g);
        if (d.instant().isEmpty()) {
            diags.add(DiagnosticCode.INVALID_DATE_TIME, "'" + d.text() + "' is not a valid date-time group", it);
        }
        if (d.gluedFrom().isPresent() && from.isEmpty()) {
            from = Optional.of(Words.clean(d.gluedFrom().get()));
        }
    }

    private void readFrom(Item it) {
        if (from.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second FM line", it);
            it.lines().forEach(l -> addUnrecognized(l, null));
            return;
        }
        String f = Fields.from(it.first().text());
        from = Optional.of(f);
        side.put(f, it.lines());
    }

    /** Adds an addressee read from one line; a line only the catch-all fits is kept whole, with a warning. */
    private void addAddressee(List<Addressee> list, Fields.AddresseeRead read, SourceLine line) {
        list.add(read.addressee());
        side.put(read.addressee(), List.of(line));
        if (!read.wellFormed()) {
            diags.add(DiagnosticCode.MALFORMED_ADDRESSEE,
                    "addressee line kept as written: '" + read.addressee().name() + "'", line);
        }
    }

    private void readAddressees(Item it, List<Addressee> list, LeadState st) {
        // the block's addressee lines are read in one parse, then placed in order among its
        // PAGE and XMT lines
        List<String> texts = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        boolean first = true;
        for (SourceLine l : it.lines()) {
            String t = Words.clean(l.text());
            String kind = "addressee";
            if (first) {
                t = t.substring(t.indexOf(' ') + 1).strip();
                first = false;
                if (t.startsWith("PAGE ") && Fields.page(t).isPresent()) {
                    kind = "page";
                }
            }
            if (kind.equals("addressee") && t.startsWith("XMT")) {
                kind = "xmt";
            }
            kinds.add(kind);
            texts.add(t);
        }
        List<String> addressees = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (kinds.get(i).equals("addressee")) {
                addressees.add(texts.get(i));
            }
        }
        List<Optional<Fields.AddresseeRead>> reads = Fields.addressees(addressees);
        int next = 0;
        for (int i = 0; i < texts.size(); i++) {
            SourceLine l = it.lines().get(i);
            String t = texts.get(i);
            switch (kinds.get(i)) {
                case "page" -> leadPages.add(new BodyAssembler.PageBreakAtStart(Fields.page(t).get(), it));
                case "xmt" -> attachExempted(list, Words.afterLeading(t.substring(3), "/"), List.of(l));
                default -> {
                    Optional<Fields.AddresseeRead> a = reads.get(next++);
                    if (a.isPresent()) {
                        addAddressee(list, a.get(), l);
                    } else if (!t.isEmpty()) {
                        diags.add(DiagnosticCode.MALFORMED_ADDRESSEE, "cannot read addressee '" + t + "'", l);
                        addUnrecognized(l, null);
                    }
                }
            }
        }
    }

    private void readXmt(Item it, LeadState st) {
        List<Addressee> target = st.block != null ? st.block : (!info.isEmpty() ? info : to);
        boolean first = true;
        for (SourceLine l : it.lines()) {
            String t = Words.clean(l.text());
            if (first) {
                t = Words.afterLeading(t.substring(3), "/");
                first = false;
            }
            attachExempted(target, t, List.of(l));
        }
        st.block = target;
        st.xmt = true;
        if (target.isEmpty()) {
            diags.add(DiagnosticCode.MALFORMED_ADDRESSEE, "XMT line without an addressee to exempt from", it);
            it.lines().forEach(l -> addUnrecognized(l, null));
        }
    }

    private void attachExempted(List<Addressee> list, String name, List<SourceLine> lines) {
        if (list.isEmpty() || name.isBlank()) {
            return;
        }
        Addressee last = list.get(list.size() - 1);
        List<String> ex = new ArrayList<>(last.exempted());
        ex.add(Words.collapse(name));
        Addressee updated = new Addressee(last.routingIndicator(), last.name(), last.precedence(), last.serial(), ex);
        list.set(list.size() - 1, updated);
        if (side.span(last) != null) {
            side.copy(updated, last);
            // the XMT line is read into the addressee it exempts from
            side.extend(updated, lines);
        }
    }

    private void readOffices(Item it) {
        hasDistribution = true;
        distributionLines.addAll(it.lines());
        Fields.Offices o = Fields.offices(it.first().text());
        List<OfficeCopies> list = new ArrayList<>(o.offices());
        if (o.action().isPresent()) {
            if (action.isEmpty()) {
                action = o.action();
            } else {
                list.add(0, o.action().get());
            }
        }
        offices.addAll(list);
        o.totalCopies().ifPresent(t -> totalCopies = Optional.of(t));
        if (!o.glued().isEmpty()) {
            // text glued after the office list (collapsed lines): keep the rest verbatim
            counters.add(o.glued());
            recoverCollapsedEnvelope(o.glued(), it);
        }
    }

    private static final java.util.regex.Pattern GLUED_DTG = java.util.regex.Pattern.compile(
            "(?:^|\\s)([ZOPR](?:\\s[ZOPR])?\\s\\d{6}Z\\s[A-Z]{3}\\s\\d{2})(?=\\s|$)");
    private static final java.util.regex.Pattern GLUED_FM = java.util.regex.Pattern.compile(
            "(?:^|\\s)FM\\s(.+?)(?=\\sTO\\s|\\sINFO\\s|$)");

    /** A date-time group and FM line run into the office lines of a received copy (lost newlines). */
    private void recoverCollapsedEnvelope(String text, Item it) {
        java.util.regex.Matcher m = GLUED_DTG.matcher(text);
        if (dtg.isEmpty() && m.find()) {
            Fields.Dtg d = Fields.dtg(m.group(1));
            if (d.instant().isPresent()) {
                DateTimeGroup g = new DateTimeGroup(d.precedence(), d.infoPrecedence(), d.text(), d.instant(),
                        List.of());
                dtg = Optional.of(g);
                side.put(g, it.lines());
                diags.add(DiagnosticCode.COLLAPSED_LINE, "date-time group read from a line it was run into", it);
            }
        }
        java.util.regex.Matcher f = GLUED_FM.matcher(text);
        if (from.isEmpty() && f.find()) {
            from = Optional.of(f.group(1).strip());
        }
    }

    // -------------------------------------------------------------------------- header

    static boolean isKeyword(ItemKind k) {
        return k == ItemKind.CLASS || k == ItemKind.EO || k == ItemKind.TAGS || k == ItemKind.SUBJECT
                || k == ItemKind.REF || k == ItemKind.CLASSIFIED_BY;
    }

    private static final java.util.regex.Pattern CLASSIFIED_BY_TAIL = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:\\(?reasons?\\b|for\\s+reasons?\\b|e\\.?\\s?o\\.?\\s?1[23]\\d{3}|1\\s?\\.\\s?[45]\\b"
            + "|\\(?[a-h]\\)?(?:\\s*(?:,|and|&)\\s*\\(?[a-h]\\)?)+\\.?\\s*$|and\\s+\\(?[a-h]\\)|declassif|decl\\b|derived\\s+from)");

    /** Whether the header is being read again (a later section of a received copy). */
    private boolean repeatMode;

    /** Reads the header items; returns the trailing items that belong to the body. */
    private List<Item> readHeader(List<Item> items) {
        int last = -1;
        for (int i = 0; i < items.size(); i++) {
            if (isKeyword(items.get(i).kind())) {
                last = i;
            }
        }
        List<Item> leadingBreaks = new ArrayList<>();
        List<Item> toBody = new ArrayList<>();
        Item previousPassing = null;
        List<SourceLine> passingSource = new ArrayList<>();
        boolean blankSincePassing = true;
        boolean refContinues = false;
        Item lastKeyword = null;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.kind() == ItemKind.SECTION_MARK) {
                (i > last ? toBody : leadingBreaks).add(it);
                continue;
            }
            if (it.kind() == ItemKind.PARAGRAPH || it.kind() == ItemKind.TEXT) {
                // paragraphs a header element's text ran into (lost newlines)
                toBody.add(it);
                continue;
            }
            if (it.kind() == ItemKind.HEADER_TEXT && classifiedByItem != null && !repeatMode
                    && absorbsClassifiedByTail(items, i, lastKeyword)) {
                // the reason clause of Classified By wrapped past a blank or a section line
                cbTail.addAll(it.lines());
                cover(it);
                continue;
            }
            if (i > last) {
                // after the last header keyword: lettered REF items still belong to the REF block
                if (refContinues && !repeatMode && it.kind() == ItemKind.HEADER_TEXT && continuesReferences(it)) {
                    refExtra.addAll(it.lines());
                    cover(it);
                    continue;
                }
                if (refContinues && it.kind() == ItemKind.BLANK) {
                    toBody.add(it);
                    continue;
                }
                refContinues = false;
                if (it.kind() == ItemKind.CAPTION) {
                    cover(it);
                    captions.addAll(Fields.captions(it.first().text()).captions());
                    captionLines.addAll(it.lines());
                    continue;
                }
                toBody.add(it.kind() == ItemKind.HEADER_TEXT ? new Item(CollapsedLines.startsParagraph(it.first().text())
                        ? ItemKind.PARAGRAPH : ItemKind.TEXT, it.lines()) : it);
                continue;
            }
            cover(it);
            if (isKeyword(it.kind())) {
                lastKeyword = it;
            }
            switch (it.kind()) {
                case CLASS:
                    if (!repeatMode) {
                        readClassLine(it);
                    } else {
                        duplicate(it, "classification line");
                    }
                    break;
                case EO:
                    if (!repeatMode || eo.isEmpty()) {
                        readEo(it);
                    } else {
                        duplicate(it, "E.O. line");
                    }
                    break;
                case TAGS:
                    if (!repeatMode || tags.isEmpty()) {
                        readTags(it);
                    } else {
                        duplicate(it, "TAGS line");
                    }
                    break;
                case SUBJECT:
                    if (!repeatMode || subject.isEmpty()) {
                        readSubject(it);
                    } else {
                        duplicate(it, "SUBJECT line");
                    }
                    break;
                case REF:
                    if (refItem == null) {
                        refItem = it;
                        refNext = HeaderFields.references(texts(it.lines()), -1, null).next();
                    } else if (repeatMode || !continuesReferences(it)) {
                        duplicate(it, "REF block");
                    } else {
                        // REF A ... / REF B ...: a second keyword line that goes on with the letters
                        refExtra.addAll(it.lines());
                    }
                    refContinues = i == last;
                    break;
                case CLASSIFIED_BY:
                    if (!repeatMode || classifiedByItem == null) {
                        readClassifiedBy(it);
                    } else {
                        duplicate(it, "Classified By line");
                    }
                    break;
                case CAPTION:
                    captions.addAll(Fields.captions(it.first().text()).captions());
                    captionLines.addAll(it.lines());
                    break;
                case BANNER:
                    layout(it, SideTable.LayoutKind.BANNER);
                    if (banner.isEmpty()) {
                        banner = Fields.classLine(it.first().text());
                    }
                    break;
                case BLANK:
                    blankSincePassing = true;
                    break;
                case DASH:
                    layout(it, SideTable.LayoutKind.RULE);
                    break;
                case HEADER_TEXT:
                    String t = Words.clean(it.first().text());
                    if (t.isEmpty()) {
                        // a line of conversion debris only (a lone backslash) separates like a blank line
                        blankSincePassing = true;
                        layout(it, SideTable.LayoutKind.BLANK);
                        break;
                    }
                    if (repeatMode) {
                        if (passing.contains(t)) {
                            duplicate(it, "passing line");
                        } else {
                            it.lines().forEach(l -> addUnrecognized(l, DiagnosticCode.UNRECOGNIZED_LINE));
                        }
                        break;
                    }
                    if (refItem != null && refItem == previousKeyword(items, i) && continuesReferences(it)) {
                        refExtra.addAll(it.lines());
                    } else if (previousPassing != null && !blankSincePassing && !HeaderFields.opensPassing(t)) {
                        String before = passing.remove(passing.size() - 1);
                        side.forget(before);
                        String joined = before + " " + t;
                        passing.add(joined);
                        // the joined line keeps every line it was made of
                        passingSource.addAll(it.lines());
                        side.put(joined, passingSource);
                        previousPassing = it;
                    } else {
                        passing.add(t);
                        side.put(t, it.lines());
                        passingSource = new ArrayList<>(it.lines());
                        previousPassing = it;
                        blankSincePassing = false;
                    }
                    break;
                default:
                    addUnrecognized(it.first(), DiagnosticCode.UNRECOGNIZED_LINE);
            }
        }
        List<Item> out = new ArrayList<>(leadingBreaks);
        out.addAll(toBody);
        return out;
    }

    private final List<SourceLine> cbTail = new ArrayList<>();
    private Item classifiedByItem;
    private final List<SourceLine> preambleLines = new ArrayList<>();

    /**
     * Keeps a header element that occurs a second time as unrecognized lines: the first one is
     * the cable's. A received copy repeats its text header in each later section, and says so
     * once (REPEATED_HEADER): a repeat there is reported for information only.
     */
    private void duplicate(Item it, String what) {
        if (repeatMode) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, org.cablegram.Severity.INFO,
                    what + " of the text header repeated in a later section; the first one is used", Spans.of(it));
        } else {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second " + what, it);
        }
        it.lines().forEach(l -> addUnrecognized(l, null));
    }

    /** Records the lines of an item the readers take as layout. */
    private void layout(Item it, SideTable.LayoutKind kind) {
        it.lines().forEach(l -> side.layout(l, kind));
    }

    /** A reason clause, alone on a line after Classified By (blank lines and section lines may intervene). */
    private static final java.util.regex.Pattern DECLASSIFY_LINE = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:declassify|declassified|decl\\b|decl\\s+on|derived\\s+from)");

    private boolean absorbsClassifiedByTail(List<Item> items, int i, Item lastKeyword) {
        String t = items.get(i).first().text();
        // a "Declassify on:" line belongs to the classification block wherever it stands in the header
        if (DECLASSIFY_LINE.matcher(t).find()) {
            return true;
        }
        // the next line of an absorbed line, with no blank between, continues it
        if (i > 0 && items.get(i - 1).kind() == ItemKind.HEADER_TEXT && cbTail.contains(items.get(i - 1).last())
                && t.length() < 120) {
            return true;
        }
        if (lastKeyword == null || lastKeyword.kind() != ItemKind.CLASSIFIED_BY
                || classifiedBy.isPresent() && !classifiedBy.get().reasons().isEmpty() && cbTail.isEmpty()) {
            return false;
        }
        for (int j = i - 1; j >= 0; j--) {
            ItemKind k = items.get(j).kind();
            if (k == ItemKind.CLASSIFIED_BY) {
                break;
            }
            if (k != ItemKind.BLANK && k != ItemKind.SECTION_MARK && !(k == ItemKind.HEADER_TEXT
                    && cbTail.contains(items.get(j).first()))) {
                return false;
            }
        }
        return t.length() < 120 && CLASSIFIED_BY_TAIL.matcher(t).find();
    }

    /** The letter a line that continues the REF block must open with; empty when none can. */
    private Optional<String> refNext = Optional.empty();

    /**
     * Whether a header item continues the REF block: it opens with the bullet of the block's next
     * letter (a lettered line after a blank, a second keyword line {@code REF B ...}).
     */
    private boolean continuesReferences(Item it) {
        if (refNext.isEmpty()) {
            return false;
        }
        HeaderFields.ReferenceRead read = HeaderFields.references(texts(it.lines()), -1, refNext.get());
        if (!read.opening().equals(refNext)) {
            return false;
        }
        refNext = read.next();
        return true;
    }

    private static List<String> texts(List<SourceLine> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (SourceLine l : lines) {
            out.add(l.text());
        }
        return out;
    }

    /**
     * A received copy repeats the text header after the classification line of each later
     * section. Its elements fill what the first header lacks; the rest goes back to the body.
     */
    private List<Item> readSectionHeaders(List<Item> body) {
        List<Item> out = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            Item it = body.get(i);
            out.add(it);
            if (it.kind() != ItemKind.BODY_CLASS) {
                continue;
            }
            int j = i + 1;
            while (j < body.size() && isHeaderZoneKind(body.get(j).kind())) {
                j++;
            }
            if (j == i + 1) {
                continue;
            }
            List<Item> repeated = expandCollapsed(body.subList(i + 1, j));
            boolean anyKeyword = repeated.stream().anyMatch(x -> isKeyword(x.kind()));
            if (anyKeyword) {
                diags.add(DiagnosticCode.REPEATED_HEADER, org.cablegram.Severity.INFO,
                        "text header repeated at the start of a later section (received copy)",
                        Spans.ofItems(repeated));
            }
            repeatMode = true;
            out.addAll(readHeader(repeated));
            repeatMode = false;
            i = j - 1;
        }
        return out;
    }

    private static boolean isHeaderZoneKind(ItemKind k) {
        return isKeyword(k) || k == ItemKind.HEADER_TEXT || k == ItemKind.CAPTION || k == ItemKind.BLANK
                || k == ItemKind.BANNER || k == ItemKind.DASH || k == ItemKind.SECTION_MARK;
    }

    private static Item previousKeyword(List<Item> items, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (isKeyword(items.get(j).kind())) {
                return items.get(j);
            }
        }
        return null;
    }

    private void readClassLine(Item it) {
        Optional<Fields.ClassLine> c = Fields.classLine(it.first().text());
        if (c.isEmpty()) {
            diags.add(DiagnosticCode.UNKNOWN_CLASSIFICATION, "cannot read the classification level", it);
            it.lines().forEach(l -> addUnrecognized(l, null));
            return;
        }
        if (classLine.isPresent() && c.get().level() == classLine.get().level()
                && c.get().onlyCaveats()) {
            // a banner of the same level repeating the caveats (SECRET//FGI//NOFORN): merge them
            Fields.ClassLine k = classLine.get();
            java.util.LinkedHashSet<String> caveats = new java.util.LinkedHashSet<>(k.caveats());
            caveats.addAll(c.get().caveats());
            classLine = Optional.of(new Fields.ClassLine(k.level(), k.efto() || c.get().efto(),
                    List.copyOf(caveats), k.section(), k.origin(), k.serial(), k.serialEnd(), k.onlyCaveats()));
            captionLines.addAll(it.lines());
            return;
        }
        if (classLine.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second classification line in the header", it);
            it.lines().forEach(l -> addUnrecognized(l, null));
            return;
        }
        classLine = c;
        classLineItem = it;
    }

    private Item classLineItem;
    private final List<SourceLine> captionLines = new ArrayList<>();
    private final List<SourceLine> envelopeLines = new ArrayList<>();
    private final List<SourceLine> distributionLines = new ArrayList<>();

    private void readEo(Item it) {
        if (eo.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second E.O. line", it);
            it.lines().forEach(l -> addUnrecognized(l, null));
            return;
        }
        HeaderFields.Eo e = HeaderFields.eo(it.joinedText());
        eo = Optional.of(e.order());
        side.put(e.order(), it.lines());
        if (!e.wellFormed()) {
            diags.add(DiagnosticCode.MALFORMED_HEADER_FIELD, "E.O. line without an order number, kept as written", it);
        }
        if (e.badDate()) {
            diags.add(DiagnosticCode.INVALID_DECLASSIFICATION_DATE,
                    "declassification date in '" + e.order().text() + "' is not a valid date", it);
        }
        if (e.gluedTags().isPresent() && tags.isEmpty()) {
            addTags(HeaderFields.tags(e.gluedTags().get()), it);
        }
    }

    private void readTags(Item it) {
        if (!tags.isEmpty()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second TAGS line", it);
            it.lines().forEach(l -> addUnrecognized(l, null));
            return;
        }
        List<String> lines = new ArrayList<>();
        for (SourceLine l : it.lines()) {
            lines.add(l.text());
        }
        HeaderFields.TagItems read = HeaderFields.tagItems(lines);
        if (!read.wellFormed()) {
            diags.add(DiagnosticCode.MALFORMED_HEADER_FIELD, "TAGS line without its keyword, kept as written", it);
        }
        addTags(HeaderFields.tags(read), it);
    }

    private void addTags(List<Tag> list, Item it) {
        tags.addAll(list);
        // every tag is read from all the lines of the TAGS element
        side.putAll(list, it.lines());
    }

    private void readSubject(Item it) {
        if (subject.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second SUBJECT line", it);
            it.lines().forEach(l -> addUnrecognized(l, null));
            return;
        }
        List<String> lines = new ArrayList<>();
        for (SourceLine l : it.lines()) {
            lines.add(l.text());
        }
        HeaderFields.SubjectRead read = HeaderFields.subject(lines);
        Subject s = read.subject();
        subject = Optional.of(s);
        side.put(s, it.lines());
        if (!read.wellFormed()) {
            diags.add(DiagnosticCode.MALFORMED_HEADER_FIELD, "SUBJECT line without its keyword, kept as written", it);
        }
    }

    private void readClassifiedBy(Item it) {
        if (classifiedBy.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second Classified By line", it);
            it.lines().forEach(l -> addUnrecognized(l, null));
            return;
        }
        HeaderFields.ClassifiedByRead read = HeaderFields.classifiedByRead(it.joinedText());
        ClassifiedBy c = read.classifiedBy();
        classifiedBy = Optional.of(c);
        classifiedByItem = it;
        side.put(c, it.lines());
        if (!read.wellFormed()) {
            diags.add(DiagnosticCode.MALFORMED_HEADER_FIELD, "Classified By line without its keyword, kept as written", it);
        }
    }

    /** Reads Classified By again with the wrapped lines found after it. */
    private void finishClassifiedBy() {
        if (classifiedByItem == null || cbTail.isEmpty()) {
            return;
        }
        List<SourceLine> lines = new ArrayList<>(classifiedByItem.lines());
        lines.addAll(cbTail);
        StringBuilder text = new StringBuilder();
        StringBuilder rawText = new StringBuilder();
        for (SourceLine l : lines) {
            text.append(' ').append(l.text().strip());
            rawText.append(l.raw());
        }
        ClassifiedBy c = HeaderFields.classifiedBy(text.toString());
        // the first reading, without the wrapped lines, is no element of the cable
        classifiedBy.ifPresent(side::forget);
        classifiedBy = Optional.of(c);
        side.put(c, lines);
    }

    private List<Reference> readReferences(int citingYear) {
        if (refItem == null) {
            return List.of();
        }
        List<SourceLine> lines = new ArrayList<>(refItem.lines());
        lines.addAll(refExtra);
        HeaderFields.ReferenceRead read = HeaderFields.references(texts(lines), citingYear, null);
        if (read.items().isEmpty()) {
            // a REF keyword with nothing to read after it
            lines.forEach(l -> addUnrecognized(l, DiagnosticCode.UNRECOGNIZED_LINE));
            return List.of();
        }
        if (!read.wellFormed()) {
            diags.add(DiagnosticCode.MALFORMED_HEADER_FIELD, "REF block without its keyword, kept as written", refItem);
        }
        // a year-less reference to the cable's own post with a higher serial is from the year before
        Optional<String> ownOrigin = classLine.flatMap(Fields.ClassLine::origin).map(o -> o.replace(" ", ""));
        Optional<Integer> ownSerial = classLine.flatMap(Fields.ClassLine::serial).map(Integer::parseInt);
        String prefix = citingYear > 0 && ownOrigin.isPresent() && ownSerial.isPresent()
                ? ReferenceId.of(citingYear, ownOrigin.get(), "").id() : null;
        List<Reference> refs = new ArrayList<>(read.items().size());
        for (HeaderFields.RefItem item : read.items()) {
            Reference r = item.reference();
            // the ids of its own post's cables of that year start with the prefix
            String id = r.cableId().orElse("");
            if (prefix != null && !item.dated() && id.startsWith(prefix) && Words.allDigits(id.substring(prefix.length()))
                    && Integer.parseInt(id.substring(prefix.length())) > ownSerial.get()) {
                r = new Reference(r.letter(), r.text(), r.kind(),
                        Optional.of(ReferenceId.of(citingYear - 1, ownOrigin.get(), id.substring(prefix.length())).id()));
            }
            refs.add(r);
        }
        // every reference is read from the whole block
        side.putAll(refs, lines);
        for (Reference r : refs) {
            if (r.kind() == org.cablegram.model.ReferenceKind.CABLE && r.cableId().isEmpty()) {
                diags.add(DiagnosticCode.MALFORMED_REFERENCE,
                        "reference '" + r.text() + "' cites a cable but the year is unknown", refItem);
            }
        }
        return refs;
    }

    // ------------------------------------------------------------------- classification

    private Optional<Classification> buildClassification() {
        Optional<Fields.ClassLine> c = classLine.isPresent() ? classLine : banner;
        if (c.isEmpty()) {
            if (security.flatMap(Fields.Security::level).isPresent()) {
                diags.add(DiagnosticCode.MISSING_CLASSIFICATION,
                        "no classification line; the level is taken from the security line",
                        org.cablegram.SourceSpan.at(1, 1));
                ClassificationLevel level = security.flatMap(Fields.Security::level).get();
                Classification fromSecurity = new Classification(level, false, List.of(), Optional.empty(),
                        Optional.empty(), Optional.empty(), List.copyOf(captions));
                side.put(fromSecurity, captionLines);
                return Optional.of(fromSecurity);
            }
            diags.add(DiagnosticCode.MISSING_CLASSIFICATION, "no classification line", org.cablegram.SourceSpan.at(1, 1));
            // captions have no classification to belong to
            captionLines.forEach(l -> addUnrecognized(l, DiagnosticCode.UNRECOGNIZED_LINE));
            return Optional.empty();
        }
        Fields.ClassLine l = c.get();
        Classification cl = new Classification(l.level(), l.efto(), l.caveats(), l.section(), l.origin(), l.serial(),
                List.copyOf(captions));
        // a classification read from a banner or the security line still owns its caption lines
        List<SourceLine> ls = new ArrayList<>(classLineItem != null ? classLineItem.lines() : List.of());
        ls.addAll(captionLines);
        ls.sort(java.util.Comparator.comparingInt(SourceLine::number));
        side.put(cl, ls);
        return Optional.of(cl);
    }

    private void checkConsistency(Optional<Classification> classification) {
        if (classification.isEmpty() || classLineItem == null) {
            return;
        }
        Classification c = classification.get();
        Optional<ClassificationLevel> sec = security.flatMap(Fields.Security::level);
        if (sec.isPresent() && sec.get() != c.level()
                && !(sec.get() == ClassificationLevel.UNCLASSIFIED && c.level() == ClassificationLevel.LIMITED_OFFICIAL_USE)) {
            diags.add(DiagnosticCode.INCONSISTENT, "security line says " + sec.get() + " but the text is "
                    + c.level(), classLineItem);
        }
        if (de.isPresent() && de.get().serial().isPresent() && c.serial().isPresent()) {
            String ds = Words.withoutLeadingZeros(de.get().serial().get());
            String cs = Words.withoutLeadingZeros(c.serial().get());
            if (!cs.endsWith(ds) && !ds.endsWith(cs.length() > 4 ? cs.substring(cs.length() - 4) : cs)) {
                diags.add(DiagnosticCode.INCONSISTENT, "DE serial " + ds + " does not match serial " + cs,
                        classLineItem);
            }
        }
    }

    // ---------------------------------------------------------------------- reference id

    private Optional<ReferenceId> referenceId(Optional<Classification> classification, BodyAssembler.Result b,
            Optional<String> knownId) {
        Optional<Integer> year = dtg.flatMap(DateTimeGroup::instant).map(i -> i.atZone(ZoneOffset.UTC).getYear());
        Optional<String> origin = classification.flatMap(Classification::origin);
        Optional<String> serial = classification.flatMap(Classification::serial);
        if (origin.isEmpty() || serial.isEmpty()) {
            if (b.sectionMark().isPresent()) {
                origin = Optional.of(b.sectionMark().get().origin());
                serial = Optional.of(b.sectionMark().get().serial());
            }
        }
        Optional<ReferenceId> id = Optional.empty();
        if (year.isPresent() && origin.isPresent() && serial.isPresent()) {
            id = Optional.of(ReferenceId.of(year.get(), origin.get(), serial.get()));
        } else {
            List<String> missing = new ArrayList<>();
            if (year.isEmpty()) {
                missing.add("year (no date-time group)");
            }
            if (origin.isEmpty() || serial.isEmpty()) {
                missing.add("origin and serial (no classification line with them)");
            }
            diags.add(DiagnosticCode.NO_REFERENCE_ID, "no reference id: the text lacks the " + String.join(" and ", missing),
                    org.cablegram.SourceSpan.at(1, 1));
        }
        if (knownId.isPresent()) {
            String k = knownId.get().strip().toUpperCase(Locale.ROOT);
            boolean agrees = id.isPresent() && (id.get().id().equals(k)
                    || id.get().naraDocumentNumber().map(k::equals).orElse(false));
            if (id.isPresent() && !agrees) {
                diags.add(DiagnosticCode.REFERENCE_ID_MISMATCH, "the text gives reference id " + id.get().id()
                        + ", not " + knownId.get().strip(), org.cablegram.SourceSpan.at(1, 1));
            }
        }
        return id;
    }

    // --------------------------------------------------------------------------- helpers

    private void cover(Item it) {
        List<SourceLine> lines = it.lines();
        for (int i = 0; i < lines.size(); i++) {
            covered.set(lines.get(i).number());
        }
    }

    private void addUnrecognized(SourceLine l, DiagnosticCode code) {
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

}

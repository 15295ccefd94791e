package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Fields;
import org.cablegram.internal.fields.Words;

import org.cablegram.internal.engine.Item;
import org.cablegram.internal.engine.ItemKind;
import org.cablegram.internal.engine.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cablegram.DiagnosticCode;
import org.cablegram.model.Cable;

/**
 * Reads the lead of a telegram: the envelope (start of message, routing, DE, security, date-time
 * group, FM, TO, INFO, XMT, the lines of which {@link EnvelopeReader} reads), the print header of a
 * received copy (offices, copies, counters, notes), and an envelope written again inside the lead.
 */
final class LeadReader {

    private final AssemblyState state;
    private final Coverage coverage;
    private final Diagnostics diags;
    private final EnvelopeReader envelope;
    /** The items of an envelope written again inside the lead, while it lasts; null outside one. */
    private List<Item> leadRepeat;

    LeadReader(AssemblyState state, Coverage coverage, Diagnostics diags, EnvelopeReader envelope) {
        this.state = state;
        this.coverage = coverage;
        this.diags = diags;
        this.envelope = envelope;
    }

    private static final Pattern ROUTED_ADDRESSEE = Pattern.compile("(?:R[A-Z]{3,7}|ZEN)/\\S.*");

    // ---------------------------------------------------------------------------- lead

    /** A text line of the lead; a word that looks like a routing indicator ("REFORM") is text there too. */
    static boolean isLeadText(ItemKind k) {
        return k == ItemKind.LEAD_TEXT || k == ItemKind.STRAY_ROUTING;
    }

    /**
     * Where the passing lines of a classification line that has no origin and serial start: such
     * a line ("S E C R E T") has the shape of a banner and does not open the text header, so its
     * captions and passing lines stand at the end of the lead. They are the text lines after the
     * last banner, when a blank line follows the banner and only blank, caption and text lines
     * come before the text header (which has no classification line of its own).
     *
     * @return the index of the first lead item that belongs to the header; the lead's size if none
     */
    static int passingAfterBanner(List<Item> lead, List<Item> header) {
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


    private static final java.util.EnumSet<ItemKind> ENVELOPE_KINDS = java.util.EnumSet.of(ItemKind.SOM,
            ItemKind.ROUTING, ItemKind.DE, ItemKind.SECURITY, ItemKind.DTG, ItemKind.FROM, ItemKind.TO, ItemKind.INFO,
            ItemKind.XMT, ItemKind.STRAY_ROUTING, ItemKind.LEAD_TEXT, ItemKind.BLANK);

    void readLeadItem(Item it, EnvelopeReader.LeadState st) {
        coverage.cover(it);
        String text = it.first().text();
        if (it.kind() != ItemKind.LEAD_TEXT && it.kind() != ItemKind.STRAY_ROUTING) {
            st.lastNote = false;
        }
        boolean again = it.kind() == ItemKind.SOM && state.som.isPresent()
                || it.kind() == ItemKind.DTG && state.dtg.isPresent() && !state.to.isEmpty()
                || it.kind() == ItemKind.FROM && state.from.isPresent() && !state.to.isEmpty();
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
                state.partial = true;
                state.preambleLines.addAll(it.lines());
                break;
            case PUBDATE:
                // a publisher's date ("Cable dated:", a weekday) is no part of the telegram; a
                // classification line run into it is
                java.util.regex.Matcher cd = CABLE_DATED.matcher(text);
                if (cd.find() && !text.substring(cd.end()).isBlank()
                        && Fields.classLine(text.substring(cd.end())).isPresent()) {
                    state.leadHeaderItems.add(new Item(ItemKind.CLASS, List.of(new SourceLine(it.first().number(),
                            text.substring(cd.end()), it.first().terminator()))));
                    coverage.addUnrecognized(new SourceLine(it.first().number(), text.substring(0, cd.end()), ""),
                            DiagnosticCode.UNRECOGNIZED_LINE);
                } else {
                    it.lines().forEach(l -> coverage.addUnrecognized(l, DiagnosticCode.UNRECOGNIZED_LINE));
                }
                break;
            case BANNER:
                coverage.layout(it, SideTable.LayoutKind.BANNER);
                if (it.kind() == ItemKind.BANNER && state.banner.isEmpty()) {
                    state.banner = Fields.classLine(text);
                }
                break;
            case SOM:
                if (!readAgain(state.som, "start-of-message line", it)) {
                    Fields.Som s = Fields.som(text);
                    state.som = Optional.of(s);
                    state.hasEnvelope = true;
                    state.envelopeLines.addAll(it.lines());
                    if (!s.wellFormed()) {
                        diags.add(DiagnosticCode.MALFORMED_ENVELOPE,
                                "start-of-message line lacks a channel designator or sequence number", it);
                    }
                }
                break;
            case ROUTING:
                envelope.readRouting(it);
                break;
            case DE:
                if (readAgain(state.de, "DE line", it)) {
                    break;
                }
                state.hasEnvelope = true;
                state.envelopeLines.addAll(it.lines());
                Fields.De d = Fields.de(text);
                state.de = Optional.of(d);
                if (!d.wellFormed()) {
                    diags.add(DiagnosticCode.MALFORMED_ENVELOPE,
                            "DE line should read DE <station> #<serial>[/<section>] <day><hhmm>", it);
                }
                if (!d.leftover().isEmpty() && d.leftover().startsWith("ZN") && state.security.isEmpty()) {
                    state.security = Optional.of(Fields.security(d.leftover()));
                }
                break;
            case SECURITY:
                if (readAgain(state.security, "security line", it)) {
                    break;
                }
                state.hasEnvelope = true;
                state.envelopeLines.addAll(it.lines());
                state.security = Optional.of(Fields.security(text));
                break;
            case DTG:
                envelope.readDtg(it);
                break;
            case FROM:
                envelope.readFrom(it);
                break;
            case TO:
                envelope.readAddressees(it, state.to, st);
                break;
            case INFO:
                envelope.readAddressees(it, state.info, st);
                break;
            case XMT:
                envelope.readXmt(it, st);
                break;
            case ACTION_OFFICE:
            case OFFICE_INFO:
            case OFFICES:
            case COPIES:
                envelope.readOffices(it);
                break;
            case COUNTER:
                state.hasDistribution = true;
                state.distributionLines.addAll(it.lines());
                state.counters.add(Fields.counter(text).text());
                break;
            case PRINT_NOTE:
                state.hasDistribution = true;
                state.distributionLines.addAll(it.lines());
                state.printNotes.add(Fields.printNote(text).text());
                st.lastNote = true;
                return;
            case PRINT_PAGE:
                Fields.page(text).ifPresent(p -> state.leadPages.add(new BodyAssembler.PageBreakAtStart(p, it)));
                break;
            case CAPTION:
                state.captions.addAll(Fields.captions(text).captions());
                state.captionLines.addAll(it.lines());
                break;
            case DASH:
                coverage.layout(it, SideTable.LayoutKind.RULE);
                break;
            case LEAD_TEXT:
            case STRAY_ROUTING:
                if (st.lastNote && !state.printNotes.isEmpty()) {
                    // a DRAFTED BY / APPROVED BY line wrapped onto the next line
                    int last = state.printNotes.size() - 1;
                    state.printNotes.set(last, state.printNotes.get(last) + " " + Words.clean(text));
                    state.distributionLines.addAll(it.lines());
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
                        envelope.attachExempted(st.block, Words.clean(text), it.lines());
                    } else {
                        Fields.addressee(text).ifPresent(a -> envelope.addAddressee(st.block, a, it.first()));
                    }
                } else {
                    it.lines().forEach(l -> coverage.addUnrecognized(l, DiagnosticCode.UNRECOGNIZED_LINE));
                }
                break;
            default:
                it.lines().forEach(l -> coverage.addUnrecognized(l, DiagnosticCode.UNRECOGNIZED_LINE));
        }
    }

    private static final java.util.regex.Pattern CABLE_DATED = java.util.regex.Pattern.compile(
            "^\\s*(?i:Cable dated:)\\s*\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?)?");

    /**
     * Whether an envelope line of a kind already read comes again: then it is reported and its
     * lines are kept as unrecognized.
     */
    private boolean readAgain(Optional<?> read, String what, Item it) {
        if (read.isEmpty()) {
            return false;
        }
        diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second " + what, it);
        it.lines().forEach(l -> coverage.addUnrecognized(l, null));
        return true;
    }

    void closeLeadRepeat() {
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
                    coverage.addUnrecognized(l, null);
                }
            }
        }
    }

}

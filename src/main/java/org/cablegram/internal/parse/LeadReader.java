package org.cablegram.internal.parse;

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
 * group, FM, TO, INFO, XMT), the print header of a received copy (offices, copies, counters, notes),
 * messages and classification lines run into other lines, and a lead written again later.
 */
abstract class LeadReader extends EnvelopeReader {

    LeadReader(Diagnostics diags, SideTable side) {
        super(diags, side);
    }

    private static final Pattern ROUTED_ADDRESSEE = Pattern.compile("(?:R[A-Z]{3,7}|ZEN)/\\S.*");

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
    static boolean isLeadText(ItemKind k) {
        return k == ItemKind.LEAD_TEXT || k == ItemKind.STRAY_ROUTING;
    }

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

    void readLeadItem(Item it, LeadState st) {
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
                if (!readAgain(som, "start-of-message line", it)) {
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
                if (readAgain(de, "DE line", it)) {
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
                if (readAgain(security, "security line", it)) {
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
    /**
     * Whether an envelope line of a kind already read comes again: then it is reported and its
     * lines are kept as unrecognized.
     */
    private boolean readAgain(Optional<?> read, String what, Item it) {
        if (read.isEmpty()) {
            return false;
        }
        diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second " + what, it);
        it.lines().forEach(l -> addUnrecognized(l, null));
        return true;
    }

    List<Item> expandCollapsed(List<Item> items) {
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
    List<Item> splitRunInMessages(List<Item> items) {
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
    static int runInStartOfMessage(String text) {
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
    static boolean isEnvelopeLine(String text) {
        return ENVELOPE_LINE.matcher(Words.clean(text)).matches();
    }

    /**
     * Where a classification line with origin and serial starts after blanks inside the line
     * ("RUEHTRO/AMEMBASSY TRIPOLI 5383\tS E C R E T TRIPOLI 000417"); -1 if none.
     */
    static int runInClassLine(String text) {
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
                    addUnrecognized(l, null);
                }
            }
        }
    }

}

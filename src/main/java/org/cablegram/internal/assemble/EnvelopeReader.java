package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Fields;
import org.cablegram.internal.fields.Words;

import org.cablegram.internal.engine.Item;
import org.cablegram.internal.engine.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cablegram.DiagnosticCode;
import org.cablegram.model.Addressee;
import org.cablegram.model.DateTimeGroup;
import org.cablegram.model.OfficeCopies;

/**
 * Reads the envelope lines of a telegram's lead (routing, date-time group, FM, TO, INFO, XMT
 * addressees) and the office lines of a received copy's print header, each through the field
 * grammar; a date-time group and FM line run into the office lines are recovered.
 */
final class EnvelopeReader {

    private final AssemblyState state;
    private final Coverage coverage;
    private final Diagnostics diags;
    private final SideTable side;

    EnvelopeReader(AssemblyState state, Coverage coverage, Diagnostics diags, SideTable side) {
        this.state = state;
        this.coverage = coverage;
        this.diags = diags;
        this.side = side;
    }

    /** Which address block unmarked lines continue. */
    static final class LeadState {
        List<Addressee> block;
        List<Addressee> lastBlock;
        boolean xmt;
        boolean lastNote;
    }

    void readRouting(Item it) {
        state.hasEnvelope = true;
        if (state.transmissionPrecedence.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second routing line", it);
            for (SourceLine l : it.lines()) {
                coverage.addUnrecognized(l, null);
            }
            return;
        }
        Fields.Routing r = Fields.routing(it.joinedText());
        state.envelopeLines.addAll(it.lines());
        state.transmissionPrecedence = r.precedence();
        state.routing.addAll(r.indicators());
        for (String w : r.stray()) {
            diags.add(DiagnosticCode.MALFORMED_ENVELOPE, "'" + w + "' is not a routing indicator", it);
        }
    }

    void readDtg(Item it) {
        if (state.dtg.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT,
                    "second date-time group line (a readdressed message); the first one is used", it);
            it.lines().forEach(l -> coverage.addUnrecognized(l, null));
            return;
        }
        Fields.Dtg d = Fields.dtg(it.first().text());
        DateTimeGroup g = new DateTimeGroup(d.precedence(), d.infoPrecedence(), d.text(), d.instant(), d.signals());
        side.put(g, it.lines());
        state.dtg = Optional.of(g);
        if (d.instant().isEmpty()) {
            diags.add(DiagnosticCode.INVALID_DATE_TIME, "'" + d.text() + "' is not a valid date-time group", it);
        }
        if (d.gluedFrom().isPresent() && state.from.isEmpty()) {
            state.from = Optional.of(Words.clean(d.gluedFrom().get()));
        }
    }

    void readFrom(Item it) {
        if (state.from.isPresent()) {
            diags.add(DiagnosticCode.DUPLICATE_ELEMENT, "second FM line", it);
            it.lines().forEach(l -> coverage.addUnrecognized(l, null));
            return;
        }
        String f = Fields.from(it.first().text());
        state.from = Optional.of(f);
        side.put(f, it.lines());
    }

    /** Adds an addressee read from one line; a line only the catch-all fits is kept whole, with a warning. */
    void addAddressee(List<Addressee> list, Fields.AddresseeRead read, SourceLine line) {
        list.add(read.addressee());
        side.put(read.addressee(), List.of(line));
        if (!read.wellFormed()) {
            diags.add(DiagnosticCode.MALFORMED_ADDRESSEE,
                    "addressee line kept as written: '" + read.addressee().name() + "'", line);
        }
    }

    void readAddressees(Item it, List<Addressee> list, LeadState st) {
        // the TO or INFO keyword opens its block: continuation and XMT lines after it go to it
        st.block = list;
        st.lastBlock = list;
        st.xmt = false;
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
                case "page" -> state.leadPages.add(new BodyAssembler.PageBreakAtStart(Fields.page(t).get(), it));
                case "xmt" -> attachExempted(list, Words.afterLeading(t.substring(3), "/"), List.of(l));
                default -> {
                    Optional<Fields.AddresseeRead> a = reads.get(next++);
                    if (a.isPresent()) {
                        addAddressee(list, a.get(), l);
                    } else if (!t.isEmpty()) {
                        diags.add(DiagnosticCode.MALFORMED_ADDRESSEE, "cannot read addressee '" + t + "'", l);
                        coverage.addUnrecognized(l, null);
                    }
                }
            }
        }
    }

    void readXmt(Item it, LeadState st) {
        List<Addressee> target = st.block != null ? st.block : (!state.info.isEmpty() ? state.info : state.to);
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
            it.lines().forEach(l -> coverage.addUnrecognized(l, null));
        }
    }

    void attachExempted(List<Addressee> list, String name, List<SourceLine> lines) {
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

    void readOffices(Item it) {
        state.hasDistribution = true;
        state.distributionLines.addAll(it.lines());
        Fields.Offices o = Fields.offices(it.first().text());
        List<OfficeCopies> list = new ArrayList<>(o.offices());
        if (o.action().isPresent()) {
            if (state.action.isEmpty()) {
                state.action = o.action();
            } else {
                list.add(0, o.action().get());
            }
        }
        state.offices.addAll(list);
        o.totalCopies().ifPresent(t -> state.totalCopies = Optional.of(t));
        if (!o.glued().isEmpty()) {
            // text glued after the office list (collapsed lines): keep the rest verbatim
            state.counters.add(o.glued());
            recoverCollapsedEnvelope(o.glued(), it);
        }
    }

    private static final java.util.regex.Pattern GLUED_DTG = java.util.regex.Pattern.compile(
            "(?:^|\\s)([ZOPR](?:\\s[ZOPR])?\\s\\d{6}Z\\s[A-Z]{3}\\s\\d{2})(?=\\s|$)");
    private static final java.util.regex.Pattern GLUED_FM = java.util.regex.Pattern.compile(
            "(?:^|\\s)FM\\s(.+?)(?=\\sTO\\s|\\sINFO\\s|$)");

    /** A date-time group and FM line run into the office lines of a received copy (lost newlines). */
    void recoverCollapsedEnvelope(String text, Item it) {
        java.util.regex.Matcher m = GLUED_DTG.matcher(text);
        if (state.dtg.isEmpty() && m.find()) {
            Fields.Dtg d = Fields.dtg(m.group(1));
            if (d.instant().isPresent()) {
                DateTimeGroup g = new DateTimeGroup(d.precedence(), d.infoPrecedence(), d.text(), d.instant(),
                        List.of());
                state.dtg = Optional.of(g);
                side.put(g, it.lines());
                diags.add(DiagnosticCode.COLLAPSED_LINE, "date-time group read from a line it was run into", it);
            }
        }
        java.util.regex.Matcher f = GLUED_FM.matcher(text);
        if (state.from.isEmpty() && f.find()) {
            state.from = Optional.of(f.group(1).strip());
        }
    }
}

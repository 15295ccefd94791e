package org.cablegram.internal.fields;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.cablegram.internal.grammar.FieldLexer;
import org.cablegram.internal.grammar.FieldParser;
import org.cablegram.model.Addressee;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.OfficeCopies;
import org.cablegram.model.Precedence;
import org.cablegram.model.SectionCount;

/**
 * Turns the parse trees of the field grammar into field values, one method per labelled
 * alternative. The grammar says where each field is; this class says what it means
 * (a precedence letter, a month name, a Julian day) and keeps texts as written, with their
 * blanks collapsed.
 */
final class FieldVisitor extends TextVisitor {

    FieldVisitor(String text) {
        super(text);
    }

    // ------------------------------------------------------------------------------ FL1

    @Override
    public Object visitStartOfMessageWellFormed(FieldParser.StartOfMessageWellFormedContext c) {
        return new Fields.Som(slice(c.VZCZC().getSymbol(), c.sequence), c.channel.getText(), c.sequence.getText(), true);
    }

    @Override
    public Object visitStartOfMessageMalformed(FieldParser.StartOfMessageMalformedContext c) {
        Token last = c.channel != null ? c.channel : c.VZCZC().getSymbol();
        return new Fields.Som(slice(c.VZCZC().getSymbol(), last), c.channel == null ? "" : c.channel.getText(), "",
                false);
    }

    @Override
    public Object visitStartOfMessageUnreadable(FieldParser.StartOfMessageUnreadableContext c) {
        String t = Words.clean(text);
        List<String> w = Words.split(t);
        return new Fields.Som(w.isEmpty() ? t : w.get(0), "", "", false);
    }

    // ------------------------------------------------------------------------------ FL2

    @Override
    public Object visitRoutingWellFormed(FieldParser.RoutingWellFormedContext c) {
        List<String> ris = new ArrayList<>();
        c.ROUTING_INDICATOR().forEach(t -> ris.add(t.getText()));
        return new Fields.Routing(Precedence.fromText(c.precedence.getText()), ris, List.of());
    }

    @Override
    public Object visitRoutingMalformed(FieldParser.RoutingMalformedContext c) {
        List<String> ris = new ArrayList<>();
        List<String> stray = new ArrayList<>();
        for (FieldParser.RoutingItemContext i : c.routingItem()) {
            if (i.ROUTING_INDICATOR() != null) {
                ris.add(i.getText());
            } else if (i.stray != null) {
                stray.add(i.getText());
            }
        }
        Optional<Precedence> p = c.precedence == null ? Optional.empty() : Precedence.fromText(c.precedence.getText());
        return new Fields.Routing(p, ris, stray);
    }

    // ------------------------------------------------------------------------------ FL3

    @Override
    public Object visitDeWellFormed(FieldParser.DeWellFormedContext c) {
        String filing = c.filing.getText();
        int day = Integer.parseInt(filing.substring(0, 3));
        boolean ok = day >= 1 && day <= 366;
        Optional<LocalTime> time = Optional.empty();
        try {
            time = Optional.of(LocalTime.of(Integer.parseInt(filing.substring(3, 5)), Integer.parseInt(filing.substring(5, 7))));
        } catch (DateTimeException e) {
            ok = false;
        }
        return new Fields.De(c.station.getText(), Optional.of(c.serial.getText()),
                Optional.ofNullable(c.section).map(Token::getText), ok ? Optional.of(day) : Optional.empty(), time,
                collapse(slice(c.glued)), ok);
    }

    @Override
    public Object visitDeMalformed(FieldParser.DeMalformedContext c) {
        return new Fields.De(c.station == null ? "" : c.station.getText(),
                Optional.ofNullable(c.serial).map(Token::getText), Optional.ofNullable(c.section).map(Token::getText),
                Optional.empty(), Optional.empty(), collapse(slice(c.words())), false);
    }

    // ------------------------------------------------------------------------------ FL4

    @Override
    public Object visitSecurityWellFormed(FieldParser.SecurityWellFormedContext c) {
        List<String> signals = new ArrayList<>();
        c.signals.forEach(t -> signals.add(t.getText()));
        if (c.note != null) {
            signals.add(collapse(c.note.getText()));
        }
        Optional<ClassificationLevel> level = c.letters == null ? Optional.empty()
                : securityLevel(c.letters.getText().charAt(0));
        return new Fields.Security(c.PROSIGN().getText(), level, signals, true);
    }

    @Override
    public Object visitSecurityMalformed(FieldParser.SecurityMalformedContext c) {
        return new Fields.Security("", Optional.empty(), Words.split(Words.clean(text)), false);
    }

    /** The letter that FL4 repeats five times, as a classification level. */
    static Optional<ClassificationLevel> securityLevel(char c) {
        switch (c) {
            case 'U': case 'E': return Optional.of(ClassificationLevel.UNCLASSIFIED);
            case 'C': return Optional.of(ClassificationLevel.CONFIDENTIAL);
            case 'S': return Optional.of(ClassificationLevel.SECRET);
            case 'T': return Optional.of(ClassificationLevel.TOP_SECRET);
            default: return Optional.empty();
        }
    }

    // ------------------------------------------------------------------------------ FL5

    @Override
    public Object visitDtgWellFormed(FieldParser.DtgWellFormedContext c) {
        Optional<Precedence> first = Optional.empty();
        Optional<Precedence> second = Optional.empty();
        if (c.precedences() instanceof FieldParser.DualPrecedenceContext d) {
            first = Precedence.fromText(d.first.getText());
            second = Precedence.fromText(d.second.getText());
        } else if (c.precedences() != null) {
            first = Precedence.fromText(collapse(slice(c.precedences())));
        }
        FieldParser.DateTimeGroupContext g = c.dateTimeGroup();
        String time;
        String month;
        String year;
        if (g instanceof FieldParser.DtgSpacedContext s) {
            time = s.time.getText();
            month = s.month.getText();
            year = s.year.getText();
        } else {
            FieldParser.DtgGluedContext s = (FieldParser.DtgGluedContext) g;
            time = s.time.getText();
            month = s.monthYear.getText().substring(0, 3);
            year = s.monthYear.getText().substring(3);
        }
        List<String> signals = new ArrayList<>();
        c.signals.forEach(s -> signals.add(s.getText()));
        Optional<String> from = c.glued == null ? Optional.empty() : Optional.of(collapse(slice(c.glued)));
        return new Fields.Dtg(first, second, collapse(slice(g)), instant(time, month, year), signals, from, true);
    }

    @Override
    public Object visitDtgMalformed(FieldParser.DtgMalformedContext c) {
        return new Fields.Dtg(Optional.empty(), Optional.empty(), Words.clean(text), Optional.empty(), List.of(),
                Optional.empty(), false);
    }

    /** DDHHMM of the time token, the month's name and a year of two digits (pivot 50) or four. */
    private static Optional<Instant> instant(String time, String month, String year) {
        if (year.length() == 3) {
            year = year.substring(0, 2);
        }
        if (year.length() != 2 && year.length() != 4) {
            return Optional.empty();
        }
        try {
            int m = Words.month(month);
            LocalDateTime t = LocalDateTime.of(Words.fullYear(Integer.parseInt(year), year.length()), m,
                    Integer.parseInt(time.substring(0, 2)), Integer.parseInt(time.substring(2, 4)),
                    Integer.parseInt(time.substring(4, 6)));
            return Optional.of(t.toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------------------ FL6

    @Override
    public Object visitFromWithRoutingIndicator(FieldParser.FromWithRoutingIndicatorContext c) {
        return collapse(slice(c.name));
    }

    @Override
    public Object visitFromPlain(FieldParser.FromPlainContext c) {
        return collapse(slice(c.name));
    }

    // ------------------------------------------------------------------------------ FL7 - FL9

    @Override
    public Object visitAddresseeWellFormed(FieldParser.AddresseeWellFormedContext c) {
        Optional<String> ri = c.station != null ? Optional.of(c.station.getText())
                : c.zen != null ? Optional.of(c.zen.getText()) : Optional.empty();
        FieldParser.AddresseeTailContext tail = c.addresseeTail();
        FieldParser.AddresseePrecedenceContext p = null;
        FieldParser.AddresseeSerialContext serial = null;
        Token nameEnd = c.plad().getStop();
        if (tail instanceof FieldParser.TailPrecedenceThenSerialContext t) {
            p = t.addresseePrecedence();
            serial = t.addresseeSerial();
        } else if (tail instanceof FieldParser.TailSerialThenPrecedenceContext t) {
            p = t.addresseePrecedence();
            serial = t.addresseeSerial();
        }
        Optional<Precedence> precedence = p == null ? Optional.empty() : Precedence.fromText(collapse(slice(p)));
        if (serial != null && serial.getStart().getStartIndex() == previousStop(serial.getStart()) + 1) {
            // digits glued to the name ("DIRJIATF SOUTH J2", "CJTF HOA//J3 PRIORITY") are part of it
            nameEnd = serial.getStop();
            serial = null;
        }
        Optional<String> number = serial == null ? Optional.empty() : Optional.of(collapse(slice(serial)));
        String name = collapse(slice(c.plad().getStart(), nameEnd));
        return new Fields.AddresseeRead(new Addressee(ri, name, precedence, number, List.of()), true);
    }

    @Override
    public Object visitAddresseeMalformed(FieldParser.AddresseeMalformedContext c) {
        Optional<String> ri = c.station != null ? Optional.of(c.station.getText())
                : c.zen != null ? Optional.of(c.zen.getText()) : Optional.empty();
        return new Fields.AddresseeRead(new Addressee(ri, collapse(slice(c.name)), Optional.empty(),
                Optional.empty(), List.of()), false);
    }

    // ------------------------------------------------------------------------------ print header

    @Override
    public Object visitActionOffices(FieldParser.ActionOfficesContext c) {
        return offices(Optional.of(officeCopies(c.action)), c.officeItem(), c.glued, true);
    }

    @Override
    public Object visitInfoOffices(FieldParser.InfoOfficesContext c) {
        return offices(Optional.empty(), c.officeItem(), c.glued, true);
    }

    @Override
    public Object visitOfficeList(FieldParser.OfficeListContext c) {
        return offices(Optional.empty(), c.officeItem(), c.glued, true);
    }

    @Override
    public Object visitOfficesMalformed(FieldParser.OfficesMalformedContext c) {
        return new Fields.Offices(Optional.empty(), List.of(), Optional.empty(), collapse(Words.clean(text)), false);
    }

    private Fields.Offices offices(Optional<OfficeCopies> action, List<FieldParser.OfficeItemContext> items,
            FieldParser.WordsContext glued, boolean wellFormed) {
        List<OfficeCopies> offices = new ArrayList<>();
        Optional<String> total = Optional.empty();
        for (FieldParser.OfficeItemContext i : items) {
            if (i instanceof FieldParser.OfficeCopiesContext o) {
                offices.add(officeCopies(o.OFFICE().getSymbol()));
            } else {
                // the total after its slash: "006W", "037 W"
                total = Optional.of(collapse(i.getStart().getText().substring(1)));
            }
        }
        return new Fields.Offices(action, offices, total, collapse(slice(glued)), wellFormed);
    }

    /** EUR-25: the office and its number of copies, either side of the last dash. */
    private static OfficeCopies officeCopies(Token office) {
        String s = office.getText();
        int dash = s.lastIndexOf('-');
        return new OfficeCopies(s.substring(0, dash), s.substring(dash + 1));
    }

    @Override
    public Object visitCounterWellFormed(FieldParser.CounterWellFormedContext c) {
        return printLine(true);
    }

    @Override
    public Object visitCounterMalformed(FieldParser.CounterMalformedContext c) {
        return printLine(false);
    }

    @Override
    public Object visitPrintNoteDrafting(FieldParser.PrintNoteDraftingContext c) {
        return printLine(true);
    }

    @Override
    public Object visitPrintNoteCopyCount(FieldParser.PrintNoteCopyCountContext c) {
        return printLine(true);
    }

    @Override
    public Object visitPrintNoteMalformed(FieldParser.PrintNoteMalformedContext c) {
        return printLine(false);
    }

    /** A print-header line with no fields of its own is kept as written. */
    private Fields.PrintLine printLine(boolean wellFormed) {
        return new Fields.PrintLine(Words.clean(text), wellFormed);
    }

    // ------------------------------------------------------------------------------ classification

    @Override
    public Object visitClassWellFormed(FieldParser.ClassWellFormedContext c) {
        ClassificationLevel level = (ClassificationLevel) visit(c.level());
        List<String> caveats = new ArrayList<>();
        for (FieldParser.CaveatContext k : c.caveat()) {
            caveats.add((String) visit(k));
        }
        Optional<SectionCount> section = c.classSection() == null ? Optional.empty()
                : Optional.of((SectionCount) visit(c.classSection()));
        Optional<String> origin = Optional.empty();
        Optional<String> serial = Optional.empty();
        boolean trailing = c.trailing.getChildCount() > 0;
        if (section.isPresent() && gluedAfter(c.classSection().getStop())) {
            // "SECTION 02 OF 03QRIPOLI": a counter glued to the next word is damaged; nothing after
            // the level is read as a field
            return Optional.of(new Fields.ClassLine(level, !c.efto().isEmpty(), caveats, Optional.empty(),
                    Optional.empty(), Optional.empty(), -1, false));
        }
        if (c.originWords() != null && c.originWords().getStop().getStopIndex() + 1 == c.serial.getStart().getStartIndex()) {
            // letters glued to digits ("PTQ2529", a print control number) are no origin and serial
            trailing = true;
        } else if (c.originWords() != null) {
            origin = Optional.of(collapse(slice(c.originWords())).toUpperCase(Locale.ROOT));
            serial = Optional.of(c.serial.getText());
        }
        int serialEnd = -1;
        if (serial.isPresent() && trailing && c.serial.getStart().getType() == FieldLexer.N6) {
            int end = c.serial.getStop().getStopIndex() + 1;
            // run-in text starts after a blank; a serial glued to a word is no place to split
            serialEnd = end < text.length() && Words.isBlank(text.charAt(end)) ? end : -1;
        }
        boolean onlyCaveats = c.efto().isEmpty() && section.isEmpty() && origin.isEmpty() && !trailing;
        return Optional.of(new Fields.ClassLine(level, !c.efto().isEmpty(), caveats, section, origin, serial, serialEnd,
                onlyCaveats));
    }

    @Override
    public Object visitClassMalformed(FieldParser.ClassMalformedContext c) {
        return Optional.empty();
    }

    @Override
    public Object visitLevelUnclassified(FieldParser.LevelUnclassifiedContext c) {
        return ClassificationLevel.UNCLASSIFIED;
    }

    @Override
    public Object visitLevelLimitedOfficialUse(FieldParser.LevelLimitedOfficialUseContext c) {
        return ClassificationLevel.LIMITED_OFFICIAL_USE;
    }

    @Override
    public Object visitLevelConfidential(FieldParser.LevelConfidentialContext c) {
        return ClassificationLevel.CONFIDENTIAL;
    }

    @Override
    public Object visitLevelSecret(FieldParser.LevelSecretContext c) {
        return ClassificationLevel.SECRET;
    }

    @Override
    public Object visitLevelTopSecret(FieldParser.LevelTopSecretContext c) {
        return ClassificationLevel.TOP_SECRET;
    }

    @Override
    public Object visitCaveatPhrase(FieldParser.CaveatPhraseContext c) {
        return upper(slice(c.FOUO().getSymbol(), c.FOUO().getSymbol()));
    }

    @Override
    public Object visitCaveatSensitive(FieldParser.CaveatSensitiveContext c) {
        return upper(slice(c.SBU().getSymbol(), c.SBU().getSymbol()));
    }

    @Override
    public Object visitCaveatReleasable(FieldParser.CaveatReleasableContext c) {
        return upper(slice(c.REL_TO().getSymbol(), c.getStop()));
    }

    @Override
    public Object visitCaveatSingleWord(FieldParser.CaveatSingleWordContext c) {
        return upper(c.caveatWord().getText());
    }

    @Override
    public Object visitSectionOf(FieldParser.SectionOfContext c) {
        return new SectionCount(Integer.parseInt(c.part.getText()), Integer.parseInt(c.total.getText()));
    }

    @Override
    public Object visitFinalSection(FieldParser.FinalSectionContext c) {
        int total = Integer.parseInt(c.total.getText());
        return new SectionCount(total, total);
    }

    // ------------------------------------------------------------------------------ captions

    @Override
    public Object visitCaptionSensitiveButUnclassified(FieldParser.CaptionSensitiveButUnclassifiedContext c) {
        return new Fields.Captions(List.of(withoutClosingPunctuation(upper(Words.clean(text)))), true);
    }

    @Override
    public Object visitCaptionCorrected(FieldParser.CaptionCorrectedContext c) {
        Token k = c.CORRECTED().getSymbol();
        String rest = text.substring(k.getStopIndex() + 1);
        // the letter-spaced form (C O R R E C T E D) stands for a corrected copy
        String head = k.getText().contains("C O") ? "CORRECTED COPY" : upper(k.getText());
        return new Fields.Captions(List.of(withoutClosingPunctuation(upper(Words.clean(head + rest)))), true);
    }

    @Override
    public Object visitCaptionWords(FieldParser.CaptionWordsContext c) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (FieldParser.CaptionContext k : c.caption()) {
            out.add((String) visit(k));
        }
        return new Fields.Captions(List.copyOf(out), true);
    }

    @Override
    public Object visitCaptionMalformed(FieldParser.CaptionMalformedContext c) {
        return new Fields.Captions(List.of(withoutClosingPunctuation(upper(Words.clean(text)))), false);
    }

    @Override
    public Object visitCaptionName(FieldParser.CaptionNameContext c) {
        return upper(slice(c.getStart(), c.getStop()));
    }

    @Override
    public Object visitCaptionNofornRel(FieldParser.CaptionNofornRelContext c) {
        return "NOFORN/REL";
    }

    @Override
    public Object visitCaptionReleasable(FieldParser.CaptionReleasableContext c) {
        StringBuilder b = new StringBuilder("REL TO");
        c.relCountry().forEach(r -> b.append(' ').append(upper(r.getText())));
        return b.toString();
    }

    @Override
    public Object visitCorrectedPrefix(FieldParser.CorrectedPrefixContext c) {
        return text.length();
    }

    @Override
    public Object visitCaptionsThenText(FieldParser.CaptionsThenTextContext c) {
        // the end of the last caption word or closing mark: the child before the following text
        org.antlr.v4.runtime.tree.ParseTree before = c.getChild(c.children.indexOf(c.following) - 1);
        Token last = before instanceof TerminalNode n ? n.getSymbol() : ((ParserRuleContext) before).getStop();
        int end = last.getStopIndex() + 1;
        // the caption words must end a word: "SIPDIS/FOO" does not start with a caption line
        if (c.following.getChildCount() > 0 && end < text.length() && !Words.isBlank(text.charAt(end))) {
            return 0;
        }
        return end;
    }

    @Override
    public Object visitNoCaptionPrefix(FieldParser.NoCaptionPrefixContext c) {
        return 0;
    }
}

package org.cablegram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.cablegram.internal.parse.Layout;
import org.cablegram.internal.parse.SideTable;
import org.cablegram.model.Addressee;
import org.cablegram.model.Break;
import org.cablegram.model.BreakKind;
import org.cablegram.model.Cable;
import org.cablegram.model.Classification;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.ClassifiedBy;
import org.cablegram.model.DateTimeGroup;
import org.cablegram.model.Distribution;
import org.cablegram.model.Envelope;
import org.cablegram.model.ExecutiveOrder;
import org.cablegram.model.OfficeCopies;
import org.cablegram.model.Paragraph;
import org.cablegram.model.Precedence;
import org.cablegram.model.Reference;
import org.cablegram.model.Subject;
import org.cablegram.model.Tag;
import org.cablegram.model.Trailer;

/**
 * Turns a {@link Cable} back into telegram text.
 *
 * <p>{@link #write(Cable)} renders any cable, parsed or built by hand, in the canonical layout
 * (docs/canonical-layout.md): envelope, date-time group, FM / TO / INFO / XMT, a blank line, the
 * text header one element per line, numbered paragraphs separated by blank lines with headings
 * underlined, section lines where the cable's breaks are, signature and trailer. Parsing that
 * text gives the same cable again (unrecognized lines aside, which the canonical layout leaves
 * out).
 *
 * <p>{@link #lossless(ParseResult)} reproduces the parsed input byte for byte, line by line from
 * the raw text of the model element each line was read from; {@link #lossless(ParseResult, Cable)}
 * does the same for a changed copy of the parsed cable, rendering the changed elements
 * canonically in their place and leaving every other line as it was.
 */
public final class CableWriter {

    private final int width;
    private final String newline;

    private CableWriter(int width, String newline) {
        this.width = width;
        this.newline = newline;
    }

    /** @return a writer of the canonical layout: one line per paragraph, LF line ends */
    public static CableWriter canonical() {
        return new CableWriter(0, "\n");
    }

    /**
     * A writer that wraps paragraph text at {@code width} characters (69 is the ACP 127 line),
     * never breaking where the next line would read as another kind of line.
     *
     * @param width the longest line, at least 20; 0 for no wrapping
     * @return the writer
     */
    public static CableWriter wrapping(int width) {
        if (width != 0 && width < 20) {
            throw new IllegalArgumentException("width must be 0 or at least 20");
        }
        return new CableWriter(width, "\n");
    }

    /**
     * Renders the cable in the canonical layout.
     *
     * @param cable the cable
     * @return telegram text, lines ended by LF
     */
    public String write(Cable cable) {
        Objects.requireNonNull(cable, "cable");
        Out out = new Out();
        if (cable.partialExtract()) {
            out.line(PARTIAL_NOTICE);
            out.blank();
        }
        cable.envelope().ifPresent(e -> envelope(out, e));
        cable.distribution().ifPresent(d -> distribution(out, d));
        cable.dateTimeGroup().ifPresent(d -> out.line(dtg(d)));
        cable.from().ifPresent(f -> out.line("FM " + f));
        addressees(out, "TO", cable.to());
        addressees(out, "INFO", cable.info());
        out.blank();
        Optional<Classification> cls = cable.classification();
        cls.ifPresent(c -> {
            out.line(classificationLine(c));
            out.blank();
            for (String caption : c.captions()) {
                out.line(caption);
            }
            if (!c.captions().isEmpty()) {
                out.blank();
            }
        });
        for (String p : cable.passing()) {
            out.line(p);
            out.blank();
        }
        cable.executiveOrder().ifPresent(e -> out.line(executiveOrder(e)));
        if (!cable.tags().isEmpty()) {
            out.line(tags(cable.tags()));
        }
        cable.subject().ifPresent(s -> wrapped(out, subject(s)));
        if (!cable.references().isEmpty()) {
            for (String l : references(cable.references())) {
                out.line(l);
            }
        }
        cable.classifiedBy().ifPresent(c -> {
            out.blank();
            wrapped(out, "Classified By: " + c.text());
        });
        out.blank();
        body(out, cable);
        out.glueAfter(-1, null);
        if (!cable.signers().isEmpty()) {
            out.blank();
            for (String s : cable.signers()) {
                out.line(s);
            }
        }
        cable.trailer().ifPresent(t -> {
            List<String> ls = t.lines();
            if (!ls.isEmpty() && Layout.tabField(ls.get(0)) && out.lastIsText()
                    && (!cable.signers().isEmpty() || endsWithText(cable))) {
                // a field the parser would read as text on a line of its own is written after a
                // tab, as the database fields of some published cables are
                out.appendToLast("\t" + ls.get(0));
                ls = ls.subList(1, ls.size());
            }
            out.blank();
            for (String l : ls) {
                out.line(l);
            }
        });
        return out.text();
    }

    /**
     * Reproduces the input of a parse byte for byte.
     *
     * @param result a parse result
     * @return the input text as parsed (up to the configured input limits)
     */
    public static String lossless(ParseResult result) {
        return lossless(result, result.cable());
    }

    /**
     * Writes a changed copy of a parsed cable in the input's own layout: every line whose model
     * element is unchanged (the same instance) is written as it was read; the lines of a changed
     * element are replaced by the element's canonical rendering; layout lines (blank lines,
     * rules, banners) stay. Elements added beyond the end of a list are written after its last
     * element; an element the input had no line for cannot be placed and is left out.
     *
     * @param result the parse result the cable was derived from
     * @param cable  the changed cable ({@code result.cable()} itself gives the input back)
     * @return the text
     */
    public static String lossless(ParseResult result, Cable cable) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(cable, "cable");
        SideTable side = result.side();
        Cable original = result.cable();
        Map<Object, String> slots = slots(original);
        Map<String, List<Object>> originalBySlot = bySlot(original);
        Map<String, List<Object>> changedBySlot = bySlot(cable);
        Map<String, String> lastSlotOfList = new java.util.HashMap<>();
        for (String slot : originalBySlot.keySet()) {
            String list = listOf(slot);
            if (list != null) {
                lastSlotOfList.merge(list, slot, (a, b) -> indexOf(a) > indexOf(b) ? a : b);
            }
        }
        CableWriter w = canonical();
        List<String> lines = side.rawLines();
        StringBuilder sb = new StringBuilder();
        if (side.byteOrderMark()) {
            sb.append('\uFEFF');
        }
        Set<String> rendered = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            List<Object> owners = side.ownersOf(i + 1);
            Set<String> changed = new java.util.LinkedHashSet<>();
            Set<String> ownerSlots = new java.util.LinkedHashSet<>();
            for (Object o : owners) {
                String slot = slots.get(o);
                if (slot == null) {
                    continue;
                }
                ownerSlots.add(slot);
                if (!sameElements(originalBySlot.get(slot), changedBySlot.get(slot))) {
                    changed.add(slot);
                }
            }
            if (changed.isEmpty()) {
                sb.append(raw);
            } else {
                String eol = lineEnd(raw);
                for (String slot : changed) {
                    if (rendered.add(slot)) {
                        for (String l : w.render(slot, cable)) {
                            sb.append(l).append(eol);
                        }
                    }
                }
                // an unchanged element sharing the line keeps its text only if nothing else does
            }
            for (String slot : ownerSlots) {
                String list = listOf(slot);
                if (list != null && slot.equals(lastSlotOfList.get(list)) && isLastLineOf(side, slots, slot, i + 1,
                        lines.size())) {
                    int have = count(originalBySlot, list);
                    int now = count(changedBySlot, list);
                    for (int k = have; k < now; k++) {
                        for (String l : w.render(list + "#" + k, cable)) {
                            sb.append(l).append(lineEnd(raw));
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------ slots

    private static final String PARTIAL_NOTICE = "This record is a partial extract of the original cable. "
            + "The full text of the original cable is not available.";

    /** Which part of the cable each element of it fills, keyed by identity. */
    private static Map<Object, String> slots(Cable c) {
        Map<Object, String> m = new IdentityHashMap<>();
        bySlot(c).forEach((slot, elements) -> {
            for (Object e : elements) {
                m.put(e, slot);
            }
        });
        return m;
    }

    private static Map<String, List<Object>> bySlot(Cable c) {
        Map<String, List<Object>> m = new java.util.LinkedHashMap<>();
        c.envelope().ifPresent(e -> m.put("envelope", List.of(e)));
        c.distribution().ifPresent(e -> m.put("distribution", List.of(e)));
        c.dateTimeGroup().ifPresent(e -> m.put("dtg", List.of(e)));
        c.from().ifPresent(e -> m.put("from", List.of(e)));
        list(m, "to", c.to());
        list(m, "info", c.info());
        c.classification().ifPresent(e -> m.put("classification", List.of(e)));
        list(m, "passing", c.passing());
        c.executiveOrder().ifPresent(e -> m.put("eo", List.of(e)));
        if (!c.tags().isEmpty()) {
            m.put("tags", new ArrayList<>(c.tags()));
        }
        c.subject().ifPresent(e -> m.put("subject", List.of(e)));
        if (!c.references().isEmpty()) {
            m.put("references", new ArrayList<>(c.references()));
        }
        c.classifiedBy().ifPresent(e -> m.put("classifiedBy", List.of(e)));
        list(m, "paragraph", c.paragraphs());
        list(m, "break", c.breaks());
        list(m, "signer", c.signers());
        c.trailer().ifPresent(e -> m.put("trailer", List.of(e)));
        list(m, "unrecognized", c.unrecognized());
        return m;
    }

    private static void list(Map<String, List<Object>> m, String name, List<?> items) {
        for (int i = 0; i < items.size(); i++) {
            m.put(name + "#" + i, List.of(items.get(i)));
        }
    }

    private static boolean sameElements(List<Object> a, List<Object> b) {
        if (a == null || b == null || a.size() != b.size()) {
            return a == b;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static String listOf(String slot) {
        int h = slot.indexOf('#');
        return h < 0 ? null : slot.substring(0, h);
    }

    private static int indexOf(String slot) {
        return Integer.parseInt(slot.substring(slot.indexOf('#') + 1));
    }

    private static int count(Map<String, List<Object>> m, String list) {
        int n = 0;
        while (m.containsKey(list + "#" + n)) {
            n++;
        }
        return n;
    }

    private static boolean isLastLineOf(SideTable side, Map<Object, String> slots, String slot, int line, int lines) {
        for (int k = line + 1; k <= lines; k++) {
            for (Object o : side.ownersOf(k)) {
                if (slot.equals(slots.get(o))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String lineEnd(String raw) {
        if (raw.endsWith("\r\n")) {
            return "\r\n";
        }
        if (raw.endsWith("\n") || raw.endsWith("\r") || raw.endsWith("\u2028")) {
            return raw.substring(raw.length() - 1);
        }
        return "\n";
    }

    /** The canonical lines of one slot of the cable (empty when the cable has nothing there). */
    private List<String> render(String slot, Cable c) {
        Out out = new Out();
        String list = listOf(slot);
        int i = list == null ? -1 : indexOf(slot);
        switch (list == null ? slot : list) {
            case "envelope":
                c.envelope().ifPresent(e -> envelope(out, e));
                break;
            case "distribution":
                c.distribution().ifPresent(d -> distribution(out, d));
                break;
            case "dtg":
                c.dateTimeGroup().ifPresent(d -> out.line(dtg(d)));
                break;
            case "from":
                c.from().ifPresent(f -> out.line("FM " + f));
                break;
            case "to":
                if (i < c.to().size()) {
                    addressee(out, i == 0 ? "TO " : "", c.to().get(i));
                }
                break;
            case "info":
                if (i < c.info().size()) {
                    addressee(out, i == 0 ? "INFO " : "", c.info().get(i));
                }
                break;
            case "classification":
                c.classification().ifPresent(k -> {
                    out.line(classificationLine(k));
                    k.captions().forEach(out::line);
                });
                break;
            case "passing":
                if (i < c.passing().size()) {
                    out.line(c.passing().get(i));
                }
                break;
            case "eo":
                c.executiveOrder().ifPresent(e -> out.line(executiveOrder(e)));
                break;
            case "tags":
                if (!c.tags().isEmpty()) {
                    out.line(tags(c.tags()));
                }
                break;
            case "subject":
                c.subject().ifPresent(s -> out.line(subject(s)));
                break;
            case "references":
                if (!c.references().isEmpty()) {
                    references(c.references()).forEach(out::line);
                }
                break;
            case "classifiedBy":
                c.classifiedBy().ifPresent(k -> out.line("Classified By: " + k.text()));
                break;
            case "paragraph":
                if (i < c.paragraphs().size()) {
                    paragraph(out, c.paragraphs().get(i), null, c, i == c.paragraphs().size() - 1, false);
                }
                break;
            case "break":
                if (i < c.breaks().size()) {
                    breakLine(out, c.breaks().get(i), c);
                }
                break;
            case "signer":
                if (i < c.signers().size()) {
                    out.line(c.signers().get(i));
                }
                break;
            case "trailer":
                c.trailer().ifPresent(t -> t.lines().forEach(out::line));
                break;
            case "unrecognized":
                if (i < c.unrecognized().size()) {
                    out.line(c.unrecognized().get(i).text());
                }
                break;
            default:
                break;
        }
        return out.lines;
    }

    // -------------------------------------------------------------------------- elements

    private static void envelope(Out out, Envelope e) {
        e.startOfMessage().ifPresentOrElse(out::line, () -> {
            if (e.channel().isPresent() || e.sequence().isPresent()) {
                out.line("VZCZC" + e.channel().orElse("") + e.sequence().orElse(""));
            }
        });
        if (e.transmissionPrecedence().isPresent() || !e.routingIndicators().isEmpty()) {
            String prec = e.transmissionPrecedence().map(p -> p.prosign() + p.prosign()).orElse("RR");
            StringBuilder line = new StringBuilder(prec);
            for (String ri : e.routingIndicators()) {
                if (line.length() + 1 + ri.length() > 69) {
                    out.line(line.toString());
                    line = new StringBuilder(ri);
                } else {
                    line.append(' ').append(ri);
                }
            }
            out.line(line.toString());
        }
        if (e.originatingStation().isPresent()) {
            StringBuilder de = new StringBuilder("DE ").append(e.originatingStation().get());
            e.stationSerial().ifPresent(s -> {
                de.append(" #").append(s);
                e.transmissionSection().ifPresent(x -> de.append('/').append(x));
            });
            if (e.filingDayOfYear().isPresent() && e.filingTime().isPresent()) {
                de.append(' ').append(String.format("%03d%02d%02d", e.filingDayOfYear().getAsInt(),
                        e.filingTime().get().getHour(), e.filingTime().get().getMinute()));
            }
            out.line(de.toString());
        }
        if (e.securityProsign().isPresent()) {
            StringBuilder sec = new StringBuilder(e.securityProsign().get());
            e.securityLevel().ifPresent(l -> sec.append(' ').append(securityLetters(l, e)));
            for (String s : e.operatingSignals()) {
                sec.append(' ').append(s);
            }
            out.line(sec.toString());
        }
    }

    private static String securityLetters(ClassificationLevel l, Envelope e) {
        char c;
        switch (l) {
            case CONFIDENTIAL: c = 'C'; break;
            case SECRET: c = 'S'; break;
            case TOP_SECRET: c = 'T'; break;
            default: c = e.securityProsign().orElse("").equals("ZNY") ? 'E' : 'U';
        }
        return String.valueOf(c).repeat(5);
    }

    private static void distribution(Out out, Distribution d) {
        // a counter that is not a counter line is text that was run into the office list: it goes
        // back after the list, where the parser reads it from
        List<String> counters = new ArrayList<>(d.counters());
        String glued = null;
        if (d.action().isPresent() || !d.info().isEmpty() || d.totalCopies().isPresent()) {
            for (int i = 0; i < counters.size() && glued == null; i++) {
                if (!COUNTER_LINE.matcher(counters.get(i)).matches()) {
                    glued = counters.remove(i);
                }
            }
        }
        boolean infoLine = !d.info().isEmpty() || d.totalCopies().isPresent();
        if (d.action().isPresent()) {
            out.line("ACTION " + office(d.action().get()) + (glued != null && !infoLine ? " " + glued : ""));
        }
        if (infoLine) {
            StringBuilder sb = new StringBuilder("INFO ");
            for (OfficeCopies o : d.info()) {
                sb.append(' ').append(office(o));
            }
            d.totalCopies().ifPresent(t -> sb.append(" /").append(t));
            if (glued != null) {
                sb.append(' ').append(glued);
            }
            out.line(sb.toString().replace("INFO  ", "INFO "));
        }
        counters.forEach(out::line);
        d.notes().forEach(out::line);
    }

    /** A counter line of a print header: ten dashes or more, then the counter. */
    private static final java.util.regex.Pattern COUNTER_LINE = java.util.regex.Pattern.compile(
            "[ \\t]*-{10,}[ \\t]*[0-9A-Z].*");

    private static String office(OfficeCopies o) {
        return o.office() + "-" + o.copies();
    }

    private static String dtg(DateTimeGroup d) {
        StringBuilder sb = new StringBuilder();
        d.precedence().ifPresent(p -> sb.append(p == Precedence.NIACT_IMMEDIATE ? "NIACT IMMEDIATE" : p.prosign())
                .append(' '));
        d.infoPrecedence().ifPresent(p -> sb.append(p.prosign()).append(' '));
        sb.append(d.text());
        for (String s : d.operatingSignals()) {
            sb.append(' ').append(s);
        }
        return sb.toString();
    }

    private static void addressees(Out out, String keyword, List<Addressee> list) {
        for (int i = 0; i < list.size(); i++) {
            addressee(out, i == 0 ? keyword + " " : "", list.get(i));
        }
    }

    private static void addressee(Out out, String keyword, Addressee a) {
        StringBuilder sb = new StringBuilder(keyword);
        a.routingIndicator().ifPresent(r -> sb.append(r).append('/'));
        sb.append(a.name());
        a.precedence().ifPresent(p -> sb.append(' ').append(p.word()));
        a.serial().ifPresent(s -> sb.append(' ').append(s));
        out.line(sb.toString());
        for (String x : a.exempted()) {
            out.line("XMT " + x);
        }
    }

    private static String classificationLine(Classification c) {
        StringBuilder sb = new StringBuilder(levelWords(c.level()));
        if (c.efto()) {
            sb.append(" E F T O");
        }
        for (String cav : c.caveats()) {
            sb.append("//").append(cav);
        }
        c.section().ifPresent(s -> sb.append(String.format(" SECTION %02d OF %02d", s.number(), s.total())));
        c.origin().ifPresent(o -> sb.append(' ').append(o));
        c.serial().ifPresent(s -> sb.append(' ').append(s));
        return sb.toString();
    }

    /** The classification word as telegrams write it: letter-spaced above LIMITED OFFICIAL USE. */
    private static String levelWords(ClassificationLevel l) {
        switch (l) {
            case UNCLASSIFIED: return "UNCLAS";
            case LIMITED_OFFICIAL_USE: return "LIMITED OFFICIAL USE";
            case CONFIDENTIAL: return "C O N F I D E N T I A L";
            case SECRET: return "S E C R E T";
            default: return "T O P  S E C R E T";
        }
    }

    private static String executiveOrder(ExecutiveOrder e) {
        return "E.O. " + e.order().orElse("12958") + ": " + e.text();
    }

    /**
     * Blank-separated; a person tag keeps its comma ("OBAMA, BARACK"). Commas between the codes
     * would join two name-like codes into one person tag when read again.
     */
    private static String tags(List<Tag> tags) {
        List<String> codes = new ArrayList<>();
        for (Tag t : tags) {
            codes.add(t.code());
        }
        return "TAGS: " + String.join(" ", codes);
    }

    private static String subject(Subject s) {
        return "SUBJECT: " + s.marking().map(m -> "(" + m + ") ").orElse("") + s.text();
    }

    private static List<String> references(List<Reference> refs) {
        List<String> out = new ArrayList<>();
        boolean lettered = refs.stream().anyMatch(r -> r.letter().isPresent());
        if (!lettered) {
            List<String> texts = new ArrayList<>();
            refs.forEach(r -> texts.add(r.text()));
            out.add("REF: " + String.join("; ", texts));
            return out;
        }
        for (int i = 0; i < refs.size(); i++) {
            Reference r = refs.get(i);
            String item = r.letter().map(l -> l + ". ").orElse("") + r.text();
            out.add(i == 0 ? "REF: " + item : "     " + item);
        }
        return out;
    }

    // ------------------------------------------------------------------------------ body

    private void body(Out out, Cable c) {
        List<Paragraph> ps = c.paragraphs();
        List<Break> breaks = c.breaks();
        // from the end: a title paragraph heads the next one, which has a heading or is a title
        boolean[] title = new boolean[ps.size() + 1];
        for (int i = ps.size() - 1; i >= 0; i--) {
            title[i] = titleParagraph(ps.get(i), i + 1 < ps.size() ? ps.get(i + 1) : null, title[i + 1], breaks, i);
        }
        for (int i = 0; i <= ps.size(); i++) {
            final int idx = i;
            List<Break> before = new ArrayList<>();
            List<Break> inside = new ArrayList<>();
            for (Break b : breaks) {
                if (b.paragraph() == idx) {
                    (b.offset() == 0 ? before : inside).add(b);
                }
            }
            for (Break b : before) {
                breakLine(out, b, c);
                out.blank();
            }
            if (i < ps.size()) {
                Paragraph p = ps.get(i);
                if (title[i]) {
                    String line = titleLine(p);
                    out.line(line);
                    out.line(Layout.rule(line));
                } else {
                    // an unnumbered paragraph after no numbered one, or under a heading: a
                    // title-like first block would read as a heading of what follows, and is laid
                    // out like a later block
                    boolean guard = p.number().isEmpty()
                            && (p.heading().isPresent() || i == 0 || ps.get(i - 1).number().isEmpty());
                    paragraph(out, p, inside, c, i == ps.size() - 1, guard);
                }
                out.blank();
            }
        }
    }

    /**
     * An unnumbered paragraph of one title-like line, with no heading, before a paragraph with a
     * heading (or before another such title, underlined in turn) and no break between them: the
     * parser reads it (two headings in a row, the first one text) when it is written underlined
     * like a heading. Written as plain text after a numbered paragraph, it would be read as a
     * block of that paragraph.
     */
    private static boolean titleParagraph(Paragraph p, Paragraph next, boolean nextIsTitle, List<Break> breaks,
            int index) {
        if (p.number().isPresent() || p.heading().isPresent() || next == null
                || next.heading().isEmpty() && !nextIsTitle || p.text().contains("\n")) {
            return false;
        }
        for (Break b : breaks) {
            // no break inside it, and none between it and the next paragraph
            if (b.paragraph() == index && b.offset() > 0 || b.paragraph() == index + 1 && b.offset() == 0) {
                return false;
            }
        }
        return Layout.readsAsUnderlinedHeading(titleLine(p));
    }

    /** A title paragraph's one line: its marking and text. */
    private static String titleLine(Paragraph p) {
        return p.marking().map(m -> "(" + m + ") ").orElse("") + p.text();
    }

    private void breakLine(Out out, Break b, Cable c) {
        // a break line runs into no section line before it
        out.glueAfter(-1, null);
        Optional<Classification> cls = c.classification();
        String origin = cls.flatMap(Classification::origin).orElse(c.origin().orElse("STATE"));
        String serial = cls.flatMap(Classification::serial).or(c::serial).orElse("0");
        String digits = serial.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            digits = "0";
        }
        if (b.kind() == BreakKind.SECTION) {
            out.line(String.format("%s %08d %03d OF %03d", origin, Long.parseLong(digits), b.number(),
                    b.total().orElse(b.number())));
            out.glueAfter(out.lines.size() - 1, cls.flatMap(Classification::origin).orElse(null));
        } else {
            String o6 = origin.length() > 6 ? origin.substring(0, 6) : origin;
            StringBuilder sb = new StringBuilder(String.format("PAGE %02d %s %05d", b.number(), o6, Long.parseLong(digits)));
            if (b.total().isPresent()) {
                sb.append(String.format(" 01 OF %02d", b.total().getAsInt()));
            }
            out.line(sb.toString());
        }
    }

    /** A paragraph with its heading; breaks that fall inside its text cut it there. */
    private void paragraph(Out out, Paragraph p, List<Break> inside, Cable cable, boolean last, boolean guardFirst) {
        String text = p.text();
        List<Break> cuts = inside == null ? List.of() : inside;
        StringBuilder first = new StringBuilder();
        p.number().ifPresent(n -> first.append(n).append(". "));
        p.marking().ifPresent(m -> first.append('(').append(m).append(") "));
        if (p.heading().isPresent()) {
            String h = p.heading().get();
            String head = first + text.substring(0, cuts.isEmpty() ? text.length() : Math.min(cuts.get(0).offset(),
                    text.length())).split("\n\n", -1)[0];
            boolean alone = !cuts.isEmpty() || text.contains("\n\n") || !last;
            String framed = guardFirst && alone && Layout.readsAsHeading(head) && breakAt(List.of(head.split(" "))) < 0
                    ? Layout.framedHeading(h) : null;
            if (framed != null) {
                // a first block that reads as a heading and has no place to break (one word)
                // follows a framed heading line directly: a line after a text line heads nothing
                out.line(framed);
                guardFirst = false;
            } else {
                Layout.heading(h).forEach(out::line);
                out.blank();
            }
        }
        int from = 0;
        boolean block = guardFirst;
        for (Break b : cuts) {
            int at = Math.min(Math.max(b.offset(), from), text.length());
            String part = text.substring(from, at).stripTrailing();
            if (!part.isEmpty() || from == 0) {
                blocks(out, first.length() > 0 && from == 0 ? first + part : part, false, block, false);
            }
            // a cut between blocks stands between blank lines; a cut inside a block, between
            // the block's lines (as a section line falls in a hard-wrapped paragraph)
            boolean between = at >= text.length() || text.charAt(at) == '\n';
            if (between) {
                out.blank();
            }
            breakLine(out, b, cable);
            if (between) {
                out.blank();
            }
            from = at;
            while (from < text.length() && (text.charAt(from) == ' ' || text.charAt(from) == '\n')) {
                from++;
            }
            block = between;
        }
        String rest = text.substring(from);
        if (from == 0 || !rest.isEmpty()) {
            blocks(out, from == 0 ? first + rest : rest, last, block, cable.signers().isEmpty());
        }
    }

    /**
     * Writes text whose internal blocks are separated by blank lines. A block after the first
     * that could read as a heading of what follows is broken after its first word(s), so that it
     * reads as a line of text and its continuation; the last block of the body is followed by no
     * paragraph (and is left alone, not to look like a signature).
     */
    private void blocks(Out out, String text, boolean endsBody, boolean firstIsBlock, boolean unsigned) {
        String[] bs = text.split("\n\n", -1);
        for (int i = 0; i < bs.length; i++) {
            if (i > 0) {
                out.blank();
            }
            if ((i > 0 || firstIsBlock) && !(endsBody && i == bs.length - 1) && Layout.readsAsHeading(bs[i])
                    && broken(out, bs[i])) {
                continue;
            }
            if (endsBody && unsigned && i == bs.length - 1 && Layout.gluedSignature(bs[i]) && unglued(out, bs[i])) {
                continue;
            }
            wrapped(out, bs[i]);
        }
    }

    /**
     * Writes a title-like block as text: a short first line (too short to be a title wrapped at
     * the line's end) and the rest, at a place where the second line starts safely and the first
     * does not end in a hyphen (which would join the words).
     *
     * @return false when the block has no such place (one word)
     */
    private boolean broken(Out out, String block) {
        List<String> words = List.of(block.split(" "));
        int k = breakAt(words);
        if (k < 0) {
            return false;
        }
        out.line(String.join(" ", words.subList(0, k)));
        wrapped(out, String.join(" ", words.subList(k, words.size())));
        return true;
    }

    /** @return the word a title-like block (its words) is broken before ({@link #broken}), or -1 */
    private static int breakAt(List<String> words) {
        int len = 0;
        for (int k = 1; k < words.size(); k++) {
            len += (k > 1 ? 1 : 0) + words.get(k - 1).length();
            if (len + 1 + words.get(k).length() > 55) {
                return -1;
            }
            String first = String.join(" ", words.subList(0, k));
            // the short line must itself be text ("C O N F I D E N T I A L" alone is a banner)
            if (safeLineStart(words, k) && !first.endsWith("-") && !Layout.framed(first)
                    && !RULE_START.matcher(words.get(k)).matches() && Layout.textLine(first)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Writes the last block of a body whose end the parser would take for a signature glued to
     * the text ("... in 2015. MARTINEZ"): the words from the last one with lower case on the
     * first line, the rest (no lower case, no name of its own) on the second, as such cables
     * were wrapped.
     *
     * @return false when the block has no such place
     */
    private boolean unglued(Out out, String block) {
        List<String> words = List.of(block.split(" "));
        int k = words.size();
        while (k > 0 && words.get(k - 1).chars().noneMatch(Character::isLowerCase)) {
            k--;
        }
        for (int j = Math.max(k, 1); j < words.size(); j++) {
            String head = String.join(" ", words.subList(0, j));
            String tail = String.join(" ", words.subList(j, words.size()));
            if (safeLineStart(words, j) && !head.endsWith("-") && !Layout.signature(tail)
                    && !Layout.gluedSignature(tail)) {
                wrapped(out, head);
                out.line(tail);
                return true;
            }
        }
        return false;
    }

    private void wrapped(Out out, String text) {
        if (width == 0 || text.length() <= width) {
            out.line(text);
            return;
        }
        List<String> words = List.of(text.split(" "));
        List<String> line = new ArrayList<>();
        int len = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!line.isEmpty() && len + 1 + w.length() > width) {
                if (safeLineStart(words, i)) {
                    out.line(String.join(" ", line));
                    line.clear();
                    len = 0;
                } else if (line.size() >= 2 && safeLineStart(words, i - 1)) {
                    // the word cannot start a line: carry the word before it down with it
                    String carried = line.remove(line.size() - 1);
                    out.line(String.join(" ", line));
                    line.clear();
                    line.add(carried);
                    len = carried.length();
                }
            }
            len += (line.isEmpty() ? 0 : 1) + w.length();
            line.add(w);
        }
        if (!line.isEmpty()) {
            out.line(String.join(" ", line));
        }
    }

    /**
     * Whether a wrapped line may start with word {@code i}: not where the line would read as a
     * paragraph number, a keyword line, a section or page line, a rule or a trailer token.
     */
    // the shapes of words that must not start a wrapped line, compiled once
    private static final java.util.regex.Pattern PARA_NUMBER_WORD = java.util.regex.Pattern.compile(
            "\u00B6?\\d{1,3}\\.|\\d{1,3}\\.\\(.*");
    private static final java.util.regex.Pattern RULE_WORD = java.util.regex.Pattern.compile("[-=_~*]{2,}.*|[-=_~*]");
    private static final java.util.regex.Pattern RULE_START = java.util.regex.Pattern.compile("[-=_~*].*");
    private static final java.util.regex.Pattern SIX_DIGITS_FIRST = java.util.regex.Pattern.compile("\\d{6}.*");
    private static final java.util.regex.Pattern CLASSIFICATION_WORD = java.util.regex.Pattern.compile(
            "UNCLAS.*|CONFIDENTIAL.*|SECRET.*|LIMITED|TOP|[A-Z]");
    private static final java.util.regex.Pattern DTG_WORD = java.util.regex.Pattern.compile("\\d{6}(?:[Zz].*)?");
    private static final java.util.regex.Pattern Z_FIRST = java.util.regex.Pattern.compile("[Zz].*");
    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("[A-Z]+");
    private static final java.util.regex.Pattern EIGHT_DIGITS = java.util.regex.Pattern.compile("\\d{8}");

    private static boolean safeLineStart(List<String> words, int i) {
        String w = words.get(i);
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        String u = w.toUpperCase(Locale.ROOT);
        if (w.isEmpty() || PARA_NUMBER_WORD.matcher(w).matches() || w.startsWith("#") || w.startsWith("\u00B6")
                || RULE_WORD.matcher(w).matches() || w.startsWith("(") || w.startsWith("[")) {
            return false;
        }
        if (u.equals("BT") || u.startsWith("NNN") || u.equals("SIPDIS") || u.equals("PAGE") || u.equals("VZCZC")
                || u.startsWith("VZCZC") || u.equals("DE") || u.equals("FM") || u.equals("TO") || u.equals("INFO")
                || u.equals("XMT") || u.equals("ACTION") || u.equals("ORIGIN") || u.startsWith("TAGS")
                || u.startsWith("SUBJ") || u.startsWith("REF") || u.startsWith("E.O") || u.equals("EO")
                || u.equals("CLASSIFIED") || u.startsWith("***") || u.startsWith("<<")) {
            return false;
        }
        if (w.length() <= 2 && SIX_DIGITS_FIRST.matcher(next).matches()) {
            return false;
        }
        if (CLASSIFICATION_WORD.matcher(u).matches()) {
            return false;
        }
        // a date-time group: six digits and a Z, with or without a blank between them
        if (DTG_WORD.matcher(w).matches() && (w.length() > 6 || Z_FIRST.matcher(next).matches())) {
            return false;
        }
        return !(LETTERS.matcher(u).matches() && EIGHT_DIGITS.matcher(next).matches());
    }

    /** Whether the body ends with text: no break after the last paragraph. */
    private static boolean endsWithText(Cable c) {
        return !c.paragraphs().isEmpty()
                && c.breaks().stream().noneMatch(b -> b.paragraph() >= c.paragraphs().size());
    }

    /**
     * Collects lines. The first line after a section line that would not read as text on a line
     * of its own ("Classified by: ...", "-------- Title --------") is run into the section line,
     * as in the collapsed lines the parser splits there.
     */
    private static final class Out {
        final List<String> lines = new ArrayList<>();
        private int glueTo = -1;
        private String glueOrigin;

        /**
         * @param section the index of a section line the next line may run into, -1 for none
         * @param origin  the origin the parser reads section lines with (null when it has none)
         */
        void glueAfter(int section, String origin) {
            glueTo = section;
            glueOrigin = origin;
        }

        private int last() {
            int n = lines.size() - 1;
            while (n >= 0 && lines.get(n).isEmpty()) {
                n--;
            }
            return n;
        }

        boolean lastIsText() {
            return last() >= 0;
        }

        /** Appends to the last line that is not blank. */
        void appendToLast(String s) {
            int n = last();
            lines.set(n, lines.get(n) + s);
        }

        void line(String l) {
            int at = glueTo;
            glueTo = -1;
            if (at >= 0 && Layout.runsIntoSectionLine(lines.get(at), l, glueOrigin)) {
                // the blank lines after the section line go: the text stands after it on its line
                while (lines.size() > at + 1 && lines.get(lines.size() - 1).isEmpty()) {
                    lines.remove(lines.size() - 1);
                }
                if (lines.size() == at + 1) {
                    lines.set(at, lines.get(at) + " " + l);
                    return;
                }
            }
            lines.add(l);
        }

        void blank() {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
                lines.add("");
            }
        }

        String text() {
            int n = lines.size();
            while (n > 0 && lines.get(n - 1).isEmpty()) {
                n--;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(lines.get(i)).append('\n');
            }
            return sb.toString();
        }
    }

}

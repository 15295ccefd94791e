package org.cablegram.generate;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import org.cablegram.model.Addressee;
import org.cablegram.model.Break;
import org.cablegram.model.BreakKind;
import org.cablegram.model.Cable;
import org.cablegram.model.Classification;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.DateTimeGroup;
import org.cablegram.model.Envelope;
import org.cablegram.model.Paragraph;
import org.cablegram.model.Precedence;
import org.cablegram.model.Reference;
import org.cablegram.model.Tag;

/** Writes a cable as telegram text in the canonical layout of its era, or in a layout variant. */
final class Renderer {

    /** Choices of layout that do not change what the text means. */
    record Layout(int leadingBlanks, boolean blankAfterRouting, int headerBlanks, boolean compactEo,
            boolean tagsComma, int subjectWrap, String refLabel, int wrap, boolean pilcrows, int paragraphBlanks,
            boolean underlineHeadings, String sectionSuffix) {
    }

    private static final Pattern OFFICE_CODE = Pattern.compile("[A-Z][A-Z0-9/]*-\\d\\d.*");

    private Renderer() {
    }

    static Layout canonical(Cable c) {
        if (CableGenerators.yearOf(c) < 1990) {
            return new Layout(0, false, 0, false, true, 0, ". ", 60, false, 1, false, "");
        }
        return new Layout(0, false, 1, false, false, 0, ". ", 0, false, 1, false, "");
    }

    static Layout random(Cable c, RandomGenerator r) {
        boolean seventies = CableGenerators.yearOf(c) < 1990;
        int wrap = seventies ? (r.nextDouble() < 0.8 ? r.nextInt(50, 70) : 0) : (r.nextBoolean() ? r.nextInt(55, 76) : 0);
        String[] labels = {". ", ") ", "()"};
        String[] suffixes = {"", ".2", ".3", ""};
        return new Layout(r.nextInt(0, 3), r.nextDouble() < 0.3, r.nextInt(0, 3), r.nextDouble() < 0.2,
                r.nextBoolean(), r.nextDouble() < 0.3 ? r.nextInt(40, 71) : 0, labels[r.nextInt(labels.length)], wrap,
                !seventies && r.nextDouble() < 0.4, r.nextInt(1, 3), r.nextDouble() < 0.3,
                suffixes[r.nextInt(suffixes.length)]);
    }

    static String render(Cable c, Layout l) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.leadingBlanks(); i++) {
            out.add("");
        }
        boolean seventies = CableGenerators.yearOf(c) < 1990;
        c.envelope().ifPresent(e -> envelope(e, c, l, out));
        c.dateTimeGroup().ifPresent(d -> out.add(dtg(d)));
        c.from().ifPresent(f -> out.add("FM " + f));
        addressees("TO", c.to(), out);
        addressees("INFO", c.info(), out);
        if (out.stream().anyMatch(s -> !s.isEmpty())) {
            out.add("");
        }
        header(c, l, seventies, out);
        body(c, l, seventies, out);
        if (!c.signers().isEmpty()) {
            out.add("");
            out.addAll(c.signers());
        }
        c.trailer().ifPresent(t -> {
            out.add("");
            out.addAll(t.lines());
        });
        return String.join("\n", out) + "\n";
    }

    // ------------------------------------------------------------------------ envelope

    private static void envelope(Envelope e, Cable c, Layout l, List<String> out) {
        e.startOfMessage().ifPresent(out::add);
        if (e.transmissionPrecedence().isPresent() || !e.routingIndicators().isEmpty()) {
            String p = e.transmissionPrecedence().map(Renderer::doubled).orElse("RR");
            List<String> ris = e.routingIndicators().isEmpty() ? List.of("RUEHWEB") : e.routingIndicators();
            StringBuilder line = new StringBuilder(p);
            int onLine = 0;
            for (String ri : ris) {
                if (onLine == 10) {
                    out.add(line.toString());
                    line = new StringBuilder(ri);
                    onLine = 1;
                    continue;
                }
                line.append(' ').append(ri);
                onLine++;
            }
            out.add(line.toString());
            if (l.blankAfterRouting()) {
                out.add("");
            }
        }
        if (e.originatingStation().isPresent()) {
            StringBuilder de = new StringBuilder("DE ").append(e.originatingStation().get());
            e.stationSerial().ifPresent(s -> {
                de.append(" #").append(s);
                e.transmissionSection().ifPresent(x -> de.append('/').append(x));
            });
            if (e.filingDayOfYear().isPresent() && e.filingTime().isPresent()) {
                LocalTime t = e.filingTime().get();
                de.append(' ').append(String.format("%03d%02d%02d", e.filingDayOfYear().getAsInt(), t.getHour(),
                        t.getMinute()));
            }
            out.add(de.toString());
        }
        if (e.securityProsign().isPresent()) {
            StringBuilder s = new StringBuilder(e.securityProsign().get());
            e.securityLevel().ifPresent(level -> s.append(' ').append(String.valueOf(securityLetter(e, level)).repeat(5)));
            e.operatingSignals().forEach(x -> s.append(' ').append(x));
            out.add(s.toString());
        }
    }

    private static char securityLetter(Envelope e, ClassificationLevel level) {
        switch (level) {
            case UNCLASSIFIED:
            case LIMITED_OFFICIAL_USE:
                return "ZNY".equals(e.securityProsign().orElse("")) ? 'E' : 'U';
            case CONFIDENTIAL:
                return 'C';
            case SECRET:
                return 'S';
            default:
                return 'T';
        }
    }

    private static String doubled(Precedence p) {
        String s = p.prosign();
        return s + s;
    }

    private static String dtg(DateTimeGroup d) {
        StringBuilder sb = new StringBuilder();
        d.precedence().ifPresent(p -> sb.append(p.prosign()).append(' '));
        d.infoPrecedence().ifPresent(p -> sb.append(p.prosign()).append(' '));
        sb.append(d.text());
        d.operatingSignals().forEach(s -> sb.append(' ').append(s));
        return sb.toString();
    }

    private static void addressees(String keyword, List<Addressee> list, List<String> out) {
        List<String> exempted = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Addressee a = list.get(i);
            StringBuilder sb = new StringBuilder(i == 0 ? keyword + " " : "");
            a.routingIndicator().ifPresent(ri -> sb.append(ri).append('/'));
            sb.append(a.name());
            a.precedence().ifPresent(p -> sb.append(' ').append(p.word()));
            a.serial().ifPresent(s -> sb.append(' ').append(s));
            out.add(sb.toString());
            exempted.addAll(a.exempted());
        }
        for (int i = 0; i < exempted.size(); i++) {
            out.add((i == 0 ? "XMT " : "") + exempted.get(i));
        }
    }

    // ------------------------------------------------------------------------ text header

    static String classWords(ClassificationLevel level, boolean spaced, boolean seventies) {
        switch (level) {
            case UNCLASSIFIED:
                return seventies ? "UNCLASSIFIED" : "UNCLAS";
            case LIMITED_OFFICIAL_USE:
                return "LIMITED OFFICIAL USE";
            case CONFIDENTIAL:
                return spaced ? "C O N F I D E N T I A L" : "CONFIDENTIAL";
            case SECRET:
                return spaced ? "S E C R E T" : "SECRET";
            default:
                return spaced ? "T O P S E C R E T" : "TOP SECRET";
        }
    }

    private static String classLine(Classification c, boolean seventies, Optional<Integer> section, int total) {
        StringBuilder sb = new StringBuilder(classWords(c.level(), !seventies && c.caveats().isEmpty(), seventies));
        if (c.efto()) {
            sb.append(" E F T O");
        }
        c.caveats().forEach(x -> sb.append("//").append(x));
        section.ifPresent(n -> sb.append(String.format(" SECTION %02d OF %02d", n, total)));
        c.origin().ifPresent(o -> sb.append(' ').append(o));
        c.serial().ifPresent(s -> sb.append(' ').append(s));
        return sb.toString();
    }

    private static void gap(List<String> out, int blanks) {
        for (int i = 0; i < blanks; i++) {
            out.add("");
        }
    }

    private static void header(Cable c, Layout l, boolean seventies, List<String> out) {
        int gap = l.headerBlanks();
        boolean any = false;
        if (c.classification().isPresent()) {
            Classification k = c.classification().get();
            out.add(classLine(k, seventies, k.section().map(s -> s.number()), k.section().map(s -> s.total()).orElse(1)));
            any = true;
            if (!k.captions().isEmpty()) {
                gap(out, Math.max(gap, seventies ? 0 : 1));
                out.addAll(k.captions());
            }
        }
        if (!c.passing().isEmpty()) {
            gap(out, any ? Math.max(gap, 1) : 0);
            out.addAll(c.passing());
            any = true;
        }
        if (c.executiveOrder().isPresent()) {
            gap(out, any ? (seventies && gap == 0 ? 1 : gap) : 0);
            var eo = c.executiveOrder().get();
            String order = eo.order().orElse("12958");
            out.add(l.compactEo() ? "EO " + order + " " + eo.text() : "E.O. " + order + ": " + eo.text());
            any = true;
        }
        if (!c.tags().isEmpty()) {
            gap(out, any ? gap : 0);
            List<String> codes = c.tags().stream().map(Tag::code).toList();
            out.add("TAGS: " + String.join(l.tagsComma() ? ", " : " ", codes));
            any = true;
        }
        if (c.subject().isPresent()) {
            gap(out, any ? gap : 0);
            var s = c.subject().get();
            String first = "SUBJECT: " + s.marking().map(m -> "(" + m + ") ").orElse("");
            out.addAll(wrap(first, s.text(), l.subjectWrap()));
            any = true;
        }
        if (!c.references().isEmpty()) {
            gap(out, any ? Math.max(gap, seventies ? 1 : 0) : 0);
            List<Reference> refs = c.references();
            for (int i = 0; i < refs.size(); i++) {
                Reference ref = refs.get(i);
                String label = ref.letter().map(x -> "()".equals(l.refLabel()) ? "(" + x + ") " : x + l.refLabel())
                        .orElse("");
                out.add((i == 0 ? "REF: " : "     ") + label + ref.text());
            }
            any = true;
        }
        if (c.classifiedBy().isPresent()) {
            gap(out, any ? gap : 0);
            String t = c.classifiedBy().get().text();
            boolean upper = t.equals(t.toUpperCase(Locale.ROOT));
            out.add((upper ? "CLASSIFIED BY: " : "Classified By: ") + t);
            any = true;
        }
        if (any) {
            gap(out, 1);
        }
    }

    // ------------------------------------------------------------------------ body

    private static void body(Cable c, Layout l, boolean seventies, List<String> out) {
        List<Paragraph> ps = c.paragraphs();
        for (int i = 0; i <= ps.size(); i++) {
            for (Break b : c.breaks()) {
                if (b.paragraph() == i) {
                    breakLine(c, b, seventies, l).ifPresent(line -> {
                        out.add(line);
                        gap(out, 1);
                    });
                }
            }
            if (i == ps.size()) {
                break;
            }
            Paragraph p = ps.get(i);
            if (p.heading().isPresent()) {
                out.add(p.heading().get());
                if (l.underlineHeadings()) {
                    out.add("-".repeat(Math.max(3, p.heading().get().length())));
                }
                gap(out, 1);
            }
            StringBuilder prefix = new StringBuilder();
            if (p.number().isPresent()) {
                prefix.append(l.pilcrows() ? "\u00B6" : "").append(p.number().getAsInt()).append(". ");
            }
            p.marking().ifPresent(m -> prefix.append('(').append(m).append(") "));
            String[] blocks = p.text().split("\n\n");
            for (int b = 0; b < blocks.length; b++) {
                if (b > 0) {
                    gap(out, 1);
                }
                out.addAll(wrap(b == 0 ? prefix.toString() : "", blocks[b].replace('\n', ' '), l.wrap()));
            }
            gap(out, l.paragraphBlanks());
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
    }

    private static Optional<String> breakLine(Cable c, Break b, boolean seventies, Layout l) {
        Optional<Classification> k = c.classification();
        String origin = k.flatMap(Classification::origin).orElse(c.origin().orElse("STATE"));
        String digits = k.flatMap(Classification::serial).orElse(c.serial().orElse("0")).replaceAll("\\D", "");
        int total = b.total().orElse(k.flatMap(Classification::section).map(s -> s.total()).orElse(b.number()));
        if (b.kind() == BreakKind.PAGE) {
            return Optional.of(String.format("PAGE %02d %s %s", b.number(), origin, digits));
        }
        if (!seventies) {
            String serial = digits.length() >= 8 ? digits : "0".repeat(8 - digits.length()) + digits;
            return Optional.of(String.format("%s %s %03d%s OF %03d", origin, serial, b.number(), l.sectionSuffix(),
                    total));
        }
        if (b.number() <= 1 || k.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(classLine(k.get(), true, Optional.of(b.number()), total));
    }

    // ------------------------------------------------------------------------ wrapping

    /** Wraps text after a prefix; a line never starts with a word that would change its kind. */
    static List<String> wrap(String prefix, String text, int width) {
        if (width <= 0) {
            return List.of(prefix + text);
        }
        List<String> lines = new ArrayList<>();
        String[] words = text.split(" ");
        StringBuilder line = new StringBuilder(prefix);
        boolean first = true;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (!first && line.length() + 1 + w.length() > width && safeLineStart(w)) {
                lines.add(line.toString());
                line = new StringBuilder(w);
                continue;
            }
            if (!first) {
                line.append(' ');
            }
            line.append(w);
            first = false;
        }
        lines.add(line.toString());
        return lines;
    }

    static boolean safeLineStart(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        String u = word.toUpperCase(Locale.ROOT);
        String bare = u.replaceAll("[,.;:)]+$", "");
        if (Vocab.RISKY_LINE_STARTS.contains(bare) || Vocab.RISKY_LINE_STARTS.contains(u)) {
            return false;
        }
        if (bare.length() == 1 && u.length() > 1) {
            return false;
        }
        return !OFFICE_CODE.matcher(u).matches();
    }
}

package org.cablegram.internal.write;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.cablegram.model.Addressee;
import org.cablegram.model.Classification;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.DateTimeGroup;
import org.cablegram.model.Distribution;
import org.cablegram.model.Envelope;
import org.cablegram.model.ExecutiveOrder;
import org.cablegram.model.OfficeCopies;
import org.cablegram.model.Precedence;
import org.cablegram.model.Reference;
import org.cablegram.model.Subject;
import org.cablegram.model.Tag;
import org.cablegram.model.TagKind;

/** The canonical lines of the envelope, the print header and the text header's elements. */
final class HeaderLines {

    /** The notice the partial-extract flag stands for. */
    static final String PARTIAL_NOTICE = "This record is a partial extract of the original cable. "
            + "The full text of the original cable is not available.";

    /** A counter line of a print header: ten dashes or more, then the counter. */
    private static final Pattern COUNTER_LINE = Pattern.compile("[ \\t]*-{10,}[ \\t]*[0-9A-Z].*");

    private HeaderLines() {
    }

    static void envelope(Out out, Envelope e) {
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

    static void distribution(Out out, Distribution d) {
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

    private static String office(OfficeCopies o) {
        return o.office() + "-" + o.copies();
    }

    static String dtg(DateTimeGroup d) {
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

    /**
     * One addressee and the XMT lines of those it exempts.
     *
     * @param keyword "TO", "INFO" for the first addressee of its list, "" for the others
     */
    static void addressee(Out out, String keyword, Addressee a) {
        StringBuilder sb = new StringBuilder(keyword.isEmpty() ? "" : keyword + " ");
        a.routingIndicator().ifPresent(r -> sb.append(r).append('/'));
        sb.append(a.name());
        a.precedence().ifPresent(p -> sb.append(' ').append(p.word()));
        a.serial().ifPresent(s -> sb.append(' ').append(s));
        out.line(sb.toString());
        for (String x : a.exempted()) {
            out.line("XMT " + x);
        }
    }

    static String classificationLine(Classification c) {
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

    static String executiveOrder(ExecutiveOrder e) {
        return "E.O. " + e.order().orElse("12958") + ": " + e.text();
    }

    /**
     * Blank-separated; a person tag keeps its comma ("OBAMA, BARACK"). Commas between the codes
     * would join two name-like codes into one person tag when read again, and a blank between two
     * tags that are no known codes would join them into one free-text tag: a semicolon parts those,
     * and sets a person tag apart.
     */
    static String tags(List<Tag> tags) {
        StringBuilder sb = new StringBuilder("TAGS:");
        Tag before = null;
        for (Tag t : tags) {
            boolean hard = before != null && (unknown(before) && unknown(t)
                    || before.kind() == TagKind.PERSON || t.kind() == TagKind.PERSON);
            sb.append(hard ? "; " : " ").append(t.code());
            before = t;
        }
        return sb.toString();
    }

    private static boolean unknown(Tag t) {
        return t.kind() == TagKind.UNKNOWN;
    }

    static String subject(Subject s) {
        return "SUBJECT: " + s.marking().map(m -> "(" + m + ") ").orElse("") + s.text();
    }

    static String classifiedBy(String text) {
        return "Classified By: " + text;
    }

    static List<String> references(List<Reference> refs) {
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
}

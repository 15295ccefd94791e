package org.cablegram;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.cablegram.model.Addressee;
import org.cablegram.model.Break;
import org.cablegram.model.Cable;
import org.cablegram.model.Paragraph;
import org.cablegram.model.Reference;
import org.cablegram.model.Tag;

/**
 * The JSON form of a cable as plain maps and lists, ready for any JSON library
 * ({@code new ObjectMapper().writeValueAsString(JsonForm.of(name, result))}). Its keys are a
 * contract: every key is always present, absent scalars are null and absent lists empty, enum
 * values are their upper-case names, serial numbers are strings, dates are ISO-8601 (UTC for
 * instants). Keys may be added in later versions, never renamed or removed.
 */
public final class JsonForm {

    private JsonForm() {
    }

    /**
     * The JSON form of a parse result: the cable's keys plus {@code diagnostics}.
     *
     * @param source what the cable was read from (a file name), or null
     * @param r      the parse result
     * @return a tree of maps (insertion-ordered), lists, strings, numbers, booleans and nulls
     */
    public static Map<String, Object> of(String source, ParseResult r) {
        Map<String, Object> m = of(source, r.cable());
        m.put("diagnostics", diagnostics(r.diagnostics()));
        return m;
    }

    /**
     * The JSON form of a cable, without diagnostics.
     *
     * @param source what the cable was read from (a file name), or null
     * @param c      the cable
     * @return a tree of maps (insertion-ordered), lists, strings, numbers, booleans and nulls
     */
    public static Map<String, Object> of(String source, Cable c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("referenceId", c.referenceId().map(Object::toString).orElse(null));
        m.put("origin", c.origin().orElse(null));
        m.put("serial", c.serial().orElse(null));
        m.put("partialExtract", c.partialExtract());
        Map<String, Object> env = null;
        if (c.envelope().isPresent()) {
            var e = c.envelope().get();
            env = new LinkedHashMap<>();
            env.put("startOfMessage", e.startOfMessage().orElse(null));
            env.put("channel", e.channel().orElse(null));
            env.put("sequence", e.sequence().orElse(null));
            env.put("transmissionPrecedence", name(e.transmissionPrecedence()));
            env.put("routingIndicators", e.routingIndicators());
            env.put("originatingStation", e.originatingStation().orElse(null));
            env.put("stationSerial", e.stationSerial().orElse(null));
            env.put("transmissionSection", e.transmissionSection().orElse(null));
            env.put("filingDayOfYear", e.filingDayOfYear().isPresent() ? e.filingDayOfYear().getAsInt() : null);
            env.put("filingTime", e.filingTime().map(t -> t.format(DateTimeFormatter.ofPattern("HH:mm"))).orElse(null));
            env.put("securityProsign", e.securityProsign().orElse(null));
            env.put("securityLevel", name(e.securityLevel()));
            env.put("operatingSignals", e.operatingSignals());
        }
        m.put("envelope", env);
        m.put("precedence", name(c.dateTimeGroup().flatMap(d -> d.precedence())));
        m.put("infoPrecedence", name(c.dateTimeGroup().flatMap(d -> d.infoPrecedence())));
        m.put("dateTime", c.dateTimeGroup().flatMap(d -> d.instant()).map(Object::toString).orElse(null));
        m.put("from", c.from().orElse(null));
        m.put("to", addressees(c.to()));
        m.put("info", addressees(c.info()));
        Map<String, Object> dist = null;
        if (c.distribution().isPresent()) {
            var d = c.distribution().get();
            dist = new LinkedHashMap<>();
            dist.put("action", d.action().map(o -> o.office() + "-" + o.copies()).orElse(null));
            List<String> offices = new ArrayList<>();
            d.info().forEach(o -> offices.add(o.office() + "-" + o.copies()));
            dist.put("info", offices);
            dist.put("totalCopies", d.totalCopies().orElse(null));
            dist.put("counters", d.counters());
            dist.put("notes", d.notes());
        }
        m.put("distribution", dist);
        Map<String, Object> cls = null;
        if (c.classification().isPresent()) {
            var k = c.classification().get();
            cls = new LinkedHashMap<>();
            cls.put("level", k.level().name());
            cls.put("efto", k.efto());
            cls.put("caveats", k.caveats());
            cls.put("captions", k.captions());
            Map<String, Object> sec = null;
            if (k.section().isPresent()) {
                sec = new LinkedHashMap<>();
                sec.put("number", k.section().get().number());
                sec.put("total", k.section().get().total());
            }
            cls.put("section", sec);
            cls.put("origin", k.origin().orElse(null));
            cls.put("serial", k.serial().orElse(null));
        }
        m.put("classification", cls);
        m.put("passing", c.passing());
        Map<String, Object> eo = null;
        if (c.executiveOrder().isPresent()) {
            var e = c.executiveOrder().get();
            eo = new LinkedHashMap<>();
            eo.put("order", e.order().orElse(null));
            eo.put("text", e.text());
            eo.put("declassifyOn", e.declassifyOn().map(Object::toString).orElse(null));
        }
        m.put("executiveOrder", eo);
        List<Object> tags = new ArrayList<>();
        for (Tag t : c.tags()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("code", t.code());
            x.put("kind", t.kind().name());
            tags.add(x);
        }
        m.put("tags", tags);
        m.put("subject", c.subject().map(s -> s.text()).orElse(null));
        m.put("subjectMarking", c.subject().flatMap(s -> s.marking()).orElse(null));
        List<Object> refs = new ArrayList<>();
        for (Reference rf : c.references()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("letter", rf.letter().orElse(null));
            x.put("text", rf.text());
            x.put("kind", rf.kind().name());
            x.put("cableId", rf.cableId().orElse(null));
            x.put("cableIds", new ArrayList<Object>(rf.cableIds()));
            refs.add(x);
        }
        m.put("references", refs);
        Map<String, Object> cb = null;
        if (c.classifiedBy().isPresent()) {
            var b = c.classifiedBy().get();
            cb = new LinkedHashMap<>();
            cb.put("text", b.text());
            cb.put("name", b.name().orElse(null));
            cb.put("title", b.title().orElse(null));
            cb.put("reasons", b.reasons());
        }
        m.put("classifiedBy", cb);
        m.put("summary", c.summary().orElse(null));
        m.put("comments", c.comments());
        List<Object> paras = new ArrayList<>();
        for (Paragraph p : c.paragraphs()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("number", num(p.number()));
            x.put("marking", p.marking().orElse(null));
            x.put("heading", p.heading().orElse(null));
            x.put("text", p.text());
            paras.add(x);
        }
        m.put("paragraphs", paras);
        List<Object> breaks = new ArrayList<>();
        for (Break b : c.breaks()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", b.kind().name());
            x.put("number", b.number());
            x.put("total", num(b.total()));
            x.put("paragraph", b.paragraph());
            x.put("offset", b.offset());
            breaks.add(x);
        }
        m.put("breaks", breaks);
        m.put("signers", c.signers());
        m.put("trailer", c.trailer().map(t -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("text", t.text());
            return x;
        }).orElse(null));
        List<Object> un = new ArrayList<>();
        c.unrecognized().forEach(u -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("line", u.line());
            x.put("text", u.text());
            un.add(x);
        });
        m.put("unrecognized", un);
        return m;
    }

    /**
     * The JSON form of diagnostics.
     *
     * @param diagnostics diagnostics of a parse
     * @return one map per diagnostic: severity, code, message, line, column, endLine, endColumn
     */
    public static List<Object> diagnostics(List<Diagnostic> diagnostics) {
        List<Object> ds = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("severity", d.severity().name());
            x.put("code", d.code().name());
            x.put("message", d.message());
            x.put("line", d.span().startLine());
            x.put("column", d.span().startColumn());
            x.put("endLine", d.span().endLine());
            x.put("endColumn", d.span().endColumn());
            ds.add(x);
        }
        return ds;
    }

    private static List<Object> addressees(List<Addressee> list) {
        List<Object> out = new ArrayList<>();
        for (Addressee a : list) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("routingIndicator", a.routingIndicator().orElse(null));
            x.put("name", a.name());
            x.put("precedence", name(a.precedence()));
            x.put("serial", a.serial().orElse(null));
            x.put("exempted", a.exempted());
            out.add(x);
        }
        return out;
    }

    private static String name(Optional<? extends Enum<?>> e) {
        return e.map(Enum::name).orElse(null);
    }

    private static Integer num(OptionalInt i) {
        return i.isPresent() ? i.getAsInt() : null;
    }
}

package org.cablegram.internal.fields;

import org.cablegram.internal.engine.FieldEngine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.cablegram.CableParser;
import org.cablegram.Diagnostic;
import org.cablegram.ParseResult;
import org.cablegram.internal.grammar.FieldLexer;
import org.cablegram.internal.grammar.FieldParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The grammar example files ({@code src/test/resources/grammar-examples}): for each entry rule,
 * lines with the alternative they must match and their field values written by hand, and damaged
 * lines with the diagnostic a telegram holding them must carry. Every labelled alternative of
 * the field grammar must be used by some example.
 */
class FieldGrammarExamplesTest {

    static final Path DIR = Path.of("src/test/resources/grammar-examples");

    /** How one entry rule is parsed and its value turned into comparable fields. */
    record Entry(int mode, Function<FieldParser, ParserRuleContext> rule, Function<String, Map<String, String>> fields,
            int lineInTelegram) { }

    static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        ENTRIES.put("som", new Entry(FieldLexer.SOM, p -> p.standaloneStartOfMessage().startOfMessage(), s -> {
            Fields.Som v = Fields.som(s);
            return map("text", v.text(), "channel", v.channel(), "sequence", v.sequence());
        }, 0));
        ENTRIES.put("routing", new Entry(FieldLexer.DEFAULT_MODE, p -> p.standaloneRouting().routing(), s -> {
            Fields.Routing v = Fields.routing(s);
            return map("precedence", opt(v.precedence()), "indicators", String.join(" ", v.indicators()),
                    "stray", String.join(" ", v.stray()));
        }, 1));
        ENTRIES.put("de", new Entry(FieldLexer.DEFAULT_MODE, p -> p.standaloneDe().deLine(), s -> {
            Fields.De v = Fields.de(s);
            return map("station", v.station(), "serial", opt(v.serial()), "section", opt(v.section()),
                    "day", opt(v.day()), "time", opt(v.time()), "leftover", v.leftover());
        }, 2));
        ENTRIES.put("security", new Entry(FieldLexer.SECURITY, p -> p.standaloneSecurity().securityLine(), s -> {
            Fields.Security v = Fields.security(s);
            return map("prosign", v.prosign(), "level", opt(v.level()), "signals", String.join(" | ", v.signals()));
        }, 3));
        ENTRIES.put("dtg", new Entry(FieldLexer.DTG, p -> p.standaloneDtg().dtgLine(), s -> {
            Fields.Dtg v = Fields.dtg(s);
            return map("precedence", opt(v.precedence()), "infoPrecedence", opt(v.infoPrecedence()), "text", v.text(),
                    "instant", opt(v.instant()), "signals", String.join(" | ", v.signals()), "from", opt(v.gluedFrom()));
        }, 4));
        ENTRIES.put("from", new Entry(FieldLexer.DEFAULT_MODE, p -> p.standaloneFrom().fromLine(),
                s -> map("name", Fields.from(s)), 5));
        ENTRIES.put("addressee", new Entry(FieldLexer.DEFAULT_MODE, p -> p.standaloneAddressees().addresseeLine(0), s -> {
            var v = Fields.addressee(s).orElseThrow().addressee();
            return map("routingIndicator", opt(v.routingIndicator()), "name", v.name(),
                    "precedence", opt(v.precedence()), "serial", opt(v.serial()));
        }, 7));
        ENTRIES.put("offices", new Entry(FieldLexer.OFFICES, p -> p.standaloneOffices().officeLine(), s -> {
            Fields.Offices v = Fields.offices(s);
            return map("action", v.action().map(o -> o.office() + "-" + o.copies()).orElse(""),
                    "offices", v.offices().stream().map(o -> o.office() + "-" + o.copies()).collect(Collectors.joining(" ")),
                    "total", opt(v.totalCopies()), "glued", v.glued());
        }, -1));
        ENTRIES.put("counter", new Entry(FieldLexer.OFFICES, p -> p.standaloneCounter().counterLine(),
                s -> map("text", Fields.counter(s).text()), -1));
        ENTRIES.put("printNote", new Entry(FieldLexer.OFFICES, p -> p.standalonePrintNote().printNoteLine(),
                s -> map("text", Fields.printNote(s).text()), -1));
        ENTRIES.put("page", new Entry(FieldLexer.DEFAULT_MODE, p -> p.standalonePage().pageLine(), s -> {
            Optional<Fields.Page> v = Fields.page(s);
            return v.isEmpty() ? map("absent", "true") : map("number", String.valueOf(v.get().number()),
                    "total", v.get().total().isPresent() ? String.valueOf(v.get().total().getAsInt()) : "",
                    "rest", v.get().rest());
        }, -1));
        ENTRIES.put("classification", new Entry(FieldLexer.DEFAULT_MODE,
                p -> p.standaloneClassification().classLine(), s -> {
                    Optional<Fields.ClassLine> o = Fields.classLine(s);
                    if (o.isEmpty()) {
                        return map("absent", "true");
                    }
                    Fields.ClassLine v = o.get();
                    return map("level", v.level().name(), "efto", String.valueOf(v.efto()),
                            "caveats", String.join(" | ", v.caveats()),
                            "section", v.section().map(x -> x.number() + "/" + x.total()).orElse(""),
                            "origin", opt(v.origin()), "serial", opt(v.serial()),
                            "serialEnd", String.valueOf(v.serialEnd()), "onlyCaveats", String.valueOf(v.onlyCaveats()));
                }, -1));
        ENTRIES.put("captions", new Entry(FieldLexer.DEFAULT_MODE, p -> p.standaloneCaptions().captionLine(),
                s -> map("captions", String.join(" | ", Fields.captions(s).captions())), -1));
        ENTRIES.put("captionPrefix", new Entry(FieldLexer.DEFAULT_MODE, p -> p.standaloneCaptionPrefix().captionPrefix(),
                s -> map("end", String.valueOf(Fields.captionPrefixEnd(s))), -1));
        ENTRIES.put("eo", new Entry(FieldLexer.EO, p -> p.standaloneEo().eoLine(), s -> {
            HeaderFields.Eo v = HeaderFields.eo(s);
            return map("order", opt(v.order().order()), "text", v.order().text(),
                    "declassifyOn", opt(v.order().declassifyOn()), "gluedTags", opt(v.gluedTags()),
                    "badDate", String.valueOf(v.badDate()));
        }, 10));
        ENTRIES.put("subject", new Entry(FieldLexer.SUBJECT, p -> p.standaloneSubject().subjectLine(), s -> {
            org.cablegram.model.Subject v = HeaderFields.subject(List.of(s.split("\n"))).subject();
            return map("text", v.text(), "marking", opt(v.marking()));
        }, -1));
        ENTRIES.put("tags", new Entry(FieldLexer.TAGS, p -> p.standaloneTags().tagsBlock(), s -> map("tags",
                Tags.read(Tags.items(List.of(s.split("\n")))).tags().stream()
                        .map(t -> t.code() + " " + t.kind()).collect(Collectors.joining(" | "))), -1));
        ENTRIES.put("reference", new Entry(FieldLexer.REF, p -> p.standaloneReference().referenceBlock(), s -> {
            HeaderFields.ReferenceRead v = HeaderFields.references(List.of(s.split("\n")), 2009, null);
            return map("items", v.items().stream().map(i -> i.reference().letter().orElse("-") + "; "
                    + i.reference().kind() + "; "
                    + (i.reference().cableIds().isEmpty() ? "-" : String.join(" ", i.reference().cableIds()))
                    + "; " + i.reference().text())
                    .collect(Collectors.joining(" | ")), "opening", opt(v.opening()), "next", opt(v.next()));
        }, -1));
        ENTRIES.put("passing", new Entry(FieldLexer.PASSING, p -> p.standalonePassing().passingLine(),
                s -> map("opens", String.valueOf(HeaderFields.opensPassing(s))), -1));
        ENTRIES.put("classifiedBy", new Entry(FieldLexer.CLASSIFIED_BY, p -> p.standaloneClassifiedBy().classifiedByLine(),
                s -> {
                    org.cablegram.model.ClassifiedBy v = HeaderFields.classifiedBy(s);
                    return map("text", v.text(), "name", opt(v.name()), "title", opt(v.title()),
                            "reasons", String.join(" | ", v.reasons()));
                }, -1));
        ENTRIES.put("collapsedHeader", new Entry(FieldLexer.COLLAPSED,
                p -> p.standaloneCollapsedHeader().collapsedHeader(), s -> {
                    CollapsedHeader.Line v = CollapsedHeader.read(s);
                    int from = v.keywordTwice() ? v.pieces().get(0).start() : 0;
                    List<String> parts = new ArrayList<>();
                    for (int i = 0; i < v.pieces().size(); i++) {
                        int end = i + 1 < v.pieces().size() ? v.pieces().get(i + 1).start() : s.length();
                        String part = s.substring(Math.max(from, v.pieces().get(i).start()), end);
                        parts.add(v.pieces().get(i).kind() + ": " + (i + 1 < v.pieces().size() ? part.stripTrailing() : part));
                    }
                    return map("elements", String.join(" | ", parts), "keywordTwice", String.valueOf(v.keywordTwice()));
                }, 10));
        ENTRIES.put("paragraphStart", new Entry(FieldLexer.PARA, p -> p.standaloneParagraphStart().paragraphStart(), s -> {
            Optional<Fields.ParaStart> o = Fields.paragraph(s);
            if (o.isEmpty()) {
                return map("absent", "true");
            }
            Fields.ParaStart v = o.get();
            return map("digits", v.digits(), "ledByOne", String.valueOf(v.ledByOne()),
                    "pilcrow", String.valueOf(v.pilcrow()), "marking", opt(v.marking()), "text", v.text());
        }, 13));
        ENTRIES.put("markedText", new Entry(FieldLexer.PORTION, p -> p.standaloneMarkedText().markedText(), s -> {
            Fields.Marked v = Fields.marking(s);
            return map("marking", opt(v.marking()), "text", v.text());
        }, -1));
        ENTRIES.put("sectionLine", new Entry(FieldLexer.SECTION_LINE, p -> p.standaloneSectionLine().sectionLine(), s -> {
            Optional<Fields.SectionMark> o = Fields.sectionMark(s);
            return o.isEmpty() ? map("absent", "true") : map("origin", o.get().origin(), "serial", o.get().serial(),
                    "number", String.valueOf(o.get().number()), "suffix", opt(o.get().suffix()),
                    "total", String.valueOf(o.get().total()));
        }, -1));
        ENTRIES.put("runTogether", new Entry(FieldLexer.RUN_TOGETHER, p -> p.standaloneRunTogether().runTogether(), s -> {
            RunTogether.Line v = RunTogether.read(s);
            List<String> parts = new ArrayList<>();
            for (RunTogether.Part p : v.parts()) {
                StringBuilder b = new StringBuilder(p.form() + "@" + p.start());
                if (p.form() == RunTogether.Form.TAIL) {
                    b.append(p.origin() >= 0 ? " o" + p.origin() : "");
                } else {
                    b.append(" n").append(p.number()).append(p.marking() == null ? "" : " m" + p.marking())
                            .append(p.pilcrow() ? " pilcrow" : "");
                }
                parts.add(b.toString());
            }
            return map("parts", String.join(" | ", parts), "caption", String.valueOf(v.caption()));
        }, -1));
        ENTRIES.put("reasons", new Entry(FieldLexer.REASONS_LEAD, p -> p.standaloneReasons().reasonsText(), s -> {
            Reasons.Read v = Reasons.read(s);
            int at = Reasons.bodyAfter(s, 0, new Reasons.Walk());
            return map("section", String.valueOf(v.sectionEnd()), "steps", v.steps().stream()
                    .map(x -> x.kind().name()).collect(Collectors.joining(" ")), "body", at < 0 ? "" : s.substring(at));
        }, -1));
        ENTRIES.put("trailer", new Entry(FieldLexer.TRAILER, p -> p.standaloneTrailer().trailerLine(), s -> {
            Fields.TrailerLine v = Fields.trailer(s);
            return map("text", v.text(), "serial", opt(v.serial()));
        }, -1));
    }

    /** A telegram with every envelope line; an example replaces line {@code lineInTelegram} (0-based). */
    private static final List<String> TELEGRAM = List.of(
            "VZCZCXYZ0001", "RR RUEHWEB", "DE RUEHC #0001 0010000", "ZNR UUUUU ZZH", "R 010000Z JAN 09",
            "FM SECSTATE WASHDC", "TO RUEHTA/AMEMBASSY ASTANA 0001", "RUEHBJ/AMEMBASSY BEIJING 0002", "",
            "UNCLAS STATE 000001", "", "SUBJECT: EXAMPLE", "", "1. TEXT.");

    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String opt(Optional<?> o) {
        return o.map(String::valueOf).orElse("");
    }

    /** One example block. */
    record Example(String file, String input, String alternative, Map<String, String> fields, String code) { }

    static List<Example> examples(Path file) throws IOException {
        List<Example> out = new ArrayList<>();
        String name = file.getFileName().toString().replace(".examples", "");
        StringBuilder input = null;
        String alternative = null;
        String code = null;
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.add("");
        for (String l : lines) {
            if (l.startsWith("#")) {
                continue;
            }
            if (l.isBlank()) {
                if (input != null) {
                    out.add(new Example(name, input.toString(), alternative, fields, code));
                }
                input = null;
                alternative = null;
                code = null;
                fields = new LinkedHashMap<>();
                continue;
            }
            int colon = l.indexOf(':');
            String key = l.substring(0, colon);
            String value = l.substring(colon + 1).strip();
            switch (key) {
                case "input": input = new StringBuilder(l.substring(colon + 2)); break;
                case "input+": input.append('\n').append(l.substring(colon + 2)); break;
                case "alternative": alternative = value; break;
                case "code": code = value; break;
                default: fields.put(key, value);
            }
        }
        return out;
    }

    static List<Example> all() throws IOException {
        List<Example> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".examples")).sorted().collect(Collectors.toList())) {
                out.addAll(examples(f));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyExample() throws IOException {
        return all().stream().map(e -> DynamicTest.dynamicTest(e.file() + ": " + e.input(), () -> {
            Entry entry = ENTRIES.get(e.file());
            ParserRuleContext tree = FieldEngine.parse(e.input(), entry.mode(), p -> entry.rule().apply(p));
            assertEquals(e.alternative(), label(tree), "alternative");
            assertEquals(e.fields(), entry.fields().apply(e.input()), "fields");
            if (e.code() != null) {
                List<String> t = new ArrayList<>(TELEGRAM);
                t.set(entry.lineInTelegram(), e.input());
                ParseResult r = CableParser.create().parse(String.join("\n", t) + "\n");
                int line = entry.lineInTelegram() + 1;
                assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().name().equals(e.code())
                        && d.span().startLine() <= line && line <= d.span().endLine()),
                        "expected " + e.code() + " at line " + line + ": " + r.diagnostics());
            }
        }));
    }

    @Test
    void everyLabelledAlternativeHasAnExample() throws IOException {
        TreeSet<String> used = new TreeSet<>();
        for (Example e : all()) {
            Entry entry = ENTRIES.get(e.file());
            collect(FieldEngine.parse(e.input(), entry.mode(), p -> entry.rule().apply(p)), used);
        }
        TreeSet<String> all = new TreeSet<>();
        for (Class<?> c : FieldParser.class.getDeclaredClasses()) {
            // a labelled alternative's context extends its rule's context
            if (ParserRuleContext.class.isAssignableFrom(c) && c.getSuperclass() != ParserRuleContext.class) {
                all.add(label(c));
            }
        }
        all.removeAll(used);
        assertEquals(new TreeSet<>(), all, "labelled alternatives without an example");
        assertTrue(ENTRIES.keySet().stream().allMatch(k -> Files.exists(DIR.resolve(k + ".examples"))));
    }

    private static void collect(ParseTree t, TreeSet<String> out) {
        if (t instanceof ParserRuleContext c) {
            if (c.getClass().getSuperclass() != ParserRuleContext.class) {
                out.add(label(c.getClass()));
            }
            for (int i = 0; i < c.getChildCount(); i++) {
                collect(c.getChild(i), out);
            }
        }
    }

    private static String label(ParserRuleContext c) {
        return label(c.getClass());
    }

    private static String label(Class<?> c) {
        String n = c.getSimpleName().replaceFirst("Context$", "");
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    static String unused(Diagnostic d) {
        return d.toString();
    }
}

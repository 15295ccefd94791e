package org.cablegram.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.cablegram.CableParser;
import org.cablegram.Diagnostic;
import org.cablegram.DiagnosticCode;
import org.cablegram.model.Cable;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.Tag;
import org.cablegram.corpus.CableOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cablegram stats}: a summary of a corpus. */
@Command(name = "stats",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Parse cables and summarise the corpus, as tables or as JSON.",
            "",
            "Counts cables, cables with ERROR diagnostics, cables by year, classification level and origin, "
                    + "the most frequent TAGS and the diagnostics by code.",
            "Year: of the reference id derived from the text, else of the date-time group. Origin: of the "
                    + "reference id, else of the classification line. \"(none)\" counts cables that lack it."
        },
        footerHeading = "%nExit status:%n",
        footer = {
            "  0  success (cables with ERROR diagnostics are counted, they do",
            "     not fail the run)",
            "  2  usage error, or some input could not be read",
            "  3  internal error"
        })
final class StatsCommand extends CableCommand {

    private static final String NONE = "(none)";

    @Option(names = "--json", description = "Write the summary as one JSON object instead of tables.")
    boolean json;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "List the N most frequent origins and tags (default: ${DEFAULT-VALUE}; 0: all).")
    int top;

    /**
     * What the summary needs of one input, taken on the worker thread: not the parse result.
     *
     * @param problem the outcome when it is no cable (to report it), else null
     */
    private record Facts(CableOutcome.Status status, boolean hasErrors, List<Diagnostic> diagnostics,
                         CableOutcome problem, String year, String level, String origin, Set<String> tags) {
    }

    private final Map<String, Integer> years = new TreeMap<>();
    private final Map<String, Integer> levels = new LinkedHashMap<>();
    private final Map<String, Integer> origins = new HashMap<>();
    private final Map<String, Integer> tags = new HashMap<>();
    private final Map<DiagnosticCode, Integer> codes = new EnumMap<>(DiagnosticCode.class);

    @Override
    public Integer call() {
        for (ClassificationLevel l : ClassificationLevel.values()) {
            levels.put(l.name(), 0);
        }
        levels.put(NONE, 0);
        Tally tally = new Tally();
        process(CableParser.create(inputs.parserOptions(false)), StatsCommand::facts, f -> {
            tally.add(f.status(), f.hasErrors());
            if (f.problem() != null) {
                reportProblem(f.problem());
                return;
            }
            years.merge(f.year(), 1, Integer::sum);
            levels.merge(f.level(), 1, Integer::sum);
            origins.merge(f.origin(), 1, Integer::sum);
            f.tags().forEach(t -> tags.merge(t, 1, Integer::sum));
            for (Diagnostic d : f.diagnostics()) {
                codes.merge(d.code(), 1, Integer::sum);
            }
        });
        if (json) {
            writeJson(tally);
        } else {
            writeTables(tally);
        }
        out().flush();
        return tally.status(false);
    }

    private static Facts facts(CableOutcome o) {
        if (o.status() == CableOutcome.Status.REJECTED) {
            return new Facts(o.status(), true, o.diagnostics(), o, null, null, null, Set.of());
        }
        if (o.status() != CableOutcome.Status.PARSED) {
            return new Facts(o.status(), false, List.of(), o, null, null, null, Set.of());
        }
        Cable c = o.result().orElseThrow().cable();
        String year = c.referenceId().map(r -> String.valueOf(r.year()))
                .or(() -> c.dateTimeGroup().flatMap(d -> d.instant())
                        .map(i -> String.valueOf(i.atZone(java.time.ZoneOffset.UTC).getYear())))
                .orElse(NONE);
        String level = c.classification().map(k -> k.level().name()).orElse(NONE);
        String origin = c.origin().orElse(NONE);
        Set<String> t = new LinkedHashSet<>();
        for (Tag tag : c.tags()) {
            t.add(tag.code());
        }
        return new Facts(o.status(), o.hasErrors(), o.diagnostics(), null, year, level, origin, t);
    }

    private void writeJson(Tally t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cables", t.cables);
        m.put("cablesWithErrors", t.withErrors);
        m.put("unreadableInputs", t.unreadable);
        m.put("byYear", yearsNoneLast());
        m.put("byClassification", levels);
        m.put("origins", origins.size());
        m.put("byOrigin", topOf(origins));
        m.put("tags", tags.size());
        m.put("byTag", topOf(tags));
        Map<String, Integer> byCode = new LinkedHashMap<>();
        codes.forEach((k, v) -> byCode.put(k.name(), v));
        m.put("diagnosticsByCode", byCode);
        out().println(JsonText.pretty(m));
    }

    private void writeTables(Tally t) {
        PrintWriter out = out();
        out.printf("cables               %8d%n", t.cables);
        out.printf("  with ERRORs        %8d%n", t.withErrors);
        out.printf("unreadable inputs    %8d%n", t.unreadable);
        table("year", yearsNoneLast());
        table("classification", levels);
        table(heading("origin", origins), topOf(origins));
        table(heading("tag", tags), topOf(tags));
        Map<String, Integer> byCode = new LinkedHashMap<>();
        codes.forEach((k, v) -> byCode.put(k.name() + " (" + k.defaultSeverity().name().toLowerCase(java.util.Locale.ROOT)
                + ")", v));
        table("diagnostic", byCode);
    }

    private String heading(String what, Map<String, Integer> counts) {
        return top > 0 && counts.size() > top
                ? what + " (top " + top + " of " + counts.size() + ")"
                : what + " (" + counts.size() + ")";
    }

    private void table(String heading, Map<String, Integer> rows) {
        PrintWriter out = out();
        int width = heading.length();
        for (String k : rows.keySet()) {
            width = Math.max(width, k.length());
        }
        out.println();
        out.printf("%-" + width + "s  %8s%n", heading, heading.startsWith("diagnostic") ? "count" : "cables");
        for (Map.Entry<String, Integer> e : rows.entrySet()) {
            out.printf("%-" + width + "s  %8d%n", e.getKey(), e.getValue());
        }
    }

    private Map<String, Integer> yearsNoneLast() {
        Map<String, Integer> m = new LinkedHashMap<>();
        years.forEach((k, v) -> {
            if (!NONE.equals(k)) {
                m.put(k, v);
            }
        });
        if (years.containsKey(NONE)) {
            m.put(NONE, years.get(NONE));
        }
        return m;
    }

    private Map<String, Integer> topOf(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
        list.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : list) {
            if (top > 0 && m.size() >= top) {
                break;
            }
            m.put(e.getKey(), e.getValue());
        }
        return m;
    }
}

package org.cablegram.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;

import org.cablegram.CableParser;
import org.cablegram.Diagnostic;
import org.cablegram.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cablegram validate}: compiler-style diagnostics. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Parse cables and print their diagnostics compiler-style, then a summary line.",
            "",
            "  FILE:LINE:COLUMN: SEVERITY: CODE: message",
            "",
            "FILE is the file as named, file#row for a CSV row, or <stdin>; for .html and .csv inputs LINE and "
                    + "COLUMN count in the extracted telegram text (header, blank line, body)."
        },
        footerHeading = "%nExit status:%n",
        footer = {
            "  0  no cable has an ERROR diagnostic (and every input was read)",
            "  1  some cable has an ERROR diagnostic",
            "  2  usage error, or some input could not be read",
            "  3  internal error"
        })
final class ValidateCommand extends CableCommand {

    @Option(names = "--severity", paramLabel = "LEVEL", defaultValue = "WARNING",
            description = "The least severe diagnostics shown: ERROR, WARNING or INFO (default: ${DEFAULT-VALUE}). "
                    + "The summary counts all of them.")
    Severity severity;

    @Override
    public Integer call() {
        PrintWriter out = out();
        Tally tally = new Tally();
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        process(CableParser.create(inputs.parserOptions(false)), o -> o, o -> {
            tally.add(o);
            if (!o.isCable()) {
                reportProblem(o);
                return;
            }
            for (Diagnostic d : o.diagnostics()) {
                counts.merge(d.severity(), 1, Integer::sum);
                if (d.severity().ordinal() <= severity.ordinal()) {
                    out.println(o.origin() + ":" + d);
                }
            }
        });
        out.println(summary(tally, counts));
        out.flush();
        return tally.status(true);
    }

    private static String summary(Tally t, Map<Severity, Integer> counts) {
        StringBuilder s = new StringBuilder();
        s.append(plural(t.cables, "cable")).append(", ").append(t.withErrors).append(" with errors; ")
                .append(plural(counts.getOrDefault(Severity.ERROR, 0), "error")).append(", ")
                .append(plural(counts.getOrDefault(Severity.WARNING, 0), "warning")).append(", ")
                .append(plural(counts.getOrDefault(Severity.INFO, 0), "info"));
        if (t.unreadable > 0) {
            s.append("; ").append(plural(t.unreadable, "input")).append(" could not be read");
        }
        if (t.failed > 0) {
            s.append("; ").append(plural(t.failed, "input")).append(" failed with an internal error");
        }
        return s.toString();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

package org.cablegram.cli;

import java.io.PrintWriter;
import org.cablegram.CableParser;
import org.cablegram.corpus.CableOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cablegram parse}: the JSON form of each cable on standard output. */
@Command(name = "parse",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Parse cables and write their JSON form (see JSON.md) to standard output, in input order.",
            "",
            "--format json: one input file (or - for standard input) gives one pretty-printed object; several "
                    + "paths, a directory or a CSV file give a pretty-printed JSON array of objects.",
            "--format jsonl: one compact JSON object per line and cable.",
            "Every object has a \"source\" field: the file as named on the command line (or found below a "
                    + "directory named there), file#row for a row of a CSV file, or <stdin>.",
            "Inputs that cannot be read are reported on standard error; the others are still parsed."
        },
        footerHeading = "%nExit status:%n",
        footer = {
            "  0  every input was read (without --strict, diagnostics are in",
            "     the JSON, ERRORs too)",
            "  1  --strict and some cable was rejected for an ERROR diagnostic",
            "  2  usage error, or some input could not be read",
            "  3  internal error"
        })
final class ParseCommand extends CableCommand {

    /** Output formats. */
    enum Format { json, jsonl }

    @Option(names = "--strict",
            description = "Strict parsing: a cable with an ERROR diagnostic is not written but reported on standard "
                    + "error, and the exit status is 1.")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    /** Whether the output is one JSON object rather than an array. */
    private boolean single;

    /** A cable's outcome with its JSON text, rendered on the worker thread. */
    private record Rendered(CableOutcome outcome, String json) {
    }

    @Override
    public Integer call() {
        single = format == Format.json && oneCable();
        CableParser parser = CableParser.create(inputs.parserOptions(strict));
        PrintWriter out = out();
        Tally tally = new Tally();
        int[] written = {0};
        try {
            process(parser, o -> new Rendered(o, o.status() == CableOutcome.Status.PARSED ? render(o) : null), r -> {
                tally.add(r.outcome());
                if (r.json() == null) {
                    reportProblem(r.outcome());
                    return;
                }
                if (format == Format.jsonl) {
                    out.write(r.json());
                    out.write('\n');
                } else if (single) {
                    out.write(r.json());
                    out.write('\n');
                } else {
                    out.write(written[0] == 0 ? "[\n" : ",\n");
                    out.write(r.json());
                }
                written[0]++;
                if (written[0] % 64 == 0 && out.checkError()) {
                    throw new OutputClosed();
                }
            });
        } catch (OutputClosed e) {
            err().println("cablegram: error: cannot write to standard output; stopped");
            return IO_ERROR;
        }
        if (format == Format.json && !single) {
            out.write(written[0] == 0 ? "[]\n" : "\n]\n");
        }
        out.flush();
        if (out.checkError()) {
            err().println("cablegram: error: cannot write to standard output");
            return IO_ERROR;
        }
        return tally.status(strict);
    }

    /** Standard output was closed (a pipe to {@code head}, a full disk): stop parsing. */
    private static final class OutputClosed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputClosed() {
            super(null, null, false, false);
        }
    }

    private String render(CableOutcome o) {
        if (format == Format.jsonl) {
            return JsonText.compact(json(o));
        }
        String pretty = JsonText.pretty(json(o));
        // An element of the array: the same text, one level deeper.
        return single ? pretty : "  " + pretty.replace("\n", "\n  ");
    }
}

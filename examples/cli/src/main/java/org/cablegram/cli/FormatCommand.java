package org.cablegram.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cablegram.CableParser;
import org.cablegram.CableWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cablegram format}: the writer's telegram text for each input cable. */
@Command(name = "format",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write each cable back as telegram text: in the canonical layout (see docs/canonical-layout.md), "
                    + "or with --lossless exactly as it was read.",
            "Without --out the texts go to standard output in input order; with --out each goes to a file of "
                    + "the same name in DIR (a CSV row becomes <file>#<row>.txt)."
        },
        footerHeading = "%nExit status:%n",
        footer = {
            "  0  every input was written",
            "  2  usage error, or some input could not be read or written",
            "  3  internal error"
        })
final class FormatCommand extends CableCommand {

    @Option(names = "--lossless", description = "Reproduce each input byte for byte instead of the canonical layout.")
    boolean lossless;

    @Option(names = "--wrap", paramLabel = "WIDTH", defaultValue = "0",
            description = "Wrap paragraph text at WIDTH characters in the canonical layout (69 is the telegram line; "
                    + "default: no wrapping).")
    int wrap;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one file per cable into DIR.")
    Path out;

    /** A cable's text, rendered on the worker thread. */
    private record Written(Outcome outcome, String text) {
    }

    @Override
    public Integer call() {
        CableWriter writer;
        try {
            writer = CableWriter.wrapping(wrap);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--wrap: " + e.getMessage());
        }
        if (out != null) {
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                err().println(out + ": error: cannot create directory: " + Inputs.reason(e));
                return IO_ERROR;
            }
        }
        List<InputFile> files = files();
        PrintWriter stdout = out();
        Tally tally = new Tally();
        int[] writeErrors = {0};
        process(files, CableParser.create(), o -> new Written(o, o.status() == Outcome.Status.PARSED
                ? (lossless ? CableWriter.lossless(o.result()) : writer.write(o.result().cable())) : null), w -> {
                    tally.add(w.outcome());
                    if (w.text() == null) {
                        reportProblem(w.outcome());
                        return;
                    }
                    if (out == null) {
                        stdout.write(w.text());
                        return;
                    }
                    Path target = out.resolve(fileName(w.outcome().source()));
                    try {
                        Files.writeString(target, w.text(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        writeErrors[0]++;
                        err().println(target + ": error: cannot write: " + Inputs.reason(e));
                    }
                });
        stdout.flush();
        int status = tally.status(false);
        return status == 0 && writeErrors[0] > 0 ? IO_ERROR : status;
    }

    /** The output file name of a source: the input's file name, a CSV row as name#row.txt. */
    static String fileName(String source) {
        String name = Path.of(source.replace('#', '_')).getFileName().toString();
        int hash = source.lastIndexOf('#');
        if (hash > 0) {
            name = Path.of(source.substring(0, hash)).getFileName() + "#" + source.substring(hash + 1) + ".txt";
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
            name = name.substring(0, name.lastIndexOf('.')) + ".txt";
        }
        return name;
    }
}

package org.cablegram.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.cablegram.CableParser;
import org.cablegram.CableWriter;
import org.cablegram.ParseResult;
import org.cablegram.corpus.CableOutcome;
import org.cablegram.corpus.Origin;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cablegram format}: the writer's telegram text for each input cable. */
@Command(name = "format",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write each cable back as telegram text: in the canonical layout (see docs/canonical-layout.md), "
                    + "or with --lossless exactly as it was read.",
            "Without --out the texts go to standard output in input order. When the inputs can hold several "
                    + "cables (several paths, a directory, a CSV file), each cable is preceded by a marker line",
            "  " + FormatCommand.MARKER_START + "SOURCE" + FormatCommand.MARKER_END,
            "(SOURCE as in validate: file, file#row or <stdin>), and a text that does not end with a line "
                    + "break gets one.",
            "With --out each cable goes to a file in DIR named by its reference id (ID.txt), else by "
                    + "the refid of its CSV row, else by its input (name.txt, stdin.txt, cables-ROW.txt). A file is never "
                    + "overwritten: when the name is taken, in this run or before it, -2, -3... is added before "
                    + ".txt and a note goes to standard error."
        },
        footerHeading = "%nExit status:%n",
        footer = {
            "  0  every input was written",
            "  2  usage error, or some input could not be read or written",
            "  3  internal error"
        })
final class FormatCommand extends CableCommand {

    /** The start of the line before each cable on standard output, when there may be several. */
    static final String MARKER_START = "==> ";
    /** The end of that line. */
    static final String MARKER_END = " <==";

    @Option(names = "--lossless", description = "Reproduce each input byte for byte instead of the canonical layout.")
    boolean lossless;

    @Option(names = "--wrap", paramLabel = "WIDTH", defaultValue = "0",
            description = "Wrap paragraph text at WIDTH characters in the canonical layout (69 is the telegram line; "
                    + "default: no wrapping).")
    int wrap;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one file per cable into DIR.")
    Path out;

    /** A cable's text and the file name it asks for, made on the worker thread. */
    private record Written(CableOutcome outcome, String text, String name) {
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
                err().println(out + ": error: cannot create directory: " + e.getMessage());
                return IO_ERROR;
            }
        }
        boolean markers = !oneCable();
        PrintWriter stdout = out();
        Tally tally = new Tally();
        Set<String> taken = new HashSet<>();
        int[] writeErrors = {0};
        process(CableParser.create(inputs.parserOptions(false)), o -> {
            if (o.status() != CableOutcome.Status.PARSED) {
                return new Written(o, null, null);
            }
            ParseResult r = o.result().orElseThrow();
            return new Written(o, lossless ? CableWriter.lossless(r) : writer.write(r.cable()), fileName(o));
        }, w -> {
            tally.add(w.outcome());
            if (w.text() == null) {
                reportProblem(w.outcome());
                return;
            }
            if (out == null) {
                if (markers) {
                    stdout.write(MARKER_START + w.outcome().origin() + MARKER_END + "\n");
                    stdout.write(w.text());
                    if (!w.text().isEmpty() && !w.text().endsWith("\n")) {
                        stdout.write('\n');
                    }
                } else {
                    stdout.write(w.text());
                }
                return;
            }
            if (!writeNew(w, taken)) {
                writeErrors[0]++;
            }
        });
        stdout.flush();
        int status = tally.status(false);
        return status == 0 && writeErrors[0] > 0 ? IO_ERROR : status;
    }

    /**
     * Writes the text into a file of DIR that did not exist: the name asked for, else the first
     * free one with a number added.
     *
     * @return whether the text was written
     */
    private boolean writeNew(Written w, Set<String> taken) {
        String name = w.name();
        String stem = name.substring(0, name.length() - ".txt".length());
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? name : stem + "-" + n + ".txt";
            // file systems that ignore case would take "A.txt" and "a.txt" for one file
            if (!taken.add(candidate.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Path target = out.resolve(candidate);
            try (OutputStream os = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                os.write(w.text().getBytes(StandardCharsets.UTF_8));
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException e) {
                err().println(target + ": error: cannot write: " + e.getMessage());
                return false;
            }
            if (n > 1) {
                err().println(w.outcome().origin() + ": note: " + out.resolve(name) + " exists; written to " + target);
            }
            return true;
        }
    }

    /**
     * The file name a cable asks for: its reference id, else the id its source names (a CSV
     * row's refid), else its input's name; with {@code .txt}, and safe on every file system.
     *
     * @param o a parsed outcome
     * @return the name
     */
    static String fileName(CableOutcome o) {
        String id = o.result().orElseThrow().cable().referenceId().map(Object::toString)
                .or(o::expectedId).filter(s -> !s.isBlank()).orElseGet(() -> inputName(o.origin()));
        return safe(id) + ".txt";
    }

    private static String inputName(Origin origin) {
        if (origin.isStandardInput()) {
            return "stdin";
        }
        Path file = origin.path().map(Path::getFileName).orElse(null);
        String name = file != null ? file.toString() : origin.name();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return origin.row().isPresent() ? name + "-" + origin.row().getAsLong() : name;
    }

    private static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}

package org.cablegram.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

import org.cablegram.CableParser;
import org.cablegram.JsonForm;
import org.cablegram.ParseResult;
import org.cablegram.Severity;
import org.cablegram.corpus.BatchParser;
import org.cablegram.corpus.BatchRun;
import org.cablegram.corpus.CableOutcome;
import org.cablegram.corpus.CableSource;
import org.cablegram.corpus.Format;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What the commands share: the inputs, the batch parser, the progress bar and the exit status. */
abstract class CableCommand implements Callable<Integer> {

    /** Exit status: an input could not be read. */
    static final int IO_ERROR = 2;

    @ParentCommand
    Cablegram root;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** @return the inputs as the corpus library reads command-line paths ({@code -} is standard input) */
    CableSource source() {
        return CableSource.arguments(inputs.paths, inputs.input == null ? null : inputs.input.format(), root.stdin());
    }

    /**
     * @return whether the one PATH names one cable (a file that is not a CSV file, or standard
     *         input): then the output is that cable's alone, not a list
     */
    boolean oneCable() {
        if (inputs.paths.size() != 1) {
            return false;
        }
        String arg = inputs.paths.get(0);
        if (inputs.input == InputType.csv) {
            return false;
        }
        if (arg.equals("-")) {
            return true;
        }
        try {
            Path p = Path.of(arg);
            return !Files.isDirectory(p) && (inputs.input != null || Format.byExtension(p).orElse(Format.TEXT) != Format.CABLES_CSV);
        } catch (InvalidPathException e) {
            return true;
        }
    }

    /**
     * Reads and parses the inputs, delivering results in order.
     *
     * @param parser  the parser
     * @param prepare turns an outcome into what the sink takes, on a worker thread
     * @param sink    takes the results in input order
     * @param <R>     what the sink takes
     */
    <R> void process(CableParser parser, Function<CableOutcome, R> prepare, Consumer<R> sink) {
        int threads = inputs.threads != null ? inputs.threads : Runtime.getRuntime().availableProcessors();
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        boolean show = inputs.progress != null ? inputs.progress : root.terminal();
        try (Progress progress = show ? Progress.bar(root.progressOut(), spec.name()) : Progress.none();
             BatchRun<R> run = BatchParser.create(parser).threads(threads).progress(progress::update)
                     .start(source(), prepare)) {
            run.forEachRemaining(sink);
        }
    }

    /**
     * Reports an input that gave no cable on standard error, in one line (and a line per error
     * of a cable the strict parser rejected).
     *
     * @param o the outcome
     */
    void reportProblem(CableOutcome o) {
        switch (o.status()) {
            case UNREADABLE:
            case FAILED:
                err().println(o.origin() + ": error: " + o.message().orElse("unreadable"));
                break;
            case REJECTED:
                long n = o.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
                err().println(o.origin() + ": error: rejected by the strict parser: " + n + " error(s)");
                o.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                        .forEach(d -> err().println(o.origin() + ":" + d));
                break;
            default:
                break;
        }
    }

    /**
     * @param o a parsed outcome
     * @return its JSON form ({@link JsonForm#of}), with the source's diagnostics (bytes that are
     *         not UTF-8) merged into {@code diagnostics}
     */
    static Map<String, Object> json(CableOutcome o) {
        ParseResult r = o.result().orElseThrow();
        Map<String, Object> m = JsonForm.of(o.origin().toString(), r);
        if (o.diagnostics().size() != r.diagnostics().size()) {
            m.put("diagnostics", JsonForm.diagnostics(o.diagnostics()));
        }
        return m;
    }

    /** Counts outcomes and turns them into an exit status. */
    static final class Tally {
        int cables;
        int withErrors;
        int rejected;
        int unreadable;
        int failed;

        void add(CableOutcome o) {
            add(o.status(), o.hasErrors());
        }

        void add(CableOutcome.Status status, boolean hasErrors) {
            switch (status) {
                case PARSED:
                    cables++;
                    if (hasErrors) {
                        withErrors++;
                    }
                    break;
                case REJECTED:
                    cables++;
                    withErrors++;
                    rejected++;
                    break;
                case UNREADABLE:
                    unreadable++;
                    break;
                default:
                    failed++;
                    break;
            }
        }

        /**
         * @param errorsFail whether cables with ERROR diagnostics give status 1
         * @return 3 for an internal error, else 2 for an unreadable input, else 1 or 0
         */
        int status(boolean errorsFail) {
            if (failed > 0) {
                return Main.INTERNAL_ERROR;
            }
            if (unreadable > 0) {
                return IO_ERROR;
            }
            return errorsFail && withErrors > 0 ? 1 : 0;
        }
    }
}

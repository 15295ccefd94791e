package org.cablegram.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

import org.cablegram.CableParser;
import org.cablegram.Severity;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What the commands share: the inputs, the pipeline, the progress bar and the exit status. */
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

    /**
     * @return the inputs in reading order
     */
    List<InputFile> files() {
        return Inputs.expand(inputs.paths, inputs.input);
    }

    /**
     * Reads and parses the files, delivering results in order.
     *
     * @param files   the inputs
     * @param parser  the parser
     * @param prepare turns an outcome into what the sink takes, on a worker thread
     * @param sink    takes the results in input order
     * @param <R>     what the sink takes
     */
    <R> void process(List<InputFile> files, CableParser parser, Function<Outcome, R> prepare, Consumer<R> sink) {
        int threads = inputs.threads != null ? inputs.threads : Runtime.getRuntime().availableProcessors();
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        boolean show = inputs.progress != null ? inputs.progress : root.terminal();
        boolean csv = files.stream().anyMatch(f -> f.type() == InputType.csv);
        try (Progress progress = show ? Progress.bar(root.progressOut(), spec.name(), csv ? -1 : files.size())
                : Progress.none();
             Pipeline<R> pipeline = new Pipeline<>(parser, threads, prepare, r -> {
                 sink.accept(r);
                 progress.step();
             })) {
            pipeline.run(files);
        }
    }

    /**
     * Reports an input that gave no cable on standard error.
     *
     * @param o the outcome
     */
    void reportProblem(Outcome o) {
        switch (o.status()) {
            case UNREADABLE:
            case FAILED:
                err().println(o.source() + ": error: " + o.message());
                break;
            case REJECTED:
                long n = o.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
                err().println(o.source() + ": error: rejected by the strict parser: " + n + " error(s)");
                o.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                        .forEach(d -> err().println(o.source() + ":" + d));
                break;
            default:
                break;
        }
    }

    /** Counts outcomes and turns them into an exit status. */
    static final class Tally {
        int cables;
        int withErrors;
        int rejected;
        int unreadable;
        int failed;

        void add(Outcome o) {
            switch (o.status()) {
                case PARSED:
                    cables++;
                    if (o.hasErrors()) {
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

package org.cablegram.corpus;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.cablegram.CableParseException;
import org.cablegram.CableParser;
import org.cablegram.ParseResult;
import org.cablegram.Severity;

/**
 * Parses the inputs of a {@link CableSource} in parallel and hands the results back in input
 * order.
 *
 * <p>Inputs are read and parsed on a pool of worker threads of the run's own; at most
 * {@link #window()} inputs are in flight (read, parsed, or waiting for an earlier one to be taken),
 * so the source is read no faster than the results are taken (back-pressure) and memory stays
 * bounded whatever the size of the corpus or of a CSV file. A run is cancelled by
 * {@link BatchRun#cancel()} or by closing it or its stream.
 *
 * <pre>{@code
 * BatchParser batch = BatchParser.create(CableParser.create()).threads(4);
 * try (Stream<CableOutcome> outcomes = batch.stream(CableSource.folder(Path.of("cables")))) {
 *     outcomes.filter(CableOutcome::hasErrors).forEach(o -> System.out.println(o.origin()));
 * }
 * }</pre>
 *
 * <p>A batch parser is immutable and thread-safe (the {@code with}-style methods return a new
 * one); each run has its own threads and is used from one thread at a time.
 */
public final class BatchParser {

    private final CableParser parser;
    private final int threads;
    private final int window;
    private final ProgressListener progress;

    private BatchParser(CableParser parser, int threads, int window, ProgressListener progress) {
        this.parser = parser;
        this.threads = threads;
        this.window = window;
        this.progress = progress;
    }

    /**
     * @param parser the parser every input goes through (immutable and thread-safe, so shared)
     * @return a batch parser on as many threads as there are processors, with a window of four
     *         inputs per thread and no progress listener
     */
    public static BatchParser create(CableParser parser) {
        Objects.requireNonNull(parser, "parser");
        int n = Runtime.getRuntime().availableProcessors();
        return new BatchParser(parser, n, defaultWindow(n), ProgressListener.NONE);
    }

    private static int defaultWindow(int threads) {
        return Math.max(8, threads * 4);
    }

    /**
     * @param threads worker threads, at least 1; the window becomes four inputs per thread (at
     *                least 8) unless set after
     * @return a batch parser like this one on that many threads
     */
    public BatchParser threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        return new BatchParser(parser, threads, defaultWindow(threads), progress);
    }

    /**
     * @param window most inputs in flight at once, at least 1: the bound on memory
     * @return a batch parser like this one with that window
     */
    public BatchParser window(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1: " + window);
        }
        return new BatchParser(parser, threads, window, progress);
    }

    /**
     * @param listener told of each result handed out
     * @return a batch parser like this one with that listener
     */
    public BatchParser progress(ProgressListener listener) {
        return new BatchParser(parser, threads, window, Objects.requireNonNull(listener, "listener"));
    }

    /** @return the parser */
    public CableParser parser() {
        return parser;
    }

    /** @return the number of worker threads */
    public int threads() {
        return threads;
    }

    /** @return the most inputs in flight at once */
    public int window() {
        return window;
    }

    /**
     * Starts a run: the source is opened (folders listed) and the first inputs go to the workers.
     *
     * @param source the inputs
     * @return the run, whose results are taken in input order; close it
     */
    public BatchRun<CableOutcome> start(CableSource source) {
        return start(source, Function.identity());
    }

    /**
     * Starts a run whose results are made on the worker threads: what the caller would do with
     * each outcome (rendering JSON, collecting facts) runs in parallel too, and the outcome's
     * parse result can be dropped early.
     *
     * @param source the inputs
     * @param mapper turns an outcome into a result, on a worker thread; an exception it throws
     *               is thrown again where that result is taken, and ends the run
     * @param <R>    the type of the results
     * @return the run, whose results are taken in input order; close it
     */
    public <R> BatchRun<R> start(CableSource source, Function<? super CableOutcome, ? extends R> mapper) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mapper, "mapper");
        return new BatchRun<>(source.open(), threads, window, progress, p -> mapper.apply(parse(p.read())));
    }

    /**
     * @param source the inputs
     * @return the outcomes in input order; closing the stream cancels the run
     */
    public Stream<CableOutcome> stream(CableSource source) {
        return start(source).stream();
    }

    /**
     * Parses every input and gives the outcomes to an action, in input order, on the calling
     * thread.
     *
     * @param source the inputs
     * @param action takes each outcome
     */
    public void forEach(CableSource source, Consumer<? super CableOutcome> action) {
        try (BatchRun<CableOutcome> run = start(source)) {
            run.forEachRemaining(action);
        }
    }

    /**
     * Parses one input on the calling thread, as a run does on its workers.
     *
     * @param input an input
     * @return its outcome; never throws for a bad input or a parser failure
     */
    public CableOutcome parse(CableInput input) {
        if (input.problem().isPresent()) {
            return CableOutcome.unreadable(input);
        }
        try {
            ParseResult r = parser.parse(input.text().orElseThrow(), input.expectedId().orElse(null));
            // the strict parser cannot see the source's errors: reject for them as it would
            if (parser.options().strict() && input.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
                return CableOutcome.rejected(input, r.diagnostics());
            }
            return CableOutcome.parsed(input, r);
        } catch (CableParseException e) {
            return CableOutcome.rejected(input, e);
        } catch (RuntimeException e) {
            return CableOutcome.failed(input, e);
        } catch (StackOverflowError e) {
            return CableOutcome.failed(input, new IllegalStateException("stack overflow in the parser", e));
        }
    }
}

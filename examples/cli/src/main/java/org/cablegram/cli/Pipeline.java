package org.cablegram.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.cablegram.CableParseException;
import org.cablegram.CableParser;
import org.cablegram.Diagnostic;
import org.cablegram.ParseResult;
import org.cablegram.Severity;

/**
 * Reads and parses many inputs in one JVM: in parallel on a pool of threads, delivered in input
 * order. At most {@code window} inputs are in flight (read, parsed, or parsed and waiting for
 * an earlier one), so memory stays bounded whatever the size of the corpus or the CSV file.
 *
 * <p>Each cable's {@code prepare} step (such as rendering its JSON) runs on the worker thread
 * that parsed it; {@code sink} runs on the calling thread, one result at a time, in order.
 *
 * @param <R> what {@code prepare} makes of an outcome
 */
final class Pipeline<R> implements AutoCloseable {

    private final CableParser parser;
    private final ExecutorService pool;
    private final int window;
    private final Function<Outcome, R> prepare;
    private final Consumer<R> sink;
    private final ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();

    /**
     * @param parser  the parser (thread-safe, shared)
     * @param threads worker threads, at least 1
     * @param prepare turns an outcome into what the sink takes; runs on a worker
     * @param sink    takes the results in input order; runs on the calling thread
     */
    Pipeline(CableParser parser, int threads, Function<Outcome, R> prepare, Consumer<R> sink) {
        this.parser = parser;
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
        this.window = Math.max(8, threads * 4);
        this.prepare = prepare;
        this.sink = sink;
    }

    /**
     * Reads, parses and delivers all inputs.
     *
     * @param files the inputs, in order
     */
    void run(List<InputFile> files) {
        for (InputFile f : files) {
            if (f.error() != null) {
                done(Outcome.unreadable(f.display(), f.error()));
                continue;
            }
            switch (f.type()) {
                case text:
                    submit(() -> parseFile(f.path(), f.display()));
                    break;
                case html:
                    submit(() -> parseHtml(f.path(), f.display()));
                    break;
                case csv:
                    CsvReader.read(f.path(), f.display(), new CsvReader.Handler() {
                        @Override
                        public void row(String source, String refid, String text) {
                            submit(() -> parseText(source, Decoding.clean(text), refid));
                        }

                        @Override
                        public void error(String source, String message) {
                            done(Outcome.unreadable(source, message));
                        }
                    });
                    break;
                default:
                    throw new IllegalStateException(f.type().toString());
            }
        }
        while (!inFlight.isEmpty()) {
            deliverOldest();
        }
    }

    private interface Job {
        Outcome run();
    }

    private void submit(Job job) {
        while (inFlight.size() >= window) {
            deliverOldest();
        }
        inFlight.add(pool.submit(() -> prepare.apply(job.run())));
    }

    private void done(Outcome o) {
        while (inFlight.size() >= window) {
            deliverOldest();
        }
        inFlight.add(CompletableFuture.completedFuture(prepare.apply(o)));
    }

    private void deliverOldest() {
        Future<R> f = inFlight.poll();
        R r;
        try {
            r = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            if (c instanceof Error) {
                throw (Error) c;
            }
            throw new IllegalStateException(c);
        }
        sink.accept(r);
    }

    private Outcome parseFile(Path file, String source) {
        try {
            return Outcome.parsed(source, parser.parse(file), List.of());
        } catch (CableParseException e) {
            return Outcome.rejected(source, e.diagnostics(), List.of());
        } catch (UncheckedIOException e) {
            return Outcome.unreadable(source, "cannot read: " + Inputs.reason(e.getCause()));
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(source, e);
        }
    }

    private Outcome parseHtml(Path file, String source) {
        String text;
        try {
            text = HtmlReader.read(Decoding.decode(Files.readAllBytes(file)));
        } catch (IOException e) {
            return Outcome.unreadable(source, "cannot read: " + Inputs.reason(e));
        } catch (InputException e) {
            return Outcome.unreadable(source, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(source, e);
        }
        return parseText(source, Decoding.clean(text), null);
    }

    private Outcome parseText(String source, Decoding.Cleaned text, String expectedId) {
        List<Diagnostic> extra = text.problem().map(List::of).orElse(List.of());
        try {
            ParseResult r = parser.parse(text.text(), expectedId);
            Optional<Diagnostic> error = text.problem().filter(d -> d.severity() == Severity.ERROR);
            if (parser.options().strict() && error.isPresent()) {
                return Outcome.rejected(source, r.diagnostics(), extra);
            }
            return Outcome.parsed(source, r, extra);
        } catch (CableParseException e) {
            return Outcome.rejected(source, e.diagnostics(), extra);
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(source, e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "cablegram-parse-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

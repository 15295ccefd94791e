package org.cablegram.corpus;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A run of a {@link BatchParser}: an iterator over its results in input order.
 *
 * <p>Taking a result ({@link #next()}) waits for that input only; the run then reads and submits
 * the next inputs until {@link BatchParser#window()} are in flight. Iterate it, or its
 * {@link #stream()}, from one thread. {@link #cancel()} may be called from any thread: no new
 * input is read, inputs not started are dropped, and {@link #hasNext()} turns false (a parse
 * under way finishes on its worker; the parser cannot be interrupted inside an input). Close the
 * run when done, also after a complete iteration: it stops its threads and closes any file the
 * source had open.
 *
 * @param <R> the type of the results
 */
public final class BatchRun<R> implements Iterator<R>, AutoCloseable {

    private static final AtomicInteger RUNS = new AtomicInteger();

    private final CableSource.Cursor cursor;
    private final ExecutorService pool;
    private final int window;
    private final ProgressListener progress;
    private final Function<CableSource.Pending, R> work;
    private final ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
    private volatile boolean cancelled;
    private boolean closed;
    private long done;

    BatchRun(CableSource.Cursor cursor, int threads, int window, ProgressListener progress,
             Function<CableSource.Pending, R> work) {
        this.cursor = cursor;
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
        this.window = window;
        this.progress = progress;
        this.work = work;
        fill();
    }

    private void fill() {
        while (!cancelled && !closed && inFlight.size() < window && cursor.hasNext()) {
            CableSource.Pending p = cursor.next();
            try {
                inFlight.add(pool.submit(() -> work.apply(p)));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                return; // cancelled from another thread meanwhile
            }
        }
    }

    /** @return whether a result is left; false once the run is cancelled or closed */
    @Override
    public boolean hasNext() {
        if (cancelled || closed) {
            return false;
        }
        fill();
        if (inFlight.isEmpty()) {
            // all taken: release the threads and files even if the caller never closes the run
            pool.shutdown();
            cursor.close();
            return false;
        }
        return true;
    }

    /**
     * Waits for the next result in input order, and tells the progress listener.
     *
     * @return the result
     * @throws NoSuchElementException when no result is left
     * @throws CancellationException  when the run was cancelled while this result was awaited
     */
    @Override
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Future<R> f = inFlight.poll();
        R r;
        try {
            r = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new CancellationException("interrupted while waiting for a result");
        } catch (ExecutionException e) {
            cancel();
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
        fill();
        done++;
        progress.progress(done, cursor.count().isPresent() ? cursor.count().getAsLong() : -1);
        return r;
    }

    /**
     * Stops the run: no further input is read or parsed. Safe from any thread, and more than once.
     */
    public void cancel() {
        cancelled = true;
        for (Runnable queued : pool.shutdownNow()) {
            if (queued instanceof Future<?> f) {
                f.cancel(false);
            }
        }
    }

    /** @return whether {@link #cancel()} was called (or a result failed) */
    public boolean isCancelled() {
        return cancelled;
    }

    /** @return the results left, in input order, as a sequential stream; closing it closes the run */
    public Stream<R> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false)
                .onClose(this::close);
    }

    /** Cancels what is left and releases the threads and the source's open file. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        cancel();
        inFlight.clear();
        cursor.close();
    }

    private static ThreadFactory daemonThreads() {
        int run = RUNS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "cablegram-batch-" + run + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

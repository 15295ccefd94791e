package org.cablegram.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;

import org.cablegram.CableParser;
import org.cablegram.Diagnostic;
import org.cablegram.ParseResult;

/**
 * Parses a corpus from disk, streaming: worker threads claim the files one at a time (a shared
 * counter over the file list, passed over {@code --repeat} times), parse and count, and keep
 * nothing, so memory stays flat however large the corpus. Prints
 * cables/s, MB/s, peak heap and diagnostics by severity.
 *
 * <pre>java -jar corpus-runner.jar [--threads N] [--repeat K] DIR...</pre>
 */
public final class CorpusRunner {

    private CorpusRunner() {
    }

    /**
     * Runs the corpus.
     *
     * @param args options and directories
     * @throws Exception on I/O errors or interruption
     */
    public static void main(String[] args) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        int repeat = 1;
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("usage: java -jar corpus-runner.jar [--threads N] [--repeat K] DIR...");
                    return;
                }
                default -> dirs.add(Path.of(args[i]));
            }
        }
        if (dirs.isEmpty()) {
            dirs.add(Inputs.corpus());
        }
        List<Path> files = new ArrayList<>();
        for (Path d : dirs) {
            files.addAll(Inputs.files(d));
        }
        Result r = run(files, threads, repeat);
        for (int k = 0; k < r.passSeconds.size(); k++) {
            System.out.printf("pass %d: %.2f s  %.1f MB/s%n", k + 1, r.passSeconds.get(k),
                    r.bytes / (double) repeat / 1e6 / r.passSeconds.get(k));
        }
        System.out.printf("cables: %d (%d files x %d)  threads: %d%n", r.cables, files.size(), repeat, threads);
        System.out.printf("time: %.2f s  %.0f cables/s  %.1f MB/s%n", r.seconds, r.cables / r.seconds,
                r.bytes / 1e6 / r.seconds);
        System.out.printf("peak heap: %.1f MB (max %.0f MB)%n", r.peakHeap / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        System.out.println("diagnostics: " + r.bySeverity);
    }

    /** What a run measured. */
    static final class Result {
        long cables;
        long bytes;
        double seconds;
        long peakHeap;
        Map<String, Long> bySeverity = new TreeMap<>();
        List<Double> passSeconds = new ArrayList<>();
    }

    static Result run(List<Path> files, int threads, int repeat) throws InterruptedException {
        CableParser parser = CableParser.create();
        int n = files.size();
        long total = (long) n * repeat;
        // the next file to parse, over all passes: workers claim files one at a time, so a thread
        // holds one cable at most and no thread hands work to another
        AtomicLong next = new AtomicLong();
        AtomicLongArray parsedInPass = new AtomicLongArray(Math.max(1, repeat));
        long[] passEnd = new long[Math.max(1, repeat)];
        AtomicLong cables = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        Map<String, AtomicLong> bySeverity = new ConcurrentHashMap<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        long t0 = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                try {
                    for (long k = next.getAndIncrement(); k < total && failure.get() == null; k = next.getAndIncrement()) {
                        Path f = files.get((int) (k % n));
                        ParseResult r = parser.parse(f);
                        cables.incrementAndGet();
                        bytes.addAndGet(Files.size(f));
                        for (Diagnostic d : r.diagnostics()) {
                            bySeverity.computeIfAbsent(d.severity().name(), x -> new AtomicLong()).incrementAndGet();
                        }
                        int pass = (int) (k / n);
                        // the thread that parses the last file of a pass ends it
                        if (parsedInPass.incrementAndGet(pass) == n) {
                            passEnd[pass] = System.nanoTime();
                        }
                    }
                } catch (IOException e) {
                    failure.compareAndSet(null, e);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                    throw e;
                }
            }, "parser-" + t);
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a worker failed", failure.get());
        }
        Result r = new Result();
        r.seconds = (System.nanoTime() - t0) / 1e9;
        long passStart = t0;
        for (int k = 0; k < repeat && n > 0; k++) {
            // passes overlap by the few files in flight when one ends: each is timed to its end
            r.passSeconds.add((passEnd[k] - passStart) / 1e9);
            passStart = passEnd[k];
        }
        r.cables = cables.get();
        r.bytes = bytes.get();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                r.peakHeap += p.getPeakUsage().getUsed();
            }
        }
        bySeverity.forEach((k, v) -> r.bySeverity.put(k, v.get()));
        return r;
    }
}

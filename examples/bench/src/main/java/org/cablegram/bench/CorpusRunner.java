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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.cablegram.CableParser;
import org.cablegram.Diagnostic;
import org.cablegram.ParseResult;

/**
 * Parses a corpus from disk, streaming: worker threads take file paths from a bounded queue,
 * parse and count, and keep nothing, so memory stays flat however large the corpus. Prints
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
        BlockingQueue<Path> queue = new ArrayBlockingQueue<>(threads * 4);
        Path end = Path.of("");
        AtomicLong cables = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        Map<String, AtomicLong> bySeverity = new ConcurrentHashMap<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                try {
                    for (Path f = queue.take(); f != end; f = queue.take()) {
                        ParseResult r = parser.parse(f);
                        cables.incrementAndGet();
                        bytes.addAndGet(Files.size(f));
                        for (Diagnostic d : r.diagnostics()) {
                            bySeverity.computeIfAbsent(d.severity().name(), k -> new AtomicLong()).incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, "parser-" + t);
            w.start();
            workers.add(w);
        }
        long t0 = System.nanoTime();
        Result r = new Result();
        long passStart = t0;
        for (int k = 0; k < repeat; k++) {
            for (Path f : files) {
                queue.put(f);
            }
            // a pass ends when its last file has been handed out and parsed
            long target = (long) (k + 1) * files.size();
            while (cables.get() < target - threads * 4L - threads) {
                Thread.sleep(1);
            }
            long now = System.nanoTime();
            r.passSeconds.add((now - passStart) / 1e9);
            passStart = now;
        }
        for (int t = 0; t < threads; t++) {
            queue.put(end);
        }
        for (Thread w : workers) {
            w.join();
        }
        r.seconds = (System.nanoTime() - t0) / 1e9;
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

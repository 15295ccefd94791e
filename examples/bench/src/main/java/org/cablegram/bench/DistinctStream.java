package org.cablegram.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.cablegram.CableParser;
import org.cablegram.generate.TelegramTexts;

/**
 * A long run over texts that never repeat: the corpus's cables, each damaged by one to three
 * random mutations of the library's generators in every round (a new seed per text and round),
 * parsed one after the other until {@code --gb} gigabytes of text have gone through. Caches keyed
 * by text (the parser's memo of recent lines, its DFA) cannot coast on repeats, so the run shows
 * whether throughput holds and whether memory and the DFA stay bounded. Prints a line every
 * {@code --every} megabytes: time, megabytes, parsing throughput over the last interval (the
 * mutations are not timed), heap in use after a full collection, DFA states of the four grammars,
 * and the share of distinct texts so far.
 *
 * <pre>java -Xmx256m -cp corpus-runner.jar org.cablegram.bench.DistinctStream [--gb 2] [--every 100] DIR...</pre>
 */
public final class DistinctStream {

    private DistinctStream() {
    }

    /**
     * Runs the stream.
     *
     * @param args options and corpus folders
     * @throws Exception on I/O errors
     */
    public static void main(String[] args) throws Exception {
        double gb = 2;
        long every = 100;
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gb" -> gb = Double.parseDouble(args[++i]);
                case "--every" -> every = Long.parseLong(args[++i]);
                default -> dirs.add(Path.of(args[i]));
            }
        }
        if (dirs.isEmpty()) {
            dirs.add(Inputs.corpus());
        }
        List<String> texts = new ArrayList<>();
        for (Path d : dirs) {
            try (Stream<Path> s = Files.list(d)) {
                for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        CableParser parser = CableParser.create();
        long limit = (long) (gb * 1e9);
        long total = 0;
        long distinct = 0;
        long seen = 0;
        Fingerprints hashes = new Fingerprints();
        long start = System.nanoTime();
        long lastBytes = 0;
        long nextReport = every * 1_000_000L;
        long sink = 0;
        long parsing = 0;
        long lastParsing = 0;
        System.out.println("| seconds | MB | MB/s parsing (interval) | live heap, MB | DFA states (line lexer, line parser, field lexer, field parser) | distinct texts |");
        System.out.println("|---|---|---|---|---|---|");
        for (int round = 0; total < limit; round++) {
            for (int i = 0; i < texts.size() && total < limit; i++) {
                SplittableRandom random = new SplittableRandom(((long) round << 32) ^ i);
                String text = TelegramTexts.mutate(texts.get(i), random, 1 + random.nextInt(3));
                long t0 = System.nanoTime();
                sink += parser.parse(text).cable().paragraphs().size();
                parsing += System.nanoTime() - t0;
                total += text.length();
                seen++;
                if (hashes.add(fingerprint(text))) {
                    distinct++;
                }
                if (total >= nextReport) {
                    long now = System.nanoTime();
                    System.out.printf(Locale.ROOT, "| %.1f | %d | %.1f | %.1f | %s | %.4f |%n", (now - start) / 1e9,
                            total / 1_000_000, (total - lastBytes) / 1e6 / ((parsing - lastParsing) / 1e9),
                            liveHeap() / 1e6, DfaStates.now(), (double) distinct / seen);
                    lastParsing = parsing;
                    lastBytes = total;
                    nextReport += every * 1_000_000L;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT,
                "%d texts (%d distinct), %.2f GB in %.1f s, %.1f s of it parsing: %.1f MB/s; max heap %.0f MB (paragraphs %d)%n",
                seen, distinct, total / 1e9, seconds, parsing / 1e9, total / 1e6 / (parsing / 1e9),
                Runtime.getRuntime().maxMemory() / 1e6, sink);
    }

    /** 64 bits of the text: a collision would only undercount the distinct texts. */
    private static long fingerprint(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ ((long) s.hashCode() << 32);
    }

    /**
     * The heap still in use after a full collection (asked for at each report, outside the timed
     * parses): what the run holds, the corpus texts included, and not what awaits collection.
     */
    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * The fingerprints seen, in one array made at the start (two million slots, 16 MB): the
     * heap figures then show what the parser holds, not a set of the run's own that grows.
     */
    private static final class Fingerprints {
        private long[] slots = new long[1 << 21];
        private int size;

        boolean add(long h) {
            long key = h == 0 ? 1 : h;
            if (size * 4L >= slots.length * 3L) {
                grow();
            }
            int mask = slots.length - 1;
            for (int i = (int) (key ^ (key >>> 32)) & mask; ; i = (i + 1) & mask) {
                if (slots[i] == key) {
                    return false;
                }
                if (slots[i] == 0) {
                    slots[i] = key;
                    size++;
                    return true;
                }
            }
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            size = 0;
            for (long k : old) {
                if (k != 0) {
                    add(k);
                }
            }
        }
    }
}

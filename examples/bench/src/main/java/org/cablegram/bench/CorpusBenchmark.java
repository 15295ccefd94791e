package org.cablegram.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cablegram.CableParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput over a whole corpus held in memory, on one thread and on all cores. One operation
 * parses every cable once; divide the corpus size (printed at setup) by the time per operation
 * for MB/s. The corpus is {@code -Dcablegram.corpus=DIR} (default {@code ../shared/corpus}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// eight warm-up passes: with every core parsing, the JIT's compiler threads compete with the work
// and the all-cores score only settles after about six 5-second iterations
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class CorpusBenchmark {

    private List<String> texts;
    private final CableParser parser = CableParser.create();

    /** Reads the corpus into memory. */
    @Setup
    public void load() {
        texts = Inputs.read(Inputs.files(Inputs.corpus()));
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf("%n[corpus] %d cables, %.1f M characters%n", texts.size(), chars / 1e6);
    }

    /**
     * Parses the corpus on the calling thread.
     *
     * @return a count (so that the work is not optimised away)
     */
    @Benchmark
    public long singleThread() {
        long n = 0;
        for (String t : texts) {
            n += parser.parse(t).cable().paragraphs().size();
        }
        return n;
    }

    /**
     * Parses the corpus on all cores (a parallel stream on the common pool).
     *
     * @return a count (so that the work is not optimised away)
     */
    @Benchmark
    public long allCores() {
        return texts.parallelStream().mapToLong(t -> parser.parse(t).cable().paragraphs().size()).sum();
    }
}

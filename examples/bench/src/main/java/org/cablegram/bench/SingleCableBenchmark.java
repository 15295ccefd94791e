package org.cablegram.bench;

import java.util.concurrent.TimeUnit;

import org.cablegram.CableParser;
import org.cablegram.ParseResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to parse one cable: the reference cable (8 KB), a large multi-section cable (67 KB, 36
 * sections) and a small partial extract (1.5 KB). Run with {@code -prof gc} for allocation rates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SingleCableBenchmark {

    /** Which bundled cable. */
    @Param({"08ASTANA2256.txt", "09UNVIEVIENNA285.txt", "04BRASILIA2738.txt"})
    public String cable;

    private String text;
    private final CableParser parser = CableParser.create();

    /** Loads the cable. */
    @Setup
    public void load() {
        text = Inputs.bundled(cable);
    }

    /**
     * Parses the cable.
     *
     * @return the result (so that the work is not optimised away)
     */
    @Benchmark
    public ParseResult parse() {
        return parser.parse(text);
    }
}

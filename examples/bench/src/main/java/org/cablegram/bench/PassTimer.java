package org.cablegram.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cablegram.CableParser;

/**
 * What a user running the parser once waits for: a fresh JVM parses every {@code .txt} file of
 * a folder from disk on one thread, {@code passes} times, and prints per pass the wall time, the
 * CPU time of the parsing thread and the CPU time of the whole process (JIT compiler threads
 * included), in seconds. The CPU times say more than the wall time on a loaded shared host.
 * Then, in brackets: the JIT compilers' time, the bytes the parsing thread allocated per byte of
 * input, and the states of the grammars' DFA caches at the end.
 *
 * <p>Usage: {@code PassTimer DIR PASSES}. It uses only {@code CableParser}, so
 * {@code compare-passes.sh} can run it against two builds of the library in turn.
 */
public final class PassTimer {

    private PassTimer() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int passes = Integer.parseInt(args[1]);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        CableParser parser = CableParser.create();
        StringBuilder out = new StringBuilder();
        long sink = 0;
        long chars = 0;
        com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
        long allocated0 = allocation.getCurrentThreadAllocatedBytes();
        for (int p = 0; p < passes; p++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long q0 = os.getProcessCpuTime();
            for (Path f : files) {
                var r = parser.parse(f);
                sink += r.cable().paragraphs().size();
                if (p == 0) {
                    chars += Files.size(f);
                }
            }
            out.append(String.format(Locale.ROOT, "%.2f/%.2f/%.2f ", (System.nanoTime() - t0) / 1e9,
                    (threads.getCurrentThreadCpuTime() - c0) / 1e9, (os.getProcessCpuTime() - q0) / 1e9));
        }
        long allocated = allocation.getCurrentThreadAllocatedBytes() - allocated0;
        System.out.println(out.toString().trim() + " (paragraphs " + sink + ")" + String.format(Locale.ROOT,
                " [jit %d ms, allocated %.1f bytes per input byte, DFA states %s]",
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                (double) allocated / chars / passes, DfaStates.now()));
    }
}

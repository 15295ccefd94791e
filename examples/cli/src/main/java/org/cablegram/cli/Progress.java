package org.cablegram.cli;

import java.io.PrintStream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error, or nothing; fed by the batch parser's progress listener. */
final class Progress implements AutoCloseable {

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** @return a progress that shows nothing */
    static Progress none() {
        return new Progress(null);
    }

    /**
     * @param out  where the bar is drawn (standard error)
     * @param task its label
     * @return a progress bar whose total is set by the first update that knows it
     */
    static Progress bar(PrintStream out, String task) {
        ProgressBar b = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" cables", 1)
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .build();
        return new Progress(b);
    }

    /**
     * @param done  inputs done
     * @param total all inputs, or -1 when unknown (CSV rows)
     */
    void update(long done, long total) {
        if (bar == null) {
            return;
        }
        if (total >= 0 && bar.getMax() != total) {
            bar.maxHint(total);
        }
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}

package org.cablegram.corpus;

/**
 * Told how far a {@link BatchParser} run has come: after each result is handed out, on the
 * thread that takes the results, in order. Keep it quick (a progress bar, a counter): the next
 * result waits for it.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that does nothing. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * @param done  results handed out so far, from 1
     * @param total the number of inputs, or -1 while it is unknown (the rows of a CSV file)
     */
    void progress(long done, long total);
}

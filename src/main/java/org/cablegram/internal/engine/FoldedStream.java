package org.cablegram.internal.engine;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The lexer's view of the input ({@link LexerInput}): one char per UTF-16 char of the input, in
 * an array that {@link NamedCharLexerSimulator} reads directly. ANTLR's own streams hide their
 * buffer and position behind interface calls, three of them per character in the lexer's inner
 * loop; this one exposes them to the simulator of this package.
 */
final class FoldedStream implements CharStream {

    final char[] data;
    final int size;
    /** Index of the next char to read. */
    int p;

    FoldedStream(char[] data, int size) {
        this.data = data;
        this.size = size;
    }

    @Override
    public void consume() {
        if (p >= size) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public int LA(int i) {
        if (i > 0) {
            int k = p + i - 1;
            return k < size ? data[k] : IntStream.EOF;
        }
        if (i < 0) {
            int k = p + i;
            return k >= 0 ? data[k] : IntStream.EOF;
        }
        return 0;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // the whole input is in memory: nothing to release
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.max(0, Math.min(index, size));
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }

    @Override
    public String getText(Interval interval) {
        int from = Math.max(0, interval.a);
        int to = Math.min(size - 1, interval.b);
        return from > to ? "" : new String(data, from, to - from + 1);
    }

    @Override
    public String toString() {
        return new String(data, 0, size);
    }
}

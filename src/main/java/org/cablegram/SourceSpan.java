package org.cablegram;

/**
 * A region of the input, 1-based and inclusive at both ends: {@code startLine:startColumn}
 * is the first character, {@code endLine:endColumn} the last. Columns count UTF-16 code units
 * within a line. An empty element at the end of a line has {@code endColumn == startColumn - 1}.
 *
 * @param startLine   first line, from 1
 * @param startColumn first column, from 1
 * @param endLine     last line, at least {@code startLine}
 * @param endColumn   last column on {@code endLine}, from 0
 */
public record SourceSpan(int startLine, int startColumn, int endLine, int endColumn) {

    /**
     * Checks that the span is well formed.
     *
     * @param startLine see {@link #startLine()}
     * @param startColumn see {@link #startColumn()}
     * @param endLine see {@link #endLine()}
     * @param endColumn see {@link #endColumn()}
     */
    public SourceSpan {
        if (startLine < 1 || startColumn < 1 || endLine < startLine || endColumn < 0) {
            throw new IllegalArgumentException(
                    "bad span " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
        }
    }

    /**
     * The span of a single point, for diagnostics that name a place rather than a region.
     *
     * @param line   line, from 1
     * @param column column, from 1
     * @return a one-character span
     */
    public static SourceSpan at(int line, int column) {
        return new SourceSpan(line, column, line, column);
    }

    /** Renders the span as {@code line:column-endLine:endColumn}. */
    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
}

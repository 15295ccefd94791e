package org.cablegram;

/**
 * Configuration of a {@link CableParser}: mode and limits. Immutable; make one with
 * {@link #builder()} or take {@link #defaults()}.
 *
 * @param strict         throw {@link CableParseException} on any error instead of returning it
 * @param maxInputChars  longest input read, in UTF-16 code units (default 16 MiB)
 * @param maxLines       most lines read (default 200,000)
 * @param maxDiagnostics most diagnostics kept; one more says that the rest were dropped
 *                       (default 1,000)
 */
public record ParserOptions(boolean strict, int maxInputChars, int maxLines, int maxDiagnostics) {

    /**
     * Default longest input: 16 MiB of characters, far above the largest known cable (~70 KB). */
    public static final int DEFAULT_MAX_INPUT_CHARS = 16 * 1024 * 1024;
    /** Default most lines: 200,000. */
    public static final int DEFAULT_MAX_LINES = 200_000;
    /** Default most diagnostics: 1,000. */
    public static final int DEFAULT_MAX_DIAGNOSTICS = 1_000;

    /** Checks that the limits are positive.
     *
     * @param strict see {@link #strict()}
     * @param maxInputChars see {@link #maxInputChars()}
     * @param maxLines see {@link #maxLines()}
     * @param maxDiagnostics see {@link #maxDiagnostics()}
     */
    public ParserOptions {
        if (maxInputChars < 1 || maxLines < 1 || maxDiagnostics < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** @return tolerant parsing with the default limits */
    public static ParserOptions defaults() {
        return new ParserOptions(false, DEFAULT_MAX_INPUT_CHARS, DEFAULT_MAX_LINES, DEFAULT_MAX_DIAGNOSTICS);
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ParserOptions}. */
    public static final class Builder {
        private boolean strict;
        private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
        private int maxLines = DEFAULT_MAX_LINES;
        private int maxDiagnostics = DEFAULT_MAX_DIAGNOSTICS;

        private Builder() {
        }

        /**
         * @param strict whether errors throw {@link CableParseException}
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * @param max longest input read, in characters
         * @return this builder
         */
        public Builder maxInputChars(int max) {
            this.maxInputChars = max;
            return this;
        }

        /**
         * @param max most lines read
         * @return this builder
         */
        public Builder maxLines(int max) {
            this.maxLines = max;
            return this;
        }

        /**
         * @param max most diagnostics kept
         * @return this builder
         */
        public Builder maxDiagnostics(int max) {
            this.maxDiagnostics = max;
            return this;
        }

        /** @return the options */
        public ParserOptions build() {
            return new ParserOptions(strict, maxInputChars, maxLines, maxDiagnostics);
        }
    }
}

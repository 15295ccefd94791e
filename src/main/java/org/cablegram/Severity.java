package org.cablegram;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
    /** Something of the input could not be read as the format says; the model lacks or guesses a part. */
    ERROR,
    /** The input deviates from the format but was read; the model may be less precise there. */
    WARNING,
    /** A normalisation the parser applied (a mangled pilcrow read, a split paragraph rejoined). */
    INFO
}

package org.cablegram;

import java.util.Objects;

/**
 * One problem or normalisation found while parsing, with where it happened.
 *
 * @param code     stable identifier of the kind of problem
 * @param severity how serious it is (usually {@code code.defaultSeverity()})
 * @param message  a human-readable explanation
 * @param span     where in the input it happened
 */
public record Diagnostic(DiagnosticCode code, Severity severity, String message, SourceSpan span) {

    /**
     * Checks that no component is null.
     *
     * @param code see {@link #code()}
     * @param severity see {@link #severity()}
     * @param message see {@link #message()}
     * @param span see {@link #span()}
     */
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }

    /** Renders the diagnostic as {@code line:column: severity: CODE: message}. */
    @Override
    public String toString() {
        return span.startLine() + ":" + span.startColumn() + ": " + severity.name().toLowerCase(java.util.Locale.ROOT)
                + ": " + code + ": " + message;
    }
}

package org.cablegram;

import java.util.List;

/**
 * Thrown by a strict {@link CableParser} when the input has at least one {@link Severity#ERROR}
 * diagnostic, or exceeds a configured limit. It carries every diagnostic of the parse, not
 * only the first, so that a caller can report them all at once.
 */
public final class CableParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    /**
     * Creates the exception.
     *
     * @param diagnostics all diagnostics of the parse, errors first in source order
     */
    public CableParseException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** @return every diagnostic of the failed parse, in source order */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        String first = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR)
                .findFirst().map(Diagnostic::toString).orElse("no error");
        return errors + " error(s) in cable; first: " + first;
    }
}

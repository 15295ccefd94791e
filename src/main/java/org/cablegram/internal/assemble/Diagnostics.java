package org.cablegram.internal.assemble;

import org.cablegram.internal.engine.Item;
import org.cablegram.internal.engine.SourceLine;

import java.util.ArrayList;
import java.util.List;

import org.cablegram.Diagnostic;
import org.cablegram.DiagnosticCode;
import org.cablegram.Severity;
import org.cablegram.SourceSpan;

/** Collects diagnostics up to a cap; past it, one TOO_MANY_DIAGNOSTICS closes the list. */
final class Diagnostics {

    private final int max;
    private final List<Diagnostic> list = new ArrayList<>();
    private boolean overflowed;

    Diagnostics(int max) {
        this.max = Math.max(1, max);
    }

    void add(DiagnosticCode code, String message, SourceSpan span) {
        add(code, code.defaultSeverity(), message, span);
    }

    void add(DiagnosticCode code, Severity severity, String message, SourceSpan span) {
        if (list.size() < max) {
            list.add(new Diagnostic(code, severity, message, span));
        } else if (!overflowed) {
            overflowed = true;
            list.add(new Diagnostic(DiagnosticCode.TOO_MANY_DIAGNOSTICS, Severity.WARNING,
                    "more than " + max + " diagnostics; the rest were dropped", span));
        }
    }

    void add(DiagnosticCode code, String message, SourceLine line) {
        add(code, message, Spans.of(line));
    }

    void add(DiagnosticCode code, String message, Item item) {
        add(code, message, Spans.of(item));
    }

    List<Diagnostic> list() {
        return list;
    }
}

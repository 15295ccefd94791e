package org.cablegram.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.cablegram.Diagnostic;
import org.cablegram.JsonForm;
import org.cablegram.ParseResult;
import org.cablegram.Severity;

/**
 * What became of one input cable.
 *
 * @param source      the file, or {@code file#row} for a CSV row
 * @param status      parsed, rejected, unreadable or failed
 * @param result      the parse result when {@code PARSED}, else null
 * @param diagnostics every diagnostic in source order, the reader's own (encoding) included;
 *                    for {@code REJECTED} those of the strict parser's exception
 * @param message     why the input is unreadable or failed, else null
 */
record Outcome(String source, Status status, ParseResult result, List<Diagnostic> diagnostics, String message) {

    /** What became of the input. */
    enum Status {
        /** Parsed; the result is there, with its diagnostics. */
        PARSED,
        /** Parsed in strict mode and rejected for its ERROR diagnostics. */
        REJECTED,
        /** The file could not be read (missing, unreadable, not a cable page, bad CSV row). */
        UNREADABLE,
        /** An exception escaped the parser: a bug. */
        FAILED
    }

    private static final Comparator<Diagnostic> BY_PLACE = Comparator
            .comparingInt((Diagnostic d) -> d.span().startLine())
            .thenComparingInt(d -> d.span().startColumn());

    static Outcome parsed(String source, ParseResult r, List<Diagnostic> extra) {
        return new Outcome(source, Status.PARSED, r, merge(r.diagnostics(), extra), null);
    }

    static Outcome rejected(String source, List<Diagnostic> diagnostics, List<Diagnostic> extra) {
        return new Outcome(source, Status.REJECTED, null, merge(diagnostics, extra), null);
    }

    static Outcome unreadable(String source, String message) {
        return new Outcome(source, Status.UNREADABLE, null, List.of(), message);
    }

    static Outcome failed(String source, Throwable t) {
        return new Outcome(source, Status.FAILED, null, List.of(), "internal error (please report it): " + t);
    }

    private static List<Diagnostic> merge(List<Diagnostic> parser, List<Diagnostic> extra) {
        if (extra.isEmpty()) {
            return parser;
        }
        List<Diagnostic> all = new ArrayList<>(extra);
        all.addAll(parser);
        all.sort(BY_PLACE); // stable: the reader's diagnostic comes first at its place
        return List.copyOf(all);
    }

    /** @return whether the input gave a cable (parsed or rejected) */
    boolean isCable() {
        return status == Status.PARSED || status == Status.REJECTED;
    }

    /** @return whether any diagnostic is an ERROR */
    boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /**
     * @return the JSON form of the cable: {@link JsonForm#of(String, ParseResult)}, with the
     *         reader's diagnostics merged into {@code diagnostics}
     */
    Map<String, Object> json() {
        Map<String, Object> m = JsonForm.of(source, result);
        if (diagnostics != result.diagnostics()) { // the reader added one: merge() made a new list
            m.put("diagnostics", JsonForm.diagnostics(diagnostics));
        }
        return m;
    }
}

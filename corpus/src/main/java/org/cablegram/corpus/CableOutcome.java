package org.cablegram.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cablegram.CableParseException;
import org.cablegram.Diagnostic;
import org.cablegram.ParseResult;
import org.cablegram.Severity;

/**
 * What became of one input of a {@link BatchParser} run.
 *
 * @param origin      where the input came from
 * @param expectedId  the reference id the source named for the input (a CSV row's refid), which
 *                    the parser checked against the text
 * @param status      parsed, rejected, unreadable or failed
 * @param result      the parse result, when {@link Status#PARSED}
 * @param diagnostics every diagnostic in the order of their place in the text: the parser's (for
 *                    {@link Status#REJECTED} those of its exception) and the source's (bytes that
 *                    are not UTF-8), which {@code result} does not hold
 * @param problem     why the input gave no text, when {@link Status#UNREADABLE}
 * @param failure     the exception that escaped the parser, when {@link Status#FAILED}
 */
public record CableOutcome(Origin origin, Optional<String> expectedId, Status status, Optional<ParseResult> result, List<Diagnostic> diagnostics,
                           Optional<InputProblem> problem, Optional<RuntimeException> failure) {

    /** What became of the input. */
    public enum Status {
        /** Parsed: {@code result} is there, with its diagnostics. */
        PARSED,
        /** Parsed by a strict parser and rejected for an ERROR diagnostic. */
        REJECTED,
        /** The source could not give its text: {@code problem} says why. */
        UNREADABLE,
        /** An exception escaped the parser (a bug in it): {@code failure} holds it. */
        FAILED
    }

    private static final Comparator<Diagnostic> BY_PLACE = Comparator
            .comparingInt((Diagnostic d) -> d.span().startLine())
            .thenComparingInt(d -> d.span().startColumn());

    /**
     * Checks the components and copies the list.
     *
     * @param origin      see {@link #origin()}
     * @param expectedId  see {@link #expectedId()}
     * @param status      see {@link #status()}
     * @param result      see {@link #result()}
     * @param diagnostics see {@link #diagnostics()}
     * @param problem     see {@link #problem()}
     * @param failure     see {@link #failure()}
     */
    public CableOutcome {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(expectedId, "expectedId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(result, "result");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(failure, "failure");
        if (result.isPresent() != (status == Status.PARSED) || problem.isPresent() != (status == Status.UNREADABLE)
                || failure.isPresent() != (status == Status.FAILED)) {
            throw new IllegalArgumentException("the status does not match the components present: " + status);
        }
    }

    static CableOutcome parsed(CableInput in, ParseResult r) {
        return new CableOutcome(in.origin(), in.expectedId(), Status.PARSED, Optional.of(r), merge(r.diagnostics(), in.diagnostics()),
                Optional.empty(), Optional.empty());
    }

    static CableOutcome rejected(CableInput in, CableParseException e) {
        return rejected(in, e.diagnostics());
    }

    static CableOutcome rejected(CableInput in, List<Diagnostic> parser) {
        return new CableOutcome(in.origin(), in.expectedId(), Status.REJECTED, Optional.empty(), merge(parser, in.diagnostics()),
                Optional.empty(), Optional.empty());
    }

    static CableOutcome unreadable(CableInput in) {
        return new CableOutcome(in.origin(), in.expectedId(), Status.UNREADABLE, Optional.empty(), List.of(), in.problem(),
                Optional.empty());
    }

    static CableOutcome failed(CableInput in, RuntimeException e) {
        return new CableOutcome(in.origin(), in.expectedId(), Status.FAILED, Optional.empty(), in.diagnostics(), Optional.empty(),
                Optional.of(e));
    }

    private static List<Diagnostic> merge(List<Diagnostic> parser, List<Diagnostic> source) {
        if (source.isEmpty()) {
            return parser;
        }
        List<Diagnostic> all = new ArrayList<>(source);
        all.addAll(parser);
        all.sort(BY_PLACE); // stable: at one place, the source's diagnostic comes first
        return all;
    }

    /** @return whether the input gave a cable, accepted or not ({@link Status#PARSED} or {@link Status#REJECTED}) */
    public boolean isCable() {
        return status == Status.PARSED || status == Status.REJECTED;
    }

    /** @return whether any diagnostic is an ERROR */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /**
     * @return for users, why there is no cable: the problem's message, or the escaped exception;
     *         empty for a cable
     */
    public Optional<String> message() {
        return problem.map(InputProblem::message).or(() -> failure.map(e -> "internal error (please report it): " + e));
    }
}

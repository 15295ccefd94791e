package org.cablegram;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cablegram.internal.assemble.SideTable;
import org.cablegram.model.Cable;

/**
 * The outcome of parsing one input: the {@link Cable}, the diagnostics, and where in the input
 * each model element came from. Spans and raw text are looked up by element identity, since
 * equal records (two identical addressees) can occur at different places.
 */
public final class ParseResult {

    private final Cable cable;
    private final List<Diagnostic> diagnostics;
    private final SideTable side;

    ParseResult(Cable cable, List<Diagnostic> diagnostics, SideTable side) {
        this.cable = Objects.requireNonNull(cable);
        this.diagnostics = List.copyOf(diagnostics);
        this.side = side;
    }

    /** @return the cable read from the input; parts that could not be read are absent */
    public Cable cable() {
        return cable;
    }

    /** @return every diagnostic in source order */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** @return whether any diagnostic has severity {@link Severity#ERROR} */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** The side table, for the writer's lossless mode. */
    SideTable side() {
        return side;
    }

    /**
     * Where a model element came from.
     *
     * @param element an element of {@link #cable()}: a record such as a
     *                {@link org.cablegram.model.Paragraph} or {@link org.cablegram.model.Addressee}, or
     *                a string of a list such as a passing line or a signer
     * @return its span, or empty for elements that are not from this parse (or derived values)
     */
    public Optional<SourceSpan> spanOf(Object element) {
        return Optional.ofNullable(side.span(element));
    }

    /**
     * The input lines an element was read from, terminators included.
     *
     * @param element an element of {@link #cable()}
     * @return the raw text, or empty for elements that are not from this parse
     */
    public Optional<String> rawOf(Object element) {
        return Optional.ofNullable(side.raw(element));
    }
}

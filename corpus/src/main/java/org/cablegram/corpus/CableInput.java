package org.cablegram.corpus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cablegram.Diagnostic;

/**
 * One input of a {@link CableSource}: the telegram text and where it came from, or why there is
 * no text. Exactly one of {@code text} and {@code problem} is present.
 *
 * @param origin      where it came from
 * @param text        the telegram text, with U+FFFD where bytes were not UTF-8
 * @param expectedId  the reference id the source names for it (the {@code refid} of a CSV row),
 *                    to be checked against the text by the parser
 * @param diagnostics what the source found in the text, at their place in it (bytes that are not
 *                    UTF-8: {@code MALFORMED_ENCODING}); merged into the parse's diagnostics by
 *                    {@link BatchParser}
 * @param problem     why there is no text
 */
public record CableInput(Origin origin, Optional<String> text, Optional<String> expectedId,
                         List<Diagnostic> diagnostics, Optional<InputProblem> problem) {

    /**
     * Checks the components and copies the list.
     *
     * @param origin      see {@link #origin()}
     * @param text        see {@link #text()}
     * @param expectedId  see {@link #expectedId()}
     * @param diagnostics see {@link #diagnostics()}
     * @param problem     see {@link #problem()}
     */
    public CableInput {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(expectedId, "expectedId");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(problem, "problem");
        if (text.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("exactly one of text and problem must be present");
        }
    }

    /**
     * @param origin      where it came from
     * @param text        the telegram text
     * @param expectedId  the id the source names for it, or null
     * @param diagnostics what the source found in the text
     * @return an input with text
     */
    public static CableInput of(Origin origin, String text, String expectedId, List<Diagnostic> diagnostics) {
        return new CableInput(origin, Optional.of(text), Optional.ofNullable(expectedId), diagnostics, Optional.empty());
    }

    /**
     * @param origin  where it came from
     * @param kind    what went wrong
     * @param message why, for users
     * @return an input without text
     */
    public static CableInput failed(Origin origin, InputProblem.Kind kind, String message) {
        return new CableInput(origin, Optional.empty(), Optional.empty(), List.of(),
                Optional.of(new InputProblem(kind, message)));
    }
}

package org.cablegram;

import java.util.List;

/**
 * Thrown by {@link CableWriter#lossless(ParseResult, org.cablegram.model.Cable)} when the text it wrote for a changed
 * cable does not read back as that cable: a change that this input cannot hold without losing
 * something is reported rather than dropped. Unchecked.
 */
public final class LosslessWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The parts that differ, one line each. */
    private final List<String> problems;
    /** The text that was written. */
    private final transient String text;

    LosslessWriteException(List<String> problems, String text) {
        super(problems.size() + " part(s) of the changed cable do not read back from the written text; first: "
                + problems.get(0));
        this.problems = List.copyOf(problems);
        this.text = text;
    }

    /** @return each part of the changed cable the written text does not give, with both values */
    public List<String> problems() {
        return problems;
    }

    /** @return the text that was written, for inspection; it does not read back as the changed cable */
    public String text() {
        return text == null ? "" : text;
    }
}

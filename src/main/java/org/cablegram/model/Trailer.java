package org.cablegram.model;

import java.util.List;
import java.util.Objects;

/**
 * The ending of a telegram: {@code BT}, the repeated station serial {@code #2256},
 * {@code NNNN} or {@code NNN}, and archive footers.
 *
 * @param lines the trailer lines as written (trimmed), in order
 */
public record Trailer(List<String> lines) {

    /**
     * Copies the list.
     *
     * @param lines see {@link #lines()}
     */
    public Trailer {
        lines = List.copyOf(lines);
    }

    /** @return the trailer lines joined by newlines */
    public String text() {
        return String.join("\n", lines);
    }
}

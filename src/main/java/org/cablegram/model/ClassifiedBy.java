package org.cablegram.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Classified By line: who classified the cable and for which reasons.
 *
 * @param text    the whole text after {@code Classified By}, lines joined
 * @param name    the person's name, {@code Marc Wall}; a suffix ({@code Jr.}) is part of it
 * @param title   the rest of the authority: title, office symbols and offices,
 *                {@code Acting Deputy Chief of Mission}, {@code POL/COUNS}, {@code Ambassador, DOS, EXO}
 * @param reasons the reasons, normalised: {@code 1.4(b)}, {@code 1.4(d)}
 */
public record ClassifiedBy(String text, Optional<String> name, Optional<String> title, List<String> reasons) {

    /**
     * Checks the components and copies the list.
     *
     * @param text see {@link #text()}
     * @param name see {@link #name()}
     * @param title see {@link #title()}
     * @param reasons see {@link #reasons()}
     */
    public ClassifiedBy {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        reasons = List.copyOf(reasons);
    }
}

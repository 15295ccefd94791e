package org.cablegram.model;

import java.util.Objects;

/**
 * One TAGS entry, as a clean upper-case code: {@code PGOV}, {@code KZ},
 * {@code OVIP (CLINTON, HILLARY)}.
 *
 * @param code the code
 * @param kind what the code stands for
 */
public record Tag(String code, TagKind kind) {

    /**
     * Checks the components.
     *
     * @param code see {@link #code()}
     * @param kind see {@link #kind()}
     */
    public Tag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
    }
}

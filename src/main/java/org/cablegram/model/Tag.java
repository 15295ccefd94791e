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

    /**
     * The tag the parser reads from a TAGS entry: the code cleaned as the parser cleans it (upper
     * case, link markup removed) and the kind it gives it from its vocabularies.
     * {@code Tag.of("PGOV")} is {@code Tag[code=PGOV, kind=SUBJECT]}, {@code Tag.of("OBAMA, BARACK")}
     * a person.
     *
     * @param code one TAGS entry
     * @return the tag
     * @throws IllegalArgumentException when the parser reads no tag or several from the text
     */
    public static Tag of(String code) {
        return org.cablegram.internal.write.Values.tag(Objects.requireNonNull(code, "code"));
    }
}

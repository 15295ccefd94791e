package org.cablegram.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A section or page line removed from the body text.
 *
 * @param kind      section mark or page line
 * @param number    section or page number
 * @param total     the total after {@code OF}; for page lines of received copies it counts
 *                  sections, not pages
 * @param paragraph index (from 0) in {@link Cable#paragraphs()} of the paragraph the break
 *                  falls in or before; the number of paragraphs when it falls after the last
 * @param offset    character offset in that paragraph's text where it fell; 0 when it stands
 *                  before the paragraph
 */
public record Break(BreakKind kind, int number, OptionalInt total, int paragraph, int offset) {

    /**
     * Checks the components.
     *
     * @param kind see {@link #kind()}
     * @param number see {@link #number()}
     * @param total see {@link #total()}
     * @param paragraph see {@link #paragraph()}
     * @param offset see {@link #offset()}
     */
    public Break {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(total, "total");
    }
}

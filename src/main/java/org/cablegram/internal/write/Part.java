package org.cablegram.internal.write;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.cablegram.model.Cable;

/**
 * The parts of a cable in the order a telegram writes them. This is the one statement of that
 * order: the canonical writer writes the parts in it, and the lossless writer places an added
 * part after the nearest part before it in it.
 */
enum Part {
    /** The partial-extract notice; its element is the cable itself, present when the flag is set. */
    PARTIAL_EXTRACT(Shape.SINGLE, c -> c.partialExtract() ? List.of(c) : List.of()),
    /** FL1 to FL4. */
    ENVELOPE(Shape.SINGLE, c -> list(c.envelope())),
    /** The office distribution of a received copy. */
    DISTRIBUTION(Shape.SINGLE, c -> list(c.distribution())),
    /** FL5. */
    DATE_TIME_GROUP(Shape.SINGLE, c -> list(c.dateTimeGroup())),
    /** FL6. */
    FROM(Shape.SINGLE, c -> list(c.from())),
    /** FL7, one element per addressee. */
    TO(Shape.LIST, Cable::to),
    /** FL8, one element per addressee. */
    INFO(Shape.LIST, Cable::info),
    /** The classification line and its captions. */
    CLASSIFICATION(Shape.SINGLE, c -> list(c.classification())),
    /** Passing lines, one element each. */
    PASSING(Shape.LIST, Cable::passing),
    /** The E.O. line. */
    EXECUTIVE_ORDER(Shape.SINGLE, c -> list(c.executiveOrder())),
    /** The TAGS: one block, its tags read from the same lines. */
    TAGS(Shape.BLOCK, Cable::tags),
    /** The SUBJECT. */
    SUBJECT(Shape.SINGLE, c -> list(c.subject())),
    /** The REF block: one block, its items read from the same lines. */
    REFERENCES(Shape.BLOCK, Cable::references),
    /** The Classified By line. */
    CLASSIFIED_BY(Shape.SINGLE, c -> list(c.classifiedBy())),
    /** The paragraphs of the body. */
    PARAGRAPHS(Shape.LIST, Cable::paragraphs),
    /** Section and page lines of the body, placed by paragraph and offset. */
    BREAKS(Shape.LIST, Cable::breaks),
    /** The signature, one element per name. */
    SIGNERS(Shape.LIST, Cable::signers),
    /** BT, #serial, NNNN. */
    TRAILER(Shape.SINGLE, c -> list(c.trailer())),
    /** Lines kept verbatim where they stood; the canonical layout leaves them out. */
    UNRECOGNIZED(Shape.LIST, Cable::unrecognized);

    /** How a part's elements are compared and written. */
    enum Shape {
        /** At most one element. */
        SINGLE,
        /** Elements written one by one, each from its own lines. */
        LIST,
        /** Elements read from the same lines, written and compared as one. */
        BLOCK
    }

    private final Shape shape;
    private final Function<Cable, List<?>> elements;

    Part(Shape shape, Function<Cable, List<?>> elements) {
        this.shape = shape;
        this.elements = elements;
    }

    /** @return how the part's elements are compared and written */
    Shape shape() {
        return shape;
    }

    /**
     * @param cable a cable
     * @return the part's elements in the cable, in order (empty when it lacks the part)
     */
    List<?> elements(Cable cable) {
        return elements.apply(cable);
    }

    private static List<?> list(Optional<?> o) {
        return o.isPresent() ? List.of(o.get()) : List.of();
    }
}

package org.cablegram.internal.write;

import java.util.List;
import java.util.Optional;

import org.cablegram.internal.assemble.Pipeline;
import org.cablegram.model.Cable;
import org.cablegram.model.Classification;
import org.cablegram.model.Reference;
import org.cablegram.model.Tag;

/**
 * Model values made from text by the parser itself: the text is written into the line it would
 * stand on in a telegram and the telegram is parsed, so that a value made here is the one the
 * parser gives for that text, by the same code.
 */
public final class Values {

    private Values() {
    }

    /**
     * @param code a TAGS entry ({@code PGOV}, {@code OBAMA, BARACK})
     * @return the tag the parser reads from {@code TAGS: code}
     * @throws IllegalArgumentException when the parser reads no tag or several from it
     */
    public static Tag tag(String code) {
        oneLine(code);
        List<Tag> tags = parse("TAGS: " + code + "\n").tags();
        if (tags.size() != 1) {
            throw new IllegalArgumentException("'" + code + "' reads as " + tags.size() + " tags, not one: " + tags);
        }
        return tags.get(0);
    }

    /**
     * @param citation a REF item, with its letter or without ({@code A. STATE 12345})
     * @param citing   the cable the item stands in, whose date-time group and classification line
     *                 complete a citation without a year as the parser does; empty for none
     * @return the reference the parser reads from {@code REF: citation} in that cable
     * @throws IllegalArgumentException when the parser reads no reference or several from it
     */
    public static Reference reference(String citation, Optional<Cable> citing) {
        oneLine(citation);
        String context = citing.map(c -> new CanonicalWriter(0).write(Cable.builder().dateTimeGroup(c.dateTimeGroup())
                .classification(c.classification().map(Values::withoutCaptions)).build())).orElse("");
        List<Reference> refs = parse(context + "REF: " + citation + "\n").references();
        if (refs.size() != 1) {
            throw new IllegalArgumentException("'" + citation + "' reads as " + refs.size() + " references, not one: "
                    + refs);
        }
        return refs.get(0);
    }

    private static Classification withoutCaptions(Classification c) {
        return new Classification(c.level(), c.efto(), c.caveats(), c.section(), c.origin(), c.serial(), List.of());
    }

    private static void oneLine(String text) {
        if (text.isBlank() || text.chars().anyMatch(ch -> ch == '\n' || ch == '\r' || ch == '\u2028')) {
            throw new IllegalArgumentException("not one line of text: '" + text + "'");
        }
    }

    private static Cable parse(String text) {
        return Pipeline.run(text, Optional.empty(), Integer.MAX_VALUE, Integer.MAX_VALUE, 1000, List.of()).cable();
    }
}

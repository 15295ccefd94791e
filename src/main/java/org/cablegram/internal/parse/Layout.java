package org.cablegram.internal.parse;

import java.util.List;

/**
 * Layout decisions the canonical writer takes from the parser's own reading rules, so that what
 * it writes is read back as the same element (docs/canonical-layout.md). Not exported.
 */
public final class Layout {

    private Layout() {
    }

    /**
     * The lines of a paragraph heading: the heading underlined with dashes; when the parser would
     * read that line otherwise (a framed-looking "TITLE..." loses its dots, "COMMENT:" ends like a
     * lead-in), the first framed form that reads back as the heading itself ("TITLE... ---",
     * "//title//").
     *
     * @param heading the heading text (one line)
     * @return its lines, without the blank line after them
     */
    public static List<String> heading(String heading) {
        String rule = "-".repeat(Math.max(3, Math.min(heading.length(), 69)));
        if (BodyAssembler.underlinedHeading(heading).filter(heading::equals).isPresent()) {
            return List.of(heading, rule);
        }
        for (String framed : new String[] {heading + " ---", "//" + heading + "//", "- - " + heading + " - -"}) {
            if (BodyAssembler.framedHeading(framed).filter(heading::equals).isPresent()) {
                return List.of(framed);
            }
        }
        return List.of(heading, rule);
    }
}

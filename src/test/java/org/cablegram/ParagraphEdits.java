package org.cablegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.cablegram.model.Break;
import org.cablegram.model.Cable;
import org.cablegram.model.Paragraph;

/**
 * Paragraph edits of the lossless-editing property. A paragraph's place is also the place of
 * the breaks after it, so the breaks are moved with the paragraphs as the written text will
 * place them: after a removed paragraph they move up one, after an added one down one.
 */
final class ParagraphEdits {

    private ParagraphEdits() {
    }

    static void add(List<Edits.Edit> out, Edits.Sharing sh, Cable c) {
        List<Paragraph> ps = c.paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            int k = i;
            Paragraph p = ps.get(i);
            for (String sentence : List.of(" An edited sentence.", " A revised sentence.", " An amended sentence.")) {
                Paragraph edited = new Paragraph(p.number(), p.marking(), p.heading(), (p.text() + sentence).strip());
                out.add(new Edits.Edit("paragraphs", Edits.Op.REPLACE, p, sh.shared(p),
                        x -> x.toBuilder().paragraphs(Edits.replaced(ps, k, edited)).build()));
            }
            if (c.breaks().stream().noneMatch(b -> b.paragraph() == k && b.offset() > 0)) {
                out.add(new Edits.Edit("paragraphs", Edits.Op.REMOVE, p, sh.shared(p),
                        x -> x.toBuilder().paragraphs(Edits.without(ps, k)).breaks(shift(x.breaks(), k + 1, -1)).build()));
            }
            for (String text : p.number().isPresent() ? List.of("An added paragraph.", "Another added paragraph.",
                    "A paragraph added here.") : List.<String>of()) {
                Paragraph added = new Paragraph(OptionalInt.of(p.number().getAsInt() + 1), p.marking(), Optional.empty(),
                        text);
                out.add(new Edits.Edit("paragraphs", Edits.Op.ADD, p, sh.shared(p),
                        x -> x.toBuilder().paragraphs(Edits.inserted(ps, k + 1, added)).breaks(shift(x.breaks(), k + 1, 1))
                                .build()));
            }
        }
        if (ps.isEmpty()) {
            Paragraph added = new Paragraph(OptionalInt.of(1), Optional.empty(), Optional.empty(), "An added paragraph.");
            out.add(new Edits.Edit("paragraphs", Edits.Op.ADD, null, false,
                    x -> x.toBuilder().paragraphs(List.of(added)).build()));
        }
    }

    /** The breaks with those at or after paragraph {@code from} moved by {@code by} paragraphs. */
    private static List<Break> shift(List<Break> bs, int from, int by) {
        List<Break> out = new ArrayList<>();
        for (Break b : bs) {
            out.add(b.paragraph() >= from ? new Break(b.kind(), b.number(), b.total(), b.paragraph() + by, b.offset()) : b);
        }
        return out;
    }
}

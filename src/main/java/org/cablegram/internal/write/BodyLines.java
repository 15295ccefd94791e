package org.cablegram.internal.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cablegram.internal.assemble.Layout;
import org.cablegram.internal.fields.Words;
import org.cablegram.model.Break;
import org.cablegram.model.BreakKind;
import org.cablegram.model.Cable;
import org.cablegram.model.Classification;
import org.cablegram.model.Paragraph;

/**
 * The canonical lines of a cable's body: paragraphs with their headings, the section and page
 * lines where the breaks fall, laid out so that each reads back as it is
 * (docs/canonical-layout.md).
 */
final class BodyLines {

    private final Wrapper wrapper;
    /** Text to write for a break instead of its canonical line (a kept break's own text). */
    private final Map<Break, String> breakTexts;

    BodyLines(Wrapper wrapper, Map<Break, String> breakTexts) {
        this.wrapper = wrapper;
        this.breakTexts = breakTexts;
    }

    void body(Out out, Cable c) {
        List<Paragraph> ps = c.paragraphs();
        List<Break> breaks = c.breaks();
        // from the end: a title paragraph heads the next one, which has a heading or is a title
        boolean[] title = new boolean[ps.size() + 1];
        for (int i = ps.size() - 1; i >= 0; i--) {
            title[i] = titleParagraph(ps.get(i), i + 1 < ps.size() ? ps.get(i + 1) : null, title[i + 1], breaks, i);
        }
        for (int i = 0; i <= ps.size(); i++) {
            List<Break> before = new ArrayList<>();
            List<Break> inside = new ArrayList<>();
            for (Break b : breaks) {
                if (b.paragraph() == i) {
                    (b.offset() == 0 ? before : inside).add(b);
                }
            }
            for (Break b : before) {
                breakLine(out, b, c);
                out.blank();
            }
            if (i < ps.size()) {
                if (title[i]) {
                    String line = titleLine(ps.get(i));
                    out.line(line);
                    out.line(Layout.rule(line));
                } else {
                    paragraph(out, c, i, inside);
                }
                out.blank();
            }
        }
    }

    /**
     * One paragraph of a cable with the breaks inside it, laid out as in the whole body.
     *
     * @param inside the breaks that fall inside its text
     */
    void paragraph(Out out, Cable c, int i, List<Break> inside) {
        List<Paragraph> ps = c.paragraphs();
        Paragraph p = ps.get(i);
        // an unnumbered paragraph after no numbered one, or under a heading: a title-like first
        // block would read as a heading of what follows, and is laid out like a later block
        boolean guard = p.number().isEmpty() && (p.heading().isPresent() || i == 0 || ps.get(i - 1).number().isEmpty());
        paragraph(out, p, inside, c, i == ps.size() - 1, guard);
    }

    /**
     * An unnumbered paragraph of one title-like line, with no heading, before a paragraph with a
     * heading (or before another such title, underlined in turn) and no break between them: the
     * parser reads it (two headings in a row, the first one text) when it is written underlined
     * like a heading. Written as plain text after a numbered paragraph, it would be read as a
     * block of that paragraph.
     */
    private static boolean titleParagraph(Paragraph p, Paragraph next, boolean nextIsTitle, List<Break> breaks,
            int index) {
        if (p.number().isPresent() || p.heading().isPresent() || next == null
                || next.heading().isEmpty() && !nextIsTitle || p.text().contains("\n")) {
            return false;
        }
        for (Break b : breaks) {
            // no break inside it, and none between it and the next paragraph
            if (b.paragraph() == index && b.offset() > 0 || b.paragraph() == index + 1 && b.offset() == 0) {
                return false;
            }
        }
        return Layout.readsAsUnderlinedHeading(titleLine(p));
    }

    /** A title paragraph's one line: its marking and text. */
    private static String titleLine(Paragraph p) {
        return p.marking().map(m -> "(" + m + ") ").orElse("") + p.text();
    }

    void breakLine(Out out, Break b, Cable c) {
        // a break line runs into no section line before it
        out.glueAfter(-1, null);
        String own = breakTexts.get(b);
        if (own != null) {
            out.line(own);
            return;
        }
        Optional<Classification> cls = c.classification();
        String origin = cls.flatMap(Classification::origin).orElse(c.origin().orElse("STATE"));
        String serial = cls.flatMap(Classification::serial).or(c::serial).orElse("0");
        String digits = Words.digitsOf(serial);
        if (digits.isEmpty()) {
            digits = "0";
        }
        if (b.kind() == BreakKind.SECTION) {
            out.line(String.format("%s %08d %03d OF %03d", origin, Long.parseLong(digits), b.number(),
                    b.total().orElse(b.number())));
            out.glueAfter(out.lastIndex(), cls.flatMap(Classification::origin).orElse(null));
        } else {
            String o6 = origin.length() > 6 ? origin.substring(0, 6) : origin;
            StringBuilder sb = new StringBuilder(String.format("PAGE %02d %s %05d", b.number(), o6,
                    Long.parseLong(digits)));
            if (b.total().isPresent()) {
                sb.append(String.format(" 01 OF %02d", b.total().getAsInt()));
            }
            out.line(sb.toString());
        }
    }

    /** A paragraph with its heading; breaks that fall inside its text cut it there. */
    private void paragraph(Out out, Paragraph p, List<Break> inside, Cable cable, boolean last, boolean guardFirst) {
        String text = p.text();
        List<Break> cuts = inside == null ? List.of() : inside;
        StringBuilder first = new StringBuilder();
        p.number().ifPresent(n -> first.append(n).append(". "));
        p.marking().ifPresent(m -> first.append('(').append(m).append(") "));
        boolean block = guardFirst;
        if (p.heading().isPresent()) {
            String h = p.heading().get();
            String head = first + Words.between(text.substring(0, cuts.isEmpty() ? text.length() : Math.min(cuts.get(0).offset(),
                    text.length())), "\n\n").get(0);
            boolean alone = !cuts.isEmpty() || text.contains("\n\n") || !last;
            String framed = guardFirst && alone && Layout.readsAsHeading(head)
                    && wrapper.breakAt(Words.splitAtBlank(head)) < 0 ? Layout.framedHeading(h) : null;
            if (framed != null) {
                // a first block that reads as a heading and has no place to break (one word)
                // follows a framed heading line directly: a line after a text line heads nothing
                out.line(framed);
                block = false;
            } else {
                Layout.heading(h).forEach(out::line);
                out.blank();
            }
        }
        int from = 0;
        for (Break b : cuts) {
            int at = Math.min(Math.max(b.offset(), from), text.length());
            String part = text.substring(from, at).stripTrailing();
            if (!part.isEmpty() || from == 0) {
                blocks(out, first.length() > 0 && from == 0 ? first + part : part, false, block, false);
            }
            // a cut between blocks stands between blank lines; a cut inside a block, between
            // the block's lines (as a section line falls in a hard-wrapped paragraph)
            boolean between = at >= text.length() || text.charAt(at) == '\n';
            if (between) {
                out.blank();
            }
            breakLine(out, b, cable);
            if (between) {
                out.blank();
            }
            from = at;
            while (from < text.length() && (text.charAt(from) == ' ' || text.charAt(from) == '\n')) {
                from++;
            }
            block = between;
        }
        String rest = text.substring(from);
        if (from == 0 || !rest.isEmpty()) {
            blocks(out, from == 0 ? first + rest : rest, last, block, cable.signers().isEmpty());
        }
    }

    /**
     * Writes text whose internal blocks are separated by blank lines. A block after the first
     * that could read as a heading of what follows is broken after its first word(s), so that it
     * reads as a line of text and its continuation; the last block of the body is followed by no
     * paragraph (and is left alone, not to look like a signature).
     */
    private void blocks(Out out, String text, boolean endsBody, boolean firstIsBlock, boolean unsigned) {
        String[] bs = Words.between(text, "\n\n").toArray(new String[0]);
        for (int i = 0; i < bs.length; i++) {
            if (i > 0) {
                out.blank();
            }
            if ((i > 0 || firstIsBlock) && !(endsBody && i == bs.length - 1) && Layout.readsAsHeading(bs[i])
                    && wrapper.broken(out, bs[i])) {
                continue;
            }
            if (endsBody && unsigned && i == bs.length - 1 && Layout.gluedSignature(bs[i])
                    && wrapper.unglued(out, bs[i])) {
                continue;
            }
            wrapper.wrapped(out, bs[i]);
        }
    }

    /** Whether the body ends with text: no break after the last paragraph. */
    static boolean endsWithText(Cable c) {
        return !c.paragraphs().isEmpty()
                && c.breaks().stream().noneMatch(b -> b.paragraph() >= c.paragraphs().size());
    }
}

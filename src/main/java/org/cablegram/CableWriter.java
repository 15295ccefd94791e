package org.cablegram;

import java.util.Objects;

import org.cablegram.internal.write.CanonicalWriter;
import org.cablegram.internal.write.LosslessWriter;
import org.cablegram.model.Cable;

/**
 * Turns a {@link Cable} back into telegram text.
 *
 * <p>{@link #write(Cable)} renders any cable, parsed or built by hand, in the canonical layout
 * (docs/canonical-layout.md): envelope, date-time group, FM / TO / INFO / XMT, a blank line, the
 * text header one element per line, numbered paragraphs separated by blank lines with headings
 * underlined, section lines where the cable's breaks are, signature and trailer. Parsing that
 * text gives the same cable again (unrecognized lines aside, which the canonical layout leaves
 * out).
 *
 * <p>{@link #lossless(ParseResult)} reproduces the parsed input byte for byte;
 * {@link #lossless(ParseResult, Cable)} writes a changed copy of the parsed cable in the input's
 * own layout, keeping the text of every element that did not change.
 */
public final class CableWriter {

    private final CanonicalWriter canonical;

    private CableWriter(int width) {
        this.canonical = new CanonicalWriter(width);
    }

    /** @return a writer of the canonical layout: one line per paragraph, LF line ends */
    public static CableWriter canonical() {
        return new CableWriter(0);
    }

    /**
     * A writer that wraps paragraph text at {@code width} characters (69 is the ACP 127 line),
     * never breaking where the next line would read as another kind of line.
     *
     * @param width the longest line, at least 20; 0 for no wrapping
     * @return the writer
     */
    public static CableWriter wrapping(int width) {
        if (width != 0 && width < 20) {
            throw new IllegalArgumentException("width must be 0 or at least 20");
        }
        return new CableWriter(width);
    }

    /**
     * Renders the cable in the canonical layout.
     *
     * @param cable the cable
     * @return telegram text, lines ended by LF
     */
    public String write(Cable cable) {
        Objects.requireNonNull(cable, "cable");
        return canonical.write(cable);
    }

    /**
     * Reproduces the input of a parse byte for byte.
     *
     * @param result a parse result
     * @return the input text as parsed (up to the configured input limits)
     */
    public static String lossless(ParseResult result) {
        return lossless(result, result.cable());
    }

    /**
     * Writes a changed copy of a parsed cable in the input's own layout.
     *
     * <p>Changes are found by value, part by part (a list element by element, see
     * docs/model.md, "Editing a cable"). Every element that did not change keeps its text as
     * read, and layout lines (blank lines, rules, banners) stay. A changed element is written in
     * its canonical form where the original stood; a removed one is left out; an added one is
     * written after its neighbour before it in the cable's order (or before the one after it).
     * Where a changed element shared a line with an unchanged one (lines that lost their
     * newlines), the line is split and the unchanged one keeps its own piece of it; where the
     * piece an unchanged element was read from is not known, that element is written anew in
     * its canonical form too.
     *
     * <p>The text is read back before it is returned: if it does not give the changed cable
     * (some change cannot be expressed in this input, or a derived part such as the summary was
     * set to a value the other parts do not give), nothing is returned in silence and
     * {@link LosslessWriteException} names each part that differs.
     *
     * @param result the parse result the cable was derived from
     * @param cable  the changed cable ({@code result.cable()} itself gives the input back)
     * @return the text
     * @throws LosslessWriteException when the text would not read back as {@code cable}
     */
    public static String lossless(ParseResult result, Cable cable) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(cable, "cable");
        LosslessWriter.Outcome o = LosslessWriter.write(result.side(), result.cable(), cable);
        if (!o.problems().isEmpty()) {
            throw new LosslessWriteException(o.problems(), o.text());
        }
        return o.text();
    }
}

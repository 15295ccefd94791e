package org.cablegram.internal.write;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.cablegram.internal.assemble.Layout;
import org.cablegram.model.Addressee;
import org.cablegram.model.Break;
import org.cablegram.model.Cable;
import org.cablegram.model.Classification;
import org.cablegram.model.Trailer;

/**
 * Writes a cable in the canonical layout (docs/canonical-layout.md), whole or one element at a
 * time. The parts are written in the order of {@link Part}.
 */
public final class CanonicalWriter {

    private final Wrapper wrapper;
    private final BodyLines body;

    /** @param width the longest line of paragraph text, 0 for no wrapping */
    public CanonicalWriter(int width) {
        this(width, new IdentityHashMap<>());
    }

    /**
     * @param width      the longest line of paragraph text, 0 for no wrapping
     * @param breakTexts text to write for these breaks instead of their canonical line
     */
    CanonicalWriter(int width, Map<Break, String> breakTexts) {
        this.wrapper = new Wrapper(width);
        this.body = new BodyLines(wrapper, breakTexts);
    }

    /**
     * @param cable a cable
     * @return its canonical text, lines ended by LF
     */
    public String write(Cable cable) {
        Out out = new Out();
        for (Part p : Part.values()) {
            writePart(out, p, cable);
        }
        return out.text();
    }

    /** Writes one part of a whole cable, with the blank lines the layout puts around it. */
    private void writePart(Out out, Part part, Cable c) {
        switch (part) {
            case PARTIAL_EXTRACT:
                if (c.partialExtract()) {
                    out.line(HeaderLines.PARTIAL_NOTICE);
                    out.blank();
                }
                break;
            case CLASSIFICATION:
                // the addressees end with a blank line, whether a classification follows or not
                out.blank();
                c.classification().ifPresent(k -> {
                    out.line(HeaderLines.classificationLine(k));
                    out.blank();
                    k.captions().forEach(out::line);
                    out.blank();
                });
                break;
            case PASSING:
                for (String p : c.passing()) {
                    out.line(p);
                    out.blank();
                }
                break;
            case CLASSIFIED_BY:
                c.classifiedBy().ifPresent(k -> {
                    out.blank();
                    wrapper.wrappedHeader(out, HeaderLines.classifiedBy(k.text()));
                });
                break;
            case PARAGRAPHS:
                out.blank();
                body.body(out, c);
                out.glueAfter(-1, null);
                break;
            case BREAKS:
            case UNRECOGNIZED:
                // breaks are written with the paragraphs; unrecognized lines have no place
                break;
            case SIGNERS:
                if (!c.signers().isEmpty()) {
                    out.blank();
                    c.signers().forEach(out::line);
                }
                break;
            case TRAILER:
                c.trailer().ifPresent(t -> trailer(out, t, c));
                break;
            default:
                int n = part.shape() == Part.Shape.BLOCK ? Math.min(1, part.elements(c).size()) : part.elements(c).size();
                for (int i = 0; i < n; i++) {
                    element(out, new Slot(part, i), c);
                }
        }
    }

    private static void trailer(Out out, Trailer t, Cable c) {
        List<String> ls = t.lines();
        if (!ls.isEmpty() && Layout.tabField(ls.get(0)) && out.lastIsText()
                && (!c.signers().isEmpty() || BodyLines.endsWithText(c))) {
            // a field the parser would read as text on a line of its own is written after a tab,
            // as the database fields of some published cables are
            out.appendToLast("\t" + ls.get(0));
            ls = ls.subList(1, ls.size());
        }
        out.blank();
        ls.forEach(out::line);
    }

    /**
     * The canonical lines of one element of a cable, without blank lines around it.
     *
     * @param slot  the element's place
     * @param cable the cable
     * @return its lines (none when the cable has nothing there)
     */
    List<String> element(Slot slot, Cable cable) {
        Out out = new Out();
        element(out, slot, cable);
        return out.lines();
    }

    private void element(Out out, Slot slot, Cable c) {
        List<?> elements = slot.part().elements(c);
        int i = slot.index();
        if (i >= elements.size()) {
            return;
        }
        Object e = elements.get(i);
        switch (slot.part()) {
            case PARTIAL_EXTRACT -> out.line(HeaderLines.PARTIAL_NOTICE);
            case ENVELOPE -> HeaderLines.envelope(out, c.envelope().orElseThrow());
            case DISTRIBUTION -> HeaderLines.distribution(out, c.distribution().orElseThrow());
            case DATE_TIME_GROUP -> out.line(HeaderLines.dtg(c.dateTimeGroup().orElseThrow()));
            case FROM -> out.line("FM " + e);
            case TO -> HeaderLines.addressee(out, i == 0 ? "TO" : "", (Addressee) e);
            case INFO -> HeaderLines.addressee(out, i == 0 ? "INFO" : "", (Addressee) e);
            case CLASSIFICATION -> {
                Classification k = (Classification) e;
                out.line(HeaderLines.classificationLine(k));
                k.captions().forEach(out::line);
            }
            case PASSING, SIGNERS -> out.line((String) e);
            case EXECUTIVE_ORDER -> out.line(HeaderLines.executiveOrder(c.executiveOrder().orElseThrow()));
            case TAGS -> out.line(HeaderLines.tags(c.tags()));
            case SUBJECT -> wrapper.wrappedHeader(out, HeaderLines.subject(c.subject().orElseThrow()));
            case REFERENCES -> HeaderLines.references(c.references()).forEach(out::line);
            case CLASSIFIED_BY -> wrapper.wrappedHeader(out, HeaderLines.classifiedBy(c.classifiedBy().orElseThrow().text()));
            case PARAGRAPHS -> body.paragraph(out, c, i, inside(c, i));
            case BREAKS -> body.breakLine(out, (Break) e, c);
            case TRAILER -> c.trailer().orElseThrow().lines().forEach(out::line);
            case UNRECOGNIZED -> out.line(c.unrecognized().get(i).text());
            default -> throw new IllegalStateException(slot.toString());
        }
    }

    /** The breaks that fall inside the text of paragraph {@code i}. */
    static List<Break> inside(Cable c, int i) {
        List<Break> out = new ArrayList<>();
        for (Break b : c.breaks()) {
            if (b.paragraph() == i && b.offset() > 0) {
                out.add(b);
            }
        }
        return out;
    }
}

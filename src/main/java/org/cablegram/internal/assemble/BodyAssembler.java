package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Fields;
import org.cablegram.internal.fields.HeaderFields;
import org.cablegram.internal.fields.Words;

import org.cablegram.internal.engine.ItemKind;

import org.cablegram.internal.engine.Item;
import org.cablegram.internal.engine.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.cablegram.DiagnosticCode;
import org.cablegram.model.Break;
import org.cablegram.model.BreakKind;
import org.cablegram.model.ClassifiedBy;
import org.cablegram.model.Paragraph;
import org.cablegram.model.Trailer;
import org.cablegram.model.Unrecognized;

/**
 * Builds paragraphs, breaks, summary, comments, signature and trailer from the body items.
 *
 * <p>Rules, in the order they apply to a text line: a short line standing alone between blank
 * lines is a heading; a line right after a line of the same paragraph continues it (hard wrap);
 * after a blank line, a section mark or a page line, a line continues the paragraph when it
 * starts in lower case or the paragraph's text stopped mid-sentence (the split is reported);
 * otherwise it is a further block of the numbered paragraph, or a new unnumbered paragraph.
 */
final class BodyAssembler {

    /** A page line met in the lead or address block, before the body. */
    record PageBreakAtStart(Fields.Page page, Item item) {
    }

    /**
     * What the body yields. {@code officeItems} are the office lines of a received copy met in the
     * body (a later page's ACTION / INFO lines): they belong to the cable's one distribution.
     * {@code captionLines} are the SIPDIS lines taken out of the text: captions of the
     * classification.
     */
    record Result(List<Paragraph> paragraphs, List<Break> breaks, Optional<String> summary, List<String> comments,
            List<String> signers, Optional<Trailer> trailer, List<Unrecognized> unrecognized,
            Optional<ClassifiedBy> classifiedBy, Optional<Fields.ClassLine> sectionClassLine,
            Optional<Fields.SectionMark> sectionMark, List<Item> officeItems, List<SourceLine> captionLines) {
    }

    private static final Pattern TRAILING_BANNER = Pattern.compile(
            "\\s{2,}(?:UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|C O N F I D E N T I A L|S E C R E T)\\s*$");

    private final Diagnostics diags;
    private final SideTable side;

    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Break> breaks = new ArrayList<>();
    private final List<Unrecognized> unrecognized = new ArrayList<>();
    private final List<PendingBreak> pending = new ArrayList<>();
    private Optional<ClassifiedBy> classifiedBy = Optional.empty();
    private Optional<Fields.ClassLine> sectionClassLine = Optional.empty();
    private Optional<Fields.SectionMark> firstSectionMark = Optional.empty();
    private final List<Item> officeItems = new ArrayList<>();
    private final List<SourceLine> sipdisLines = new ArrayList<>();
    /** Whether the text header had a Classified By line: one in the body is then a repeat. */
    private boolean headerClassifiedBy;

    // the paragraph being built
    private StringBuilder text;
    /** The one buffer {@link #text} points to while a paragraph is open, reused for each. */
    private final StringBuilder buffer = new StringBuilder(1024);
    private OptionalInt number = OptionalInt.empty();
    private Optional<String> marking = Optional.empty();
    private Optional<String> heading = Optional.empty();
    private final List<SourceLine> lines = new ArrayList<>();
    private String pendingHeading;
    private List<SourceLine> pendingHeadingLines = new ArrayList<>();
    private int lastNumber;
    private boolean blankSince;
    private boolean breakSince;
    private boolean lastWasHeading;
    private boolean numbered;

    private record PendingBreak(BreakKind kind, int number, OptionalInt total, SourceLine line) {
    }

    private final String origin;

    BodyAssembler(Diagnostics diags, SideTable side, String origin) {
        this.diags = diags;
        this.side = side;
        this.origin = origin;
    }

    /** Tells the body that the text header had a Classified By line of its own. */
    void headerHasClassifiedBy(boolean has) {
        headerClassifiedBy = has;
    }

    void addLeadPage(PageBreakAtStart p) {
        Break br = new Break(BreakKind.PAGE, p.page().number(), p.page().total(), 0, 0);
        breaks.add(br);
        side.put(br, p.item().lines());
    }

    /** Reads the body's items, the ending and signature taken off, into paragraphs and breaks. */
    private void readContent(List<Item> content) {
        numbered = content.stream().anyMatch(x -> x.kind() == ItemKind.PARAGRAPH);
        for (int i = 0; i < content.size(); i++) {
            Item it = content.get(i);
            SourceLine line = it.first();
            Item next = i + 1 < content.size() ? content.get(i + 1) : null;
            String t = line.text();
            if ((it.kind() == ItemKind.TEXT || it.kind() == ItemKind.PARAGRAPH) && next != null
                    && next.kind() == ItemKind.PAGE) {
                t = TRAILING_BANNER.matcher(t).replaceFirst("");
            }
            switch (it.kind()) {
                case PARAGRAPH:
                    startNumbered(line, t);
                    break;
                case TEXT:
                    // cleaned once here: the readers below would each clean (copy) the line again
                    String ct = Words.clean(t);
                    Optional<String> framed = Headings.framedHeading(ct);
                    int headingLines = framed.isPresent()
                            || Headings.isHeading(content, i, t == line.text() ? ct : Words.clean(line.text()), numbered) ? 1 : 0;
                    if (headingLines == 0) {
                        framed = Headings.multiLineHeading(content, i);
                        headingLines = framed.isPresent() ? Words.linesOf(framed.get()).size() : 0;
                        framed = framed.flatMap(h -> Headings.headingOfLines(Words.linesOf(h)));
                    }
                    if (headingLines > 0) {
                        if (pendingHeading != null) {
                            // two headings in a row: the first one was text after all
                            String h = pendingHeading;
                            List<SourceLine> hl = pendingHeadingLines;
                            pendingHeading = null;
                            pendingHeadingLines = new ArrayList<>();
                            closeParagraph();
                            startUnnumbered(hl.get(0), h);
                            lines.addAll(hl.subList(1, hl.size()));
                        }
                        closeParagraph();
                        pendingHeading = framed.orElse(Words.collapse(ct));
                        pendingHeadingLines.add(line);
                        for (int k = 1; k < headingLines; k++) {
                            pendingHeadingLines.add(content.get(++i).first());
                        }
                        lastWasHeading = true;
                        blankSince = false;
                        break;
                    }
                    addText(line, Words.bodyText(ct));
                    break;
                case SECTION_MARK:
                    Optional<Fields.SectionMark> sm = Fields.sectionMark(t);
                    if (sm.isPresent()) {
                        if (firstSectionMark.isEmpty()) {
                            firstSectionMark = sm;
                        }
                        pending.add(new PendingBreak(BreakKind.SECTION, sm.get().number(),
                                OptionalInt.of(sm.get().total()), line));
                        breakSince = true;
                    } else {
                        diags.add(DiagnosticCode.MALFORMED_BODY_LINE,
                                "section line without the expected fields; kept as text", line);
                        addText(line, Words.collapse(t));
                    }
                    break;
                case PAGE:
                    Optional<Fields.Page> p = Fields.page(t);
                    if (p.isPresent()) {
                        pending.add(new PendingBreak(BreakKind.PAGE, p.get().number(), p.get().total(), line));
                        breakSince = true;
                        String rest = p.get().rest();
                        if (BodyItems.markedParagraph(rest)) {
                            // a numbered, marked paragraph run into the page line ("PAGE 03 ... 291401Z
                            // 11. (C) COMMENT: ...") starts that paragraph, as after a section line
                            startNumbered(line, rest);
                        } else if (BodyItems.OFFICE_AFTER_PAGE.matcher(rest).matches()) {
                            // the office line of the page's print header run into the page line
                            officeItems.add(new Item(rest.startsWith("INFO") ? ItemKind.OFFICE_INFO
                                    : ItemKind.ACTION_OFFICE, List.of(new SourceLine(line.number(), rest, ""))));
                        } else if (!rest.isEmpty()) {
                            addText(line, Words.bodyText(rest));
                        }
                    } else {
                        addText(line, Words.collapse(t));
                    }
                    break;
                case BODY_CLASS:
                    Optional<Fields.ClassLine> cl = Fields.classLine(t);
                    if (cl.isPresent() && cl.get().section().isPresent()) {
                        if (sectionClassLine.isEmpty()) {
                            sectionClassLine = cl;
                        }
                        int n = cl.get().section().get().number();
                        if (n <= 1 && !paragraphs.isEmpty()) {
                            diags.add(DiagnosticCode.REPEATED_HEADER,
                                    "classification line of section 1 again inside the body; kept as an unrecognized line",
                                    line);
                            keep(line);
                        } else {
                            pending.add(new PendingBreak(BreakKind.SECTION, n,
                                    OptionalInt.of(cl.get().section().get().total()), line));
                            breakSince = true;
                        }
                    } else {
                        // no section to mark: the cable's classification line written again
                        repeat(line, "classification line without a section count inside the body");
                    }
                    break;
                case BODY_SIPDIS:
                    diags.add(DiagnosticCode.SIPDIS_REMOVED, "SIPDIS line removed from the text", line);
                    sipdisLines.add(line);
                    break;
                case BODY_CLASSIFIED_BY:
                    if (classifiedBy.isEmpty() && !headerClassifiedBy) {
                        ClassifiedBy c = HeaderFields.classifiedBy(line.text());
                        classifiedBy = Optional.of(c);
                        side.put(c, List.of(line));
                    } else {
                        repeat(line, "second Classified By line, in the body; the first one is used");
                    }
                    break;
                case BLANK:
                    if (text != null || pendingHeading != null) {
                        blankSince = true;
                    }
                    break;
                case DASH:
                case BANNER:
                    // layout, recorded in assemble
                    break;
                case ACTION_OFFICE:
                case OFFICE_INFO:
                case OFFICES:
                case COPIES:
                case COUNTER:
                    officeItems.add(it);
                    break;
                default:
                    keep(line);
                    diags.add(DiagnosticCode.UNRECOGNIZED_LINE, "line not recognised in the body; kept verbatim", line);
            }
        }
        closeParagraph();
        if (pendingHeading != null) {
            // a heading with nothing after it is text
            Paragraph p = new Paragraph(OptionalInt.empty(), Optional.empty(), Optional.empty(), pendingHeading);
            side.put(p, pendingHeadingLines);
            paragraphs.add(p);
            pendingHeading = null;
        }
        flushBreaks(paragraphs.size(), 0);
    }

    /**
     * Keeps a repeated header element (a second Classified By or classification line) as an
     * unrecognized line, reported as a duplicate: the first one is the cable's.
     */
    private void repeat(SourceLine line, String message) {
        keep(line);
        diags.add(DiagnosticCode.DUPLICATE_ELEMENT, message, line);
    }

    private void keep(SourceLine line) {
        Unrecognized u = new Unrecognized(line.number(), line.text());
        unrecognized.add(u);
        side.put(u, List.of(line));
    }

    Result assemble(List<Item> original) {
        List<Item> items = new BodyItems(diags, origin).split(original);
        for (Item it : items) {
            // layout, wherever the steps below put the item (trailer, signature or text)
            SideTable.LayoutKind k = it.kind() == ItemKind.BLANK ? SideTable.LayoutKind.BLANK
                    : it.kind() == ItemKind.DASH ? SideTable.LayoutKind.RULE
                    : it.kind() == ItemKind.BANNER ? SideTable.LayoutKind.BANNER : null;
            if (k != null) {
                it.lines().forEach(l -> side.layout(l, k));
            }
        }
        // 1. and 2. the ending and the signature
        Ending.Read ending = new Ending(diags, side).read(items);
        List<Item> content = ending.content();
        List<String> signers = ending.signers();
        Optional<Trailer> trailer = ending.trailer();

        // 3. paragraphs
        readContent(content);

        // 4. blocks
        Blocks blocks = Blocks.find(paragraphs, diags, side);
        return new Result(paragraphs, breaks, blocks.summary(), blocks.comments(), signers, trailer, unrecognized,
                classifiedBy, sectionClassLine, firstSectionMark, officeItems, sipdisLines);
    }

    // --------------------------------------------------------------------- paragraphs

    private void startNumbered(SourceLine line, String t) {
        Optional<Fields.ParaStart> ps = Fields.paragraph(t);
        if (ps.isEmpty()) {
            diags.add(DiagnosticCode.MALFORMED_BODY_LINE, "paragraph start whose number and period do not fit its rule; kept as text",
                    line);
            addText(line, Words.bodyText(t));
            return;
        }
        closeParagraph();
        String digits = ps.get().digits();
        int n = Integer.parseInt(digits);
        int expected = lastNumber + 1;
        // the grammar tells a number led by a 1 (14.); whether the 1 is a mangled pilcrow is
        // decided here, by the number the paragraph before makes us expect
        if (ps.get().ledByOne() && n != expected && Integer.parseInt(digits.substring(1)) == expected) {
            diags.add(DiagnosticCode.PILCROW_MANGLED, "paragraph number " + digits + " read as " + expected
                    + ": a pilcrow mangled into the digit 1", line);
            n = expected;
        } else if (n != expected && lastNumber > 0) {
            diags.add(DiagnosticCode.PARAGRAPH_SEQUENCE, "paragraph " + n + " follows paragraph " + lastNumber, line);
        }
        lastNumber = n;
        flushBreaks(paragraphs.size(), 0);
        number = OptionalInt.of(n);
        marking = ps.get().marking();
        heading = takeHeading();
        text = buffer;
        text.setLength(0);
        text.append(Words.bodyText(ps.get().text()));
        lines.add(line);
        blankSince = false;
        breakSince = false;
        lastWasHeading = false;
    }

    private void addText(SourceLine line, String t) {
        if (t.isEmpty()) {
            return;
        }
        if (text == null || lastWasHeading) {
            closeParagraph();
            startUnnumbered(line, t);
            return;
        }
        boolean split = blankSince || breakSince;
        // the text so far, read in place: the joining rules look at its last characters only
        CharSequence prev = text;
        if (!split) {
            flushBreaks(paragraphs.size(), text.length());
            appendJoined(t, Sentences.hyphenated(prev, t) ? "" : " ");
        } else {
            boolean continues = Sentences.continuesSentence(prev, t, breakSince);
            if (continues) {
                flushBreaks(paragraphs.size(), text.length());
                appendJoined(t, Sentences.hyphenated(prev, t) ? "" : " ");
                if (!breakSince) {
                    diags.add(DiagnosticCode.PARAGRAPH_REJOINED,
                            "paragraph split by a blank line joined again", line);
                } else {
                    diags.add(DiagnosticCode.PARAGRAPH_REJOINED,
                            "paragraph split by a section or page line joined again", line);
                }
            } else if (number.isPresent()) {
                flushBreaks(paragraphs.size(), text.length());
                appendJoined(t, "\n\n");
            } else {
                closeParagraph();
                startUnnumbered(line, t);
                return;
            }
        }
        lines.add(line);
        blankSince = false;
        breakSince = false;
    }

    private void appendJoined(String t, String sep) {
        if (text.length() == 0) {
            text.append(t);
        } else {
            text.append(sep).append(t);
        }
    }

    private void startUnnumbered(SourceLine line, String t) {
        flushBreaks(paragraphs.size(), 0);
        number = OptionalInt.empty();
        Fields.Marked marked = Fields.marking(t);
        marking = marked.marking();
        heading = takeHeading();
        text = buffer;
        text.setLength(0);
        text.append(marked.text());
        lines.add(line);
        blankSince = false;
        breakSince = false;
        lastWasHeading = false;
    }

    private Optional<String> takeHeading() {
        if (pendingHeading == null) {
            return Optional.empty();
        }
        String h = pendingHeading;
        lines.addAll(pendingHeadingLines);
        pendingHeading = null;
        pendingHeadingLines = new ArrayList<>();
        return Optional.of(h);
    }

    private void closeParagraph() {
        if (text == null) {
            return;
        }
        String body = text.toString().strip();
        if (marking.isEmpty() && !body.isEmpty() && body.charAt(0) == '(') {
            // a portion marking hard-wrapped onto the paragraph's next line ("5. (S//REL CHINA,
            // AFGHANISTAN," / "KAZAKHSTAN) The ...") is whole once the lines are joined
            Fields.Marked wrapped = Fields.marking(body);
            if (wrapped.marking().isPresent()) {
                marking = wrapped.marking();
                body = wrapped.text();
            }
        }
        Paragraph p = new Paragraph(number, marking, heading, body);
        side.put(p, lines);
        paragraphs.add(p);
        text = null;
        number = OptionalInt.empty();
        marking = Optional.empty();
        heading = Optional.empty();
        lines.clear();
        blankSince = false;
        breakSince = false;
    }

    private void flushBreaks(int paragraph, int offset) {
        for (PendingBreak b : pending) {
            Break br = new Break(b.kind(), b.number(), b.total(), paragraph, offset);
            breaks.add(br);
            side.put(br, List.of(b.line()));
        }
        pending.clear();
    }

    // ------------------------------------------------------------------------ rules

}

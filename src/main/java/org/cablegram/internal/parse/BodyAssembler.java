package org.cablegram.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
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

    private static final Set<String> CLOSERS = Set.of("END SUMMARY", "END COMMENT", "END NOTE", "END TEXT",
            "UNQUOTE", "QUOTE", "END QUOTE", "BEGIN TEXT", "BEGIN SUMMARY", "BEGIN COMMENT", "END CABLE",
            "END SUMMARY AND COMMENT", "END OF SUMMARY", "END OF COMMENT", "END TEXT OF NOTE", "END TEXT.",
            "SIPDIS", "NOFORN", "SENSITIVE", "CONFIDENTIAL", "SECRET", "UNCLASSIFIED", "BT", "NNNN");
    private static final Set<String> PARTICLES = Set.of("van", "de", "von", "da", "del", "di", "le", "la", "al",
            "bin", "el", "der", "den", "du", "dos", "y", "st.", "mc");
    private static final Pattern LIST_ITEM = Pattern.compile("(?:[A-Za-z][.)]|\\(\\w{1,3}\\)|\\d+[.)]|--|-|\\*|o\\s)");
    private static final Pattern LOWER_LETTER_ITEM = Pattern.compile("[a-z][.)]\\s");
    private static final Pattern NAME_CHARS = Pattern.compile("[A-Za-z][A-Za-z'.\\- /,]*");
    private static final Pattern STARRED_BANNER = Pattern.compile("\\*{3,}[^*]+\\*{3,}\\s*");
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

    /**
     * The items with what lost its newlines taken apart: section lines inside text lines, several
     * paragraphs on one line, and debris or rules recognised as separators. Kept apart from the
     * rest of {@link #assemble} (whose rare branches would otherwise make the JIT recompile one
     * large method several times during warm-up).
     */
    private List<Item> splitRunTogether(List<Item> given) {
        List<Item> original = officeLinesAsText(given);
        List<Item> items = new ArrayList<>(original.size());
        for (Item orig : original) {
            List<Item> pieces = List.of(orig);
            if (orig.kind() == ItemKind.TEXT || orig.kind() == ItemKind.PARAGRAPH) {
                if (RunTogether.keptWhole(orig.first().text())) {
                    diags.add(DiagnosticCode.MALFORMED_BODY_LINE, "a text line opens with conversion debris; kept whole",
                            orig.first());
                }
                List<String> marks = RunTogether.splitSectionMarks(orig.first().text(), origin);
                if (marks.size() > 1) {
                    pieces = splitAtSectionLines(orig, marks);
                }
            }
            for (Item it : pieces) {
                if (it.kind() == ItemKind.TEXT || it.kind() == ItemKind.PARAGRAPH) {
                    List<String> parts = RunTogether.splitParagraphs(it.first().text());
                    if (parts.size() > 1) {
                        diags.add(DiagnosticCode.COLLAPSED_LINE, parts.size() + " paragraphs on one line were split apart",
                                it.first());
                        for (int i = 0; i < parts.size(); i++) {
                            SourceLine l = it.first();
                            items.add(new Item(i == 0 ? it.kind() : ItemKind.PARAGRAPH, List.of(new SourceLine(l.number(),
                                    parts.get(i), i == parts.size() - 1 ? l.terminator() : ""))));
                        }
                        continue;
                    }
                }
                if (it.kind() == ItemKind.TEXT && onlyDebris(it.first().text())) {
                    // conversion debris alone on a line (a lone backslash) separates like a blank line
                    it = new Item(ItemKind.BLANK, it.lines());
                } else if (it.kind() == ItemKind.TEXT && mayBeRule(it.first().text())
                        && rule(Words.bodyText(it.first().text()))) {
                    // a rule with conversion debris ("------- ¶") or of two spaced dashes ("- -")
                    // frames like any dash line ("--" alone is a list dash)
                    it = new Item(ItemKind.DASH, it.lines());
                }
                items.add(it);
            }
        }
        return items;
    }

    private static final java.util.EnumSet<ItemKind> TRAILER_KINDS = java.util.EnumSet.of(ItemKind.BT,
            ItemKind.SERIAL, ItemKind.END, ItemKind.FOOTER);
    private static final java.util.EnumSet<ItemKind> OFFICE_KINDS = java.util.EnumSet.of(ItemKind.ACTION_OFFICE,
            ItemKind.OFFICE_INFO, ItemKind.OFFICES, ItemKind.COPIES, ItemKind.COUNTER);
    private static final java.util.EnumSet<ItemKind> CONTINUATION_KINDS = java.util.EnumSet.of(ItemKind.OFFICES,
            ItemKind.COPIES, ItemKind.COUNTER);
    private static final Pattern LEADING_RULE = Pattern.compile("\\s*-{10,}\\s*");

    /**
     * The items with the office-list, copy-count and counter lines that follow no office line
     * read as text: only an ACTION or INFO line opens the office lines of a later page.
     */
    private static List<Item> officeLinesAsText(List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        Item previous = null;
        for (Item it : items) {
            List<Item> pieces = List.of(it);
            if (CONTINUATION_KINDS.contains(it.kind()) && !afterOffices(previous)) {
                pieces = it.kind() == ItemKind.COUNTER ? counterAsText(it) : List.of(new Item(ItemKind.TEXT, it.lines()));
            }
            if (it.kind() != ItemKind.BLANK) {
                previous = pieces.get(pieces.size() - 1);
            }
            out.addAll(pieces);
        }
        return out;
    }

    /** Whether an item is an office line of a received copy, or a page line an office line was run into. */
    private static boolean afterOffices(Item previous) {
        if (previous == null) {
            return false;
        }
        if (previous.kind() == ItemKind.PAGE) {
            Optional<Fields.Page> p = Fields.page(previous.first().text());
            return p.isPresent() && OFFICE_AFTER_PAGE.matcher(p.get().rest()).matches();
        }
        return OFFICE_KINDS.contains(previous.kind());
    }

    /**
     * A line the lexer reads as a counter line (ten dashes or more, then a word) that does not
     * follow an office line of a received copy: a heading framed by dashes on one line
     * ("---------- Blame Game ----------"), or text or a section line run into a rule ("------
     * 11. (SBU) One of ..."), whose rule is layout and whose rest is read as on a line of its own.
     */
    private static List<Item> counterAsText(Item counter) {
        SourceLine l = counter.first();
        if (framedHeading(l.text()).isPresent()) {
            return List.of(new Item(ItemKind.TEXT, counter.lines()));
        }
        Matcher m = LEADING_RULE.matcher(l.text());
        if (!m.lookingAt()) {
            return List.of(new Item(ItemKind.TEXT, counter.lines()));
        }
        String rest = l.text().substring(m.end());
        ItemKind kind = Fields.sectionMark(rest).isPresent() ? ItemKind.SECTION_MARK
                : Fields.paragraph(rest).isPresent() ? ItemKind.PARAGRAPH : ItemKind.TEXT;
        return List.of(new Item(ItemKind.DASH, List.of(new SourceLine(l.number(), l.text().substring(0, m.end()), ""))),
                new Item(kind, List.of(new SourceLine(l.number(), rest, l.terminator()))));
    }

    /** The pieces of a text line with section lines inside it ("... 002 OF 003 ..."), as items. */
    private List<Item> splitAtSectionLines(Item orig, List<String> marks) {
        diags.add(DiagnosticCode.COLLAPSED_LINE, "a section line inside a text line was split off",
                orig.first());
        List<Item> ps = new ArrayList<>();
        SourceLine l = orig.first();
        for (int k = 0; k < marks.size(); k++) {
            boolean mark = Fields.sectionMark(marks.get(k)).isPresent();
            // the underline of a heading the section line was glued into is a dash line;
            // text after a section line that starts with a numbered, marked paragraph
            // ("... 002 OF 002 5. (C) The ...") starts that paragraph
            ItemKind kind = mark ? ItemKind.SECTION_MARK
                    : DASHES.matcher(marks.get(k)).matches() ? ItemKind.DASH
                    : k == 0 ? orig.kind()
                    : Fields.sectionMark(marks.get(k - 1)).isPresent()
                            && markedParagraph(marks.get(k)) ? ItemKind.PARAGRAPH
                    : ItemKind.TEXT;
            String piece = marks.get(k);
            Matcher banner = kind == ItemKind.TEXT && k > 0 && Fields.sectionMark(marks.get(k - 1)).isPresent()
                    ? STARRED_BANNER.matcher(piece) : null;
            if (banner != null && banner.lookingAt()) {
                // a publisher's note framed by asterisks after the section line
                // ("**** C O R R E C T E D  C O P Y ... ****") is a footer, like on a line of its own
                ps.add(new Item(ItemKind.FOOTER, List.of(new SourceLine(l.number(), banner.group().strip(), ""))));
                piece = piece.substring(banner.end()).strip();
                if (piece.isEmpty()) {
                    continue;
                }
            }
            ps.add(new Item(kind, List.of(new SourceLine(l.number(), piece,
                    k == marks.size() - 1 ? l.terminator() : ""))));
        }
        return ps;
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
                    Optional<String> framed = framedHeading(ct);
                    int headingLines = framed.isPresent()
                            || isHeading(content, i, t == line.text() ? ct : Words.clean(line.text())) ? 1 : 0;
                    if (headingLines == 0) {
                        framed = multiLineHeading(content, i);
                        headingLines = framed.isPresent() ? Words.linesOf(framed.get()).size() : 0;
                        framed = framed.flatMap(h -> headingOfLines(Words.linesOf(h)));
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
                        if (markedParagraph(rest)) {
                            // a numbered, marked paragraph run into the page line ("PAGE 03 ... 291401Z
                            // 11. (C) COMMENT: ...") starts that paragraph, as after a section line
                            startNumbered(line, rest);
                        } else if (OFFICE_AFTER_PAGE.matcher(rest).matches()) {
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
        List<Item> items = splitRunTogether(original);
        for (Item it : items) {
            // layout, wherever the steps below put the item (trailer, signature or text)
            SideTable.LayoutKind k = it.kind() == ItemKind.BLANK ? SideTable.LayoutKind.BLANK
                    : it.kind() == ItemKind.DASH ? SideTable.LayoutKind.RULE
                    : it.kind() == ItemKind.BANNER ? SideTable.LayoutKind.BANNER : null;
            if (k != null) {
                it.lines().forEach(l -> side.layout(l, k));
            }
        }
        // 1. trailer: BT, #serial, NNNN, footers, and everything after NNNN
        int end = items.size();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind() == ItemKind.END) {
                end = i;
                break;
            }
        }
        List<String> trailerLines = new ArrayList<>();
        List<SourceLine> trailerSource = new ArrayList<>();
        for (int i = end; i < items.size(); i++) {
            for (SourceLine l : items.get(i).lines()) {
                if (!l.isBlank()) {
                    trailerLines.add(TRAILER_KINDS.contains(items.get(i).kind()) ? trailerLine(l) : Words.clean(l.text()));
                    trailerSource.add(l);
                }
            }
        }
        List<Item> content = new ArrayList<>(items.subList(0, end));
        // debris without letters or digits at the very end (a lone '>') belongs to the ending
        List<SourceLine> debris = new ArrayList<>();
        while (!content.isEmpty()) {
            Item lastItem = content.get(content.size() - 1);
            if (lastItem.kind() == ItemKind.BLANK || lastItem.kind() == ItemKind.BANNER) {
                break;
            }
            if (lastItem.kind() != ItemKind.TEXT || lastItem.first().text().codePoints().anyMatch(Character::isLetterOrDigit)
                    && !(debris.isEmpty() && truncatedLine(content))) {
                break;
            }
            debris.add(0, lastItem.first());
            content.remove(content.size() - 1);
            while (!content.isEmpty() && (content.get(content.size() - 1).kind() == ItemKind.BLANK
                    || content.get(content.size() - 1).kind() == ItemKind.BANNER)) {
                content.remove(content.size() - 1);
            }
        }
        for (SourceLine l : debris) {
            trailerLines.add(0, Words.clean(l.text()));
            trailerSource.add(0, l);
        }
        List<String> before = new ArrayList<>();
        List<SourceLine> beforeSource = new ArrayList<>();
        for (int i = content.size() - 1; i >= 0; i--) {
            ItemKind k = content.get(i).kind();
            if (k == ItemKind.BT || k == ItemKind.SERIAL || k == ItemKind.FOOTER) {
                before.add(0, trailerLine(content.get(i).first()));
                beforeSource.add(0, content.get(i).first());
                content.remove(i);
            }
        }
        // 1b. a signature glued to the end of the last line ("... Kingdom. LEBARON") comes off
        // first, also when that line is end matter
        String glued = splitGluedSignature(content, trailerLines, trailerSource);
        // 1c. end matter: a short block of a post's boilerplate (a link to its web site) standing
        // alone before the signature is no part of the last paragraph
        moveEndMatter(content, trailerLines, trailerSource);

        // 2. signature: the last text lines, when they are short names, or the glued name
        List<String> signers = new ArrayList<>();
        int sigFrom = content.size();
        for (int i = content.size() - 1; i >= 0 && signers.size() < 3; i--) {
            Item it = content.get(i);
            ItemKind k = it.kind();
            if (k == ItemKind.BLANK || k == ItemKind.BANNER || k == ItemKind.DASH
                    || (k == ItemKind.BODY_CLASS && signers.isEmpty())) {
                continue;
            }
            if (k != ItemKind.TEXT || !isSignature(it.first().text())) {
                break;
            }
            Item prev = previousContent(content, i);
            if (prev != null && prev.kind() == ItemKind.TEXT && prev.last().number() == it.first().number() - 1
                    && !endsSentence(prev.first().text()) && !isSignature(prev.first().text())) {
                break;
            }
            if (prev == null) {
                break;
            }
            List<String> names = new ArrayList<>();
            for (String n : Words.piecesBetween(Words.clean(it.first().text()), "/,")) {
                if (!n.isBlank()) {
                    names.add(n.strip());
                }
            }
            signers.addAll(0, names);
            for (String n : names) {
                side.put(n, it.lines());
            }
            sigFrom = i;
        }
        content = new ArrayList<>(content.subList(0, sigFrom));

        // the ending, in source order: BT, #serial, footers, end marks, and the debris and end
        // matter split off above
        before.addAll(trailerLines);
        beforeSource.addAll(trailerSource);
        Optional<Trailer> trailer = Optional.empty();
        if (!before.isEmpty()) {
            Integer[] order = new Integer[before.size()];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingInt(k -> beforeSource.get(k).number()));
            List<String> sortedLines = new ArrayList<>();
            List<SourceLine> sortedSource = new ArrayList<>();
            for (Integer k : order) {
                sortedLines.add(before.get(k));
                sortedSource.add(beforeSource.get(k));
            }
            Trailer t = new Trailer(sortedLines);
            trailer = Optional.of(t);
            side.put(t, sortedSource);
        }
        if (glued != null && signers.isEmpty()) {
            signers.add(glued);
        }
        for (int k = signers.size() - 1; k > 0; k--) {
            if (signers.get(k).equals(signers.get(k - 1))) {
                // a name signed twice is one signer, read from both lines
                String removed = signers.remove(k);
                side.extend(signers.get(k - 1), side.linesOf(removed));
                side.forget(removed);
            }
        }

        // 3. paragraphs
        readContent(content);

        // 4. blocks
        Blocks blocks = Blocks.find(paragraphs, diags, side);
        return new Result(paragraphs, breaks, blocks.summary(), blocks.comments(), signers, trailer, unrecognized,
                classifiedBy, sectionClassLine, firstSectionMark, officeItems, sipdisLines);
    }

    /**
     * A line of the ending the line grammar told (BT, #serial, NNNN, a footer), read by the field
     * grammar; one whose fields do not fit is kept as written and reported.
     */
    private String trailerLine(SourceLine l) {
        Fields.TrailerLine t = Fields.trailer(l.text());
        if (!t.wellFormed()) {
            diags.add(DiagnosticCode.MALFORMED_BODY_LINE, "line of the ending without the expected shape; kept as written", l);
        }
        return t.text();
    }

    private static final Pattern OFFICE_AFTER_PAGE = Pattern.compile("(?:ACTION|ORIGIN|INFO)\\s+[A-Z][A-Z0-9/]*-\\d\\d.*");

    // matched against the end of the line only (see splitGluedSignature)
    private static final Pattern GLUED_SIGNER_SPACED = Pattern.compile(
            "[.!?\"')\u201D](?<gap>\\s{3,})(?<name>[A-Z][A-Za-z'\\-]+(?: [A-Z][A-Za-z'\\-]+){0,2})\\s*$");
    private static final Pattern GLUED_SIGNER_CAPS = Pattern.compile(
            "[.!?\"')\u201D](?<gap>\\s+)(?<name>[A-Z]{3,}(?: [A-Z]{2,}){0,2})\\s*$");

    /**
     * A signature written at the end of the last line ("... AFFAIRS.    PORTER", "... ahead. BURNS"),
     * possibly followed by tab-separated database fields: splits it off the line.
     *
     * @return the signer, or null
     */
    private String splitGluedSignature(List<Item> content, List<String> trailerLines, List<SourceLine> trailerSource) {
        int i = content.size() - 1;
        while (i >= 0 && (content.get(i).kind() == ItemKind.BLANK || content.get(i).kind() == ItemKind.BANNER
                || content.get(i).kind() == ItemKind.DASH)) {
            i--;
        }
        if (i < 0 || content.get(i).kind() != ItemKind.TEXT && content.get(i).kind() != ItemKind.PARAGRAPH) {
            return null;
        }
        Item it = content.get(i);
        SourceLine l = it.first();
        String text = l.text();
        String debris = null;
        int tab = text.indexOf('\t');
        if (tab > 0 && !text.substring(0, tab).isBlank() && Words.shortWithoutSmallLetters(text.substring(tab).strip(), 40, "")) {
            debris = text.substring(tab).strip();
            text = text.substring(0, tab);
        }
        String t = Words.clean(text);
        String name = null;
        int gap = gluedSignature(t);
        if (gap >= 0) {
            name = t.substring(gap).strip();
            text = t.substring(0, gap);
        }
        if (name == null && debris == null) {
            return null;
        }
        if (debris != null) {
            trailerLines.add(0, debris);
            trailerSource.add(0, l);
        }
        content.set(i, new Item(it.kind(), List.of(new SourceLine(l.number(), text, l.terminator()))));
        if (name != null) {
            side.put(name, List.of(l));
        }
        return name;
    }

    /**
     * Where a signature glued to the end of a (cleaned) last line starts ("... AFFAIRS.    PORTER",
     * "... ahead. BURNS"): the blanks before the name.
     *
     * @return the index of the gap before the name, or -1
     */
    static int gluedSignature(String t) {
        int from = Math.max(0, t.length() - 60);
        String tail = t.substring(from);
        Matcher m = GLUED_SIGNER_SPACED.matcher(tail);
        if (!m.find()) {
            m = GLUED_SIGNER_CAPS.matcher(tail);
            boolean mixedCase = t.chars().anyMatch(Character::isLowerCase);
            if (!mixedCase || !m.find()) {
                return -1;
            }
        }
        if (isSignature(m.group("name")) && !isTitleCaseSentenceEnd(m.group("name"))) {
            return from + m.start("gap");
        }
        return -1;
    }

    private static void moveEndMatter(List<Item> content, List<String> trailerLines, List<SourceLine> trailerSource) {
        int end = content.size();
        // skip a signature block (short name lines), blanks and section or page lines at the very end
        int i = end - 1;
        while (i >= 0 && (content.get(i).kind() == ItemKind.BLANK || content.get(i).kind() == ItemKind.BANNER
                || content.get(i).kind() == ItemKind.SECTION_MARK || content.get(i).kind() == ItemKind.PAGE
                || content.get(i).kind() == ItemKind.TEXT && isSignature(content.get(i).first().text()))) {
            i--;
        }
        // a dash line may frame the block
        boolean framedBelow = i >= 0 && content.get(i).kind() == ItemKind.DASH;
        if (framedBelow) {
            i--;
        }
        int blockEnd = i;
        while (i >= 0 && content.get(i).kind() == ItemKind.TEXT) {
            i--;
        }
        int blockStart = i + 1;
        if (blockEnd < blockStart || blockEnd - blockStart > 4 || i < 0
                || content.get(i).kind() != ItemKind.BLANK && content.get(i).kind() != ItemKind.DASH
                && !breakAfterSentence(content, i)) {
            return;
        }
        // a short block that starts with a link or its lead-in ("Visit ... Classified Website:"),
        // not a paragraph that ends with one
        int link = -1;
        StringBuilder all = new StringBuilder();
        for (int k = blockStart; k <= blockEnd; k++) {
            String t = Words.clean(content.get(k).first().text());
            int at = firstLink(t);
            if (link < 0 && at >= 0) {
                link = all.length() + at;
            }
            all.append(t).append(' ');
        }
        if (link < 0 || link > 120 || all.length() > 300) {
            return;
        }
        for (int k = blockStart; k <= blockEnd; k++) {
            trailerLines.add(Words.clean(content.get(k).first().text()));
            trailerSource.add(content.get(k).first());
        }
        content.subList(blockStart, blockEnd + 1).clear();
    }

    /**
     * A section or page line after text that ends a sentence: the block after it stands alone
     * (after text cut mid-sentence, it continues that text).
     */
    private static boolean breakAfterSentence(List<Item> content, int i) {
        ItemKind k = content.get(i).kind();
        if (k != ItemKind.SECTION_MARK && k != ItemKind.PAGE) {
            return false;
        }
        for (int j = i - 1; j >= 0; j--) {
            ItemKind pk = content.get(j).kind();
            if (pk == ItemKind.TEXT || pk == ItemKind.PARAGRAPH) {
                return endsSentence(Words.clean(content.get(j).last().text()));
            }
            if (pk != ItemKind.BLANK && pk != ItemKind.BANNER) {
                return false;
            }
        }
        return false;
    }

    private static int firstLink(String t) {
        int at = -1;
        for (String l : new String[] {"http://", "https://", "www."}) {
            int k = t.indexOf(l);
            if (k >= 0 && (at < 0 || k < at)) {
                at = k;
            }
        }
        return at;
    }

    private static boolean isTitleCaseSentenceEnd(String name) {
        String u = name.toUpperCase(Locale.ROOT);
        return NOT_NAMES.contains(u) || u.startsWith("END ");
    }

    private static final Set<String> NOT_NAMES = Set.of("EXEMPT", "END", "UNQUOTE", "QUOTE", "SIPDIS", "NOFORN",
            "CONFIDENTIAL", "SECRET", "UNCLASSIFIED", "UNCLAS", "NNNN", "NNN", "BT", "OK", "USG", "GOI", "GOL", "GOP",
            "XXXXXXXXXXXX", "NOTAL", "FYI", "ENDS", "ALSO", "THE", "AND", "ETC", "SUMMARY", "COMMENT");

    /**
     * The last line of the body is a publisher's truncated line ("HAVEZ...", "DANIEL ORTEGA AN..."):
     * upper case, cut off with three dots, after other body lines.
     */
    private static boolean truncatedLine(List<Item> content) {
        String t = Words.clean(content.get(content.size() - 1).first().text());
        if (!t.endsWith("...") || t.chars().anyMatch(Character::isLowerCase)) {
            return false;
        }
        for (int k = content.size() - 2; k >= 0; k--) {
            ItemKind pk = content.get(k).kind();
            if (pk == ItemKind.TEXT || pk == ItemKind.PARAGRAPH) {
                return true;
            }
        }
        return false;
    }

    /** A line that starts a numbered paragraph with a portion marking or a pilcrow ("5. (C) ..."). */
    private static boolean markedParagraph(String t) {
        Optional<Fields.ParaStart> ps = Fields.paragraph(t);
        return ps.isPresent() && (ps.get().marking().isPresent() || ps.get().pilcrow());
    }

    private static Item previousContent(List<Item> content, int i) {
        for (int j = i - 1; j >= 0; j--) {
            ItemKind k = content.get(j).kind();
            if (k != ItemKind.BLANK && k != ItemKind.BANNER && k != ItemKind.DASH) {
                return content.get(j);
            }
        }
        return null;
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
            appendJoined(t, hyphenated(prev, t) ? "" : " ");
        } else {
            boolean continues = continuesSentence(prev, t, breakSince);
            if (continues) {
                flushBreaks(paragraphs.size(), text.length());
                appendJoined(t, hyphenated(prev, t) ? "" : " ");
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

    /** A word broken at a hyphen at the end of a line ("PRO-" / "MOSCOW"). */
    static boolean hyphenated(CharSequence prev, String next) {
        int n = prev.length();
        return n >= 2 && prev.charAt(n - 1) == '-' && Character.isLetter(prev.charAt(n - 2)) && !next.isEmpty()
                && Character.isLetter(next.charAt(0));
    }

    /**
     * Whether a line after a split (blank line, section or page line) continues the sentence of
     * the paragraph: it starts in lower case, or the paragraph stopped mid-sentence and the line
     * is no list item. Across a section or page line any unfinished sentence continues.
     */
    static boolean continuesSentence(CharSequence prev, String next, boolean acrossBreak) {
        if (prev.isEmpty() || next.isEmpty()) {
            return true;
        }
        char n0 = next.charAt(0);
        if (Character.isLowerCase(n0) && !LOWER_LETTER_ITEM.matcher(next).lookingAt()) {
            return true;
        }
        if (LIST_ITEM.matcher(next).lookingAt()) {
            return false;
        }
        if (acrossBreak) {
            return !endsSentence(prev);
        }
        // a title line ends in a lower-case letter too, so only a comma or dash marks a cut sentence
        char p = prev.charAt(prev.length() - 1);
        return p == ',' || p == '-';
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

    static boolean endsSentence(CharSequence s) {
        int i = s.length();
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        if (i == 0) {
            return true;
        }
        char c = s.charAt(i - 1);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201D' || c == ')' || c == ']'
                || c == '\'' || c == ';';
    }

    private static final Pattern FRAMED = Pattern.compile(
            "^(?:-\\s?){2,}\\s*(?<a>.+?)\\s*(?:-\\s?){2,}$"
            + "|^/{2,}\\s*(?<b>.+?)\\s*/{2,}$"
            + "|^\\.{3}\\s*(?<c>[A-Z0-9][^a-z]*)$"
            + "|^(?<d>[A-Z0-9(\"].*?)\\s*(?:-{3,}|={3,})$"
            + "|^(?<e>[A-Z0-9][^a-z]*?)\\s*\\.{3}$");

    /** The heading text of a framed line ("- - - TITLE - - -", "//TITLE//", "TITLE ------", "...TITLE"). */
    static Optional<String> framedHeading(String line) {
        String t = Words.clean(line);
        if (t.length() > 100 || t.length() < 4) {
            return Optional.empty();
        }
        char a = t.charAt(0);
        char z = t.charAt(t.length() - 1);
        // what each alternative needs at its ends (most lines end with a plain period)
        if (a != '-' && a != '/' && a != '.' && z != '-' && z != '=' && !t.endsWith("...")) {
            return Optional.empty();
        }
        Matcher m = FRAMED.matcher(t);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String h = null;
        for (String g : new String[] {"a", "b", "c", "d", "e"}) {
            if (m.group(g) != null) {
                h = m.group(g).strip();
            }
        }
        if (h == null) {
            return Optional.empty();
        }
        if (h.isEmpty() || h.length() > 80 || endsSentenceStrictly(h) || !Character.isLetterOrDigit(h.charAt(0))
                && h.charAt(0) != '(' && h.charAt(0) != '"') {
            return Optional.empty();
        }
        // blanks collapsed, as in every other heading and text line
        return Optional.of(Words.collapse(h));
    }

    private static boolean endsSentenceStrictly(String h) {
        return h.endsWith(".") && !h.endsWith("...") || h.endsWith(",") || h.endsWith(";");
    }

    /**
     * A heading: a short line standing alone (blank, dash line or section line before it) that
     * a numbered paragraph or an underline follows, or one framed by dash lines; in a cable
     * without numbered paragraphs, also a short upper-case line standing alone.
     */
    /** @param t the line's text, cleaned */
    private boolean isHeading(List<Item> content, int i, String t) {
        if (!headingLike(t)) {
            return false;
        }
        // before: start of body, blank line, dash line, section or page line
        boolean framedAbove = false;
        if (i > 0) {
            ItemKind pk = content.get(i - 1).kind();
            if (!(pk == ItemKind.BLANK || pk == ItemKind.DASH || pk == ItemKind.SECTION_MARK
                    || pk == ItemKind.BANNER || pk == ItemKind.PAGE || pk == ItemKind.BODY_CLASS)) {
                return false;
            }
            framedAbove = pk == ItemKind.DASH;
        }
        int next = i + 1;
        while (next < content.size() && transparent(content.get(next).kind())) {
            next++;
        }
        if (next >= content.size()) {
            return false;
        }
        ItemKind nk = content.get(next).kind();
        if (nk == ItemKind.DASH || nk == ItemKind.PARAGRAPH || framedAbove && nk == ItemKind.BLANK) {
            return true;
        }
        if (nk != ItemKind.BLANK) {
            return false;
        }
        ItemKind after = nextContentKind(content, next);
        if (after == ItemKind.PARAGRAPH) {
            return true;
        }
        return !numbered && t.toUpperCase(Locale.ROOT).equals(t) && t.chars().anyMatch(Character::isLetter)
                && t.length() <= 60;
    }

    /**
     * Whether a (cleaned) line may be a heading by its text alone: short, starting with a capital,
     * a digit, a parenthesis or a quote, not ending like a sentence or a cut line, no closer and
     * no list item.
     */
    static boolean headingLike(String t) {
        return headingLike(t, 80);
    }

    static boolean headingLike(String t, int maxLength) {
        if (t.isEmpty() || t.length() > maxLength) {
            return false;
        }
        char first = t.charAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && first != '(' && first != '"') {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '-' || last == '!') {
            return false;
        }
        // closers start with one of these capitals (the first character is upper case already)
        if ("EBQUSNC".indexOf(first) >= 0) {
            String u = t.toUpperCase(Locale.ROOT);
            if (u.startsWith("END ") || u.startsWith("BEGIN ") || u.equals("END") || u.equals("QUOTE")
                    || u.equals("UNQUOTE") || CLOSERS.contains(u)) {
                return false;
            }
        }
        return !LIST_ITEM.matcher(t).lookingAt();
    }

    /**
     * The heading a text line standing alone and underlined by a dash line is read as, or empty
     * when it is read as text.
     */
    static Optional<String> underlinedHeading(String line) {
        Optional<String> framed = framedHeading(line);
        if (framed.isPresent()) {
            return framed;
        }
        String t = Words.clean(line);
        return headingLike(t) ? Optional.of(Words.collapse(t)) : Optional.empty();
    }

    /**
     * A heading written over two or three lines: short text lines standing alone (as a one-line
     * heading stands) that an underline follows, or (two lines wrapped at the line's end) a blank
     * line and a numbered paragraph, and that read as a heading by their text
     * ({@link #headingOfLines}).
     *
     * @return the heading's lines joined by LF, or empty
     */
    private Optional<String> multiLineHeading(List<Item> content, int i) {
        if (i > 0) {
            ItemKind pk = content.get(i - 1).kind();
            if (!(pk == ItemKind.BLANK || pk == ItemKind.DASH || pk == ItemKind.SECTION_MARK
                    || pk == ItemKind.BANNER || pk == ItemKind.PAGE || pk == ItemKind.BODY_CLASS)) {
                return Optional.empty();
            }
        }
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < 3 && i + k < content.size() && content.get(i + k).kind() == ItemKind.TEXT; k++) {
            texts.add(Words.clean(content.get(i + k).first().text()));
            if (k == 0) {
                continue;
            }
            int next = i + k + 1;
            while (next < content.size() && transparent(content.get(next).kind())) {
                next++;
            }
            if (next >= content.size()) {
                return Optional.empty();
            }
            ItemKind nk = content.get(next).kind();
            // without an underline only a title wrapped at the line's end: two lines, the first
            // one too long to take the next word (a list of names stays text)
            boolean closed = nk == ItemKind.DASH
                    || nk == ItemKind.BLANK && nextContentKind(content, next) == ItemKind.PARAGRAPH
                    && k == 1 && texts.get(0).length() + 1 + firstWord(texts.get(1)).length() > 55;
            if (closed) {
                return headingOfLines(texts).map(h -> String.join("\n", texts));
            }
        }
        return Optional.empty();
    }

    /**
     * The heading that two or three lines read as by their text: each line short and no framed
     * heading on its own, the first no list item, none but the last ending a sentence, and the
     * lines joined a framed heading or a heading-like line.
     *
     * @param lines the cleaned lines
     * @return the heading (lines joined by a blank, frame removed), or empty
     */
    static Optional<String> headingOfLines(List<String> lines) {
        if (lines.size() < 2 || lines.size() > 3) {
            return Optional.empty();
        }
        for (int k = 0; k < lines.size(); k++) {
            String t = lines.get(k);
            if (t.isEmpty() || t.length() > 80 || k == 0 && LIST_ITEM.matcher(t).lookingAt()
                    || framedHeading(t).isPresent()) {
                return Optional.empty();
            }
            char c = t.charAt(t.length() - 1);
            if (k < lines.size() - 1 && (c == '.' && !t.endsWith("...") || c == '!' || c == '?')) {
                return Optional.empty();
            }
        }
        String h = Words.collapse(String.join(" ", lines));
        Optional<String> framed = framedHeading(h);
        if (framed.isPresent()) {
            return framed;
        }
        return headingLike(h, 3 * 80) ? Optional.of(h) : Optional.empty();
    }

    /**
     * Lines a heading may stand over without ceasing to head what follows: a SIPDIS line and a
     * section line (a section break falls between a heading and its paragraph as often as
     * before the heading; the break is then the paragraph's, at its start).
     */
    private static boolean transparent(ItemKind k) {
        return k == ItemKind.BODY_SIPDIS || k == ItemKind.SECTION_MARK;
    }

    private static final Pattern DASHES = Pattern.compile("\\s*[-=_~*](?:\\s*[-=_~*])+\\s*");

    /** Whether the line is blank once cleaned: blanks and backslashes only. */
    private static boolean onlyDebris(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line's body text can start like a rule (its first character a dash one). */
    private static boolean mayBeRule(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00B6' && c != '\u00A0') {
                return "-=_~*".indexOf(c) >= 0;
            }
        }
        return false;
    }

    /**
     * Whether a text line of the lexer separates like a blank line or a rule (conversion debris,
     * spaced dashes) instead of being read as text.
     */
    static boolean separator(String line) {
        return onlyDebris(line) || mayBeRule(line) && rule(Words.bodyText(line));
    }

    private static boolean rule(String t) {
        return DASHES.matcher(t).matches() && (t.strip().length() >= 3 || t.contains(" "));
    }

    private static ItemKind nextContentKind(List<Item> content, int from) {
        for (int j = from; j < content.size(); j++) {
            ItemKind k = content.get(j).kind();
            if (k != ItemKind.BLANK && k != ItemKind.DASH && k != ItemKind.BANNER && !transparent(k)) {
                return k;
            }
        }
        return null;
    }

    /** The text before the first blank, as {@code split(" ")[0]} gives it. */
    private static String firstWord(String t) {
        int sp = t.indexOf(' ');
        return sp < 0 ? t : t.substring(0, sp);
    }

    static boolean isSignature(String line) {
        String t = Words.clean(line);
        if (t.length() < 2 || t.length() > 40 || t.endsWith(".") || t.endsWith(",") || t.endsWith(":")) {
            return false;
        }
        if (!NAME_CHARS.matcher(t).matches()) {
            return false;
        }
        String u = t.toUpperCase(Locale.ROOT);
        for (String c : CLOSERS) {
            if (u.equals(c) || u.startsWith(c + " ")) {
                return false;
            }
        }
        List<String> w = Words.piecesBetween(t, " \t\n\u000B\f\r/,");
        if (w.size() > 4 || NOT_NAMES.contains(u) && !u.equals("XXXXXXXXXXXX")) {
            return false;
        }
        for (String x : w) {
            if (x.isEmpty()) {
                continue;
            }
            if (Character.isLowerCase(x.charAt(0)) && !PARTICLES.contains(x.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}

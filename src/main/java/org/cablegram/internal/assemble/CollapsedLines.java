package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Fields;
import org.cablegram.internal.fields.CollapsedHeader;
import org.cablegram.internal.fields.RunTogether;
import org.cablegram.internal.fields.Reasons;

import org.cablegram.internal.engine.ParseEngine;

import org.cablegram.internal.engine.Item;
import org.cablegram.internal.engine.ItemKind;
import org.cablegram.internal.engine.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cablegram.DiagnosticCode;

/**
 * Splits the header items whose lines lost their newlines into one item per element: a line
 * holding several elements ({@link CollapsedHeader} says where each starts and its kind), a
 * classification line with captions and passing text run into its end, a SMART section line
 * run into a header line, and the body run into a header element's text.
 */
final class CollapsedLines {

    private final Diagnostics diags;
    private final String origin;

    /**
     * @param origin the cable's origin as its classification line gives it; null when unknown
     */
    CollapsedLines(Diagnostics diags, String origin) {
        this.diags = diags;
        this.origin = origin;
    }

    /**
     * Splits header lines that hold several elements (lost newlines) into one item each. Every
     * line of an item is looked at, not only its first: a keyword run into a continuation line
     * ("... NEW INDICTMENTS  REF: USUN 617") ends the item there, as it does on a first line. A
     * SMART section line run into a header line ("LONDON 00000592 001.2 OF 003 Classified By: ...")
     * comes out as a section mark of its own; the text around it stays with its element.
     *
     * @param classLineUnread whether no classification line was read yet: the first one gets the
     *                        text run into its end split off
     */
    List<Item> expand(List<Item> items, boolean classLineUnread) {
        List<Item> out = new ArrayList<>(items.size());
        boolean seenClassLine = false;
        for (Item it : items) {
            ItemKind k = it.kind();
            if (!(HeaderReader.isKeyword(k) || k == ItemKind.HEADER_TEXT || k == ItemKind.CAPTION)) {
                out.add(it);
                continue;
            }
            ItemKind kind = k;
            boolean firstClassLine = k == ItemKind.CLASS && classLineUnread && !seenClassLine;
            seenClassLine |= k == ItemKind.CLASS;
            List<SourceLine> current = new ArrayList<>();
            RunTogether.ParagraphRun run = new RunTogether.ParagraphRun();
            boolean inBody = false;
            // the Classified By element's text so far, its lines joined with '\n'
            StringBuilder cbText = new StringBuilder();
            Reasons.Walk reasons = new Reasons.Walk();
            // the length of the item's text after the current line, kept as the lines are read
            int after = textAfter(it, 0);
            for (int li = 0; li < it.lines().size(); li++) {
                SourceLine line = it.lines().get(li);
                if (li > 0) {
                    after -= it.lines().get(li).text().length();
                }
                if (run.started() || inBody) {
                    // the element's text ran into the body: its later lines are body lines
                    out.addAll(bodySegments(line, 0, run, after));
                    continue;
                }
                CollapsedHeader.Line elements = CollapsedHeader.read(line.text());
                if (!elements.wellFormed()) {
                    diags.add(DiagnosticCode.MALFORMED_HEADER_FIELD,
                            "a header line opens with conversion debris; kept whole", line);
                }
                List<CollapsedHeader.Piece> pieces = elements.pieces();
                if (elements.keywordTwice() && li == 0 && k == ItemKind.HEADER_TEXT) {
                    // "REFREF: A. STATE 19631": the element starts at the second keyword
                    int twice = pieces.get(0).start();
                    line = new SourceLine(line.number(), line.text().substring(twice), line.terminator());
                    kind = pieces.get(0).kind();
                    pieces = shifted(pieces, twice);
                }
                List<String> parts = parts(line.text(), pieces);
                if (li == 0 && k == ItemKind.CLASS && firstClassLine) {
                    // (a later classification line is a repeated header, kept as it is)
                    List<String> split = splitClassLine(parts);
                    pieces = withTextPieces(pieces, split.size() - parts.size());
                    parts = split;
                }
                if (parts.size() > 1) {
                    diags.add(DiagnosticCode.COLLAPSED_LINE,
                            parts.size() + " header elements on one line were split apart", line);
                }
                int offset = 0;
                int bodyFrom = -1;
                for (int i = 0; i < parts.size() && bodyFrom < 0; i++) {
                    boolean lastPart = i == parts.size() - 1;
                    String part = parts.get(i);
                    int at = line.text().indexOf(part, offset);
                    offset = at < 0 ? offset : at + part.length();
                    if (i > 0) {
                        // a keyword starts the next element
                        if (!current.isEmpty()) {
                            out.add(new Item(kind, current));
                        }
                        current = new ArrayList<>();
                        cbText.setLength(0);
                        reasons = new Reasons.Walk();
                        kind = pieces.get(i).kind();
                        if (kind == ItemKind.HEADER_TEXT && Fields.isCaptionLine(part)) {
                            // captions the classification line's end was split into
                            kind = ItemKind.CAPTION;
                        }
                    }
                    if (at >= 0 && BODY_PRONE.contains(kind)) {
                        // numbered paragraphs run into the element: they go to the body
                        RunTogether.ParagraphRun probe = new RunTogether.ParagraphRun();
                        List<Integer> starts = RunTogether.paragraphStarts(part, probe, li > 0 && i == 0, after);
                        if (!starts.isEmpty()) {
                            bodyFrom = at + starts.get(0);
                            part = part.substring(0, starts.get(0)).stripTrailing();
                            lastPart = false;
                            diags.add(DiagnosticCode.COLLAPSED_LINE, "numbered paragraphs were run into the "
                                    + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " line; they start the body",
                                    line);
                            if (part.isEmpty()) {
                                break;
                            }
                        }
                    }
                    if (at >= 0 && kind == ItemKind.CLASSIFIED_BY) {
                        // unnumbered body text after the reasons ("... 1.4 (b) and (d). (C) On June 12 ..."),
                        // also before numbered paragraphs cut off above ("... 1.4 B & D Action Request ... 1. (C)")
                        int from = cbText.length();
                        // the text grows by this line; the walk goes on from where it had to stop
                        int cut = Reasons.bodyAfter(cbText.append(part), from, reasons);
                        if (cut >= 0) {
                            if (bodyFrom < 0) {
                                diags.add(DiagnosticCode.COLLAPSED_LINE,
                                        "body text was run into the classified by line after the reasons; it starts the body",
                                        line);
                            }
                            bodyFrom = at + cut - from;
                            part = part.substring(0, cut - from).stripTrailing();
                            lastPart = false;
                            if (part.isEmpty()) {
                                break;
                            }
                        } else {
                            cbText.append('\n');
                        }
                    }
                    String caption = null;
                    if (at >= 0 && kind == ItemKind.SUBJECT && li == it.lines().size() - 1) {
                        // "... PIG CULLING PLAN Sensitive but Unclassified. Please handle accordingly."
                        int c = RunTogether.handlingCaptionStart(part);
                        if (c > 0) {
                            caption = part.substring(c).strip();
                            part = part.substring(0, c).stripTrailing();
                            diags.add(DiagnosticCode.COLLAPSED_LINE, "a handling caption was run into the subject line",
                                    line);
                        }
                    }
                    List<RunTogether.Segment> segments = RunTogether.sectionSegments(part, origin);
                    if (segments.size() > 1) {
                        diags.add(DiagnosticCode.COLLAPSED_LINE, "a section line inside a text line was split off",
                                line);
                    }
                    for (int j = 0; j < segments.size(); j++) {
                        String piece = segments.get(j).text();
                        boolean end = lastPart && j == segments.size() - 1 && caption == null;
                        SourceLine seg = segments.size() == 1 && parts.size() == 1 && bodyFrom < 0 && caption == null ? line
                                : new SourceLine(line.number(), piece, end ? line.terminator() : "");
                        if (segments.get(j).mark()) {
                            // the element ends at the section line; text after it is read on its own
                            if (!current.isEmpty()) {
                                out.add(new Item(kind, current));
                                current = new ArrayList<>();
                            }
                            out.add(new Item(ItemKind.SECTION_MARK, List.of(seg)));
                            kind = ItemKind.HEADER_TEXT;
                            continue;
                        }
                        if (current.isEmpty() && kind == ItemKind.HEADER_TEXT && (parts.size() > 1 || segments.size() > 1)
                                && Fields.isCaptionLine(piece)) {
                            // "SIPDIS E.O. 12958: ...": a caption line other elements were run into
                            kind = ItemKind.CAPTION;
                        }
                        current.add(seg);
                    }
                    if (caption != null) {
                        if (!current.isEmpty()) {
                            out.add(new Item(kind, current));
                        }
                        current = new ArrayList<>();
                        kind = ItemKind.CAPTION;
                        current.add(new SourceLine(line.number(), caption, lastPart ? line.terminator() : ""));
                    }
                }
                if (bodyFrom >= 0) {
                    inBody = true;
                    if (!current.isEmpty()) {
                        out.add(new Item(kind, current));
                        current = new ArrayList<>();
                    }
                    out.addAll(bodySegments(line, bodyFrom, run, after));
                }
            }
            if (!current.isEmpty()) {
                out.add(new Item(kind, current));
            }
        }
        return out;
    }

    /** The texts of the pieces of a line: each to the next one's start, blanks at its end removed but the last's. */
    private static List<String> parts(String text, List<CollapsedHeader.Piece> pieces) {
        List<String> out = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            int end = i + 1 < pieces.size() ? pieces.get(i + 1).start() : text.length();
            String part = text.substring(pieces.get(i).start(), end);
            out.add(i + 1 < pieces.size() ? part.stripTrailing() : part);
        }
        return out;
    }

    private static List<CollapsedHeader.Piece> shifted(List<CollapsedHeader.Piece> pieces, int by) {
        List<CollapsedHeader.Piece> out = new ArrayList<>(pieces.size());
        for (CollapsedHeader.Piece p : pieces) {
            out.add(new CollapsedHeader.Piece(p.kind(), Math.max(0, p.start() - by)));
        }
        return out;
    }

    /** The pieces after the first one's text was split into {@code more} further pieces of text. */
    private static List<CollapsedHeader.Piece> withTextPieces(List<CollapsedHeader.Piece> pieces, int more) {
        List<CollapsedHeader.Piece> out = new ArrayList<>(pieces.size() + more);
        out.add(pieces.get(0));
        for (int i = 0; i < more; i++) {
            out.add(new CollapsedHeader.Piece(ItemKind.HEADER_TEXT, -1));
        }
        out.addAll(pieces.subList(1, pieces.size()));
        return out;
    }

    /**
     * Whether a line starts a paragraph as the line grammar reads one in the body; a header line
     * starts so only where a section line run into it was split off ("TRIPOLI 00000467 001 OF 003
     * 1. (C) ...").
     */
    static boolean startsParagraph(String line) {
        return ParseEngine.bodyLineType(line) == org.cablegram.internal.grammar.TelegramLexer.PARA_LINE;
    }

    /** The length of an item's text after line {@code li}. */
    private static int textAfter(Item it, int li) {
        int n = 0;
        for (int j = li + 1; j < it.lines().size(); j++) {
            n += it.lines().get(j).text().length();
        }
        return n;
    }

    /** Header elements whose text the body may have run into (lost newlines). */
    private static final java.util.EnumSet<ItemKind> BODY_PRONE = java.util.EnumSet.of(ItemKind.CLASSIFIED_BY,
            ItemKind.SUBJECT, ItemKind.REF, ItemKind.EO, ItemKind.TAGS);

    /**
     * The body lines of a line from {@code from} on, cut where numbered paragraphs start (the
     * first one at {@code from} when the element's text ran into the body there).
     */
    private static List<Item> bodySegments(SourceLine line, int from, RunTogether.ParagraphRun run, int more) {
        String text = line.text().substring(from);
        List<Integer> starts = RunTogether.paragraphStarts(text, run, true, more);
        List<Item> out = new ArrayList<>();
        if (starts.isEmpty() || starts.get(0) > 0) {
            int end = starts.isEmpty() ? text.length() : starts.get(0);
            String head = text.substring(0, end).stripTrailing();
            if (!head.isBlank() || starts.isEmpty()) {
                boolean whole = from == 0 && starts.isEmpty();
                SourceLine l = whole ? line : new SourceLine(line.number(), head, starts.isEmpty() ? line.terminator() : "");
                out.add(new Item(startsParagraph(head) ? ItemKind.PARAGRAPH : ItemKind.TEXT,
                        List.of(l)));
            }
        }
        for (int k = 0; k < starts.size(); k++) {
            boolean last = k == starts.size() - 1;
            String seg = text.substring(starts.get(k), last ? text.length() : starts.get(k + 1));
            if (!last) {
                seg = seg.stripTrailing();
            }
            out.add(new Item(ItemKind.PARAGRAPH,
                    List.of(new SourceLine(line.number(), seg, last ? line.terminator() : ""))));
        }
        return out;
    }

    /**
     * Cuts the text run into a classification line after its origin and serial off the line:
     * caption words (SIPDIS, SENSITIVE ...) and then passing text ("STATE FOR EUR/RUS").
     */
    static List<String> splitClassLine(List<String> parts) {
        String first = parts.get(0);
        int end = Fields.classLine(first).map(Fields.ClassLine::serialEnd).orElse(-1);
        if (end < 0) {
            return parts;
        }
        List<String> out = new ArrayList<>();
        out.add(first.substring(0, end));
        String rest = first.substring(end).strip();
        int captions = Fields.captionPrefixEnd(rest);
        if (captions > 0) {
            out.add(rest.substring(0, captions).strip());
            rest = rest.substring(captions).strip();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        out.addAll(parts.subList(1, parts.size()));
        return out;
    }

}

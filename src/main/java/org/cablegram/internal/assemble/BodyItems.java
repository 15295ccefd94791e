package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Fields;
import org.cablegram.internal.fields.RunTogether;
import org.cablegram.internal.fields.Words;

import org.cablegram.internal.engine.Item;
import org.cablegram.internal.engine.ItemKind;
import org.cablegram.internal.engine.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cablegram.DiagnosticCode;

/**
 * The body's items with what lost its newlines taken apart (section lines inside text lines,
 * several paragraphs on one line: {@link RunTogether}), the office lines of a later page told
 * from text, and debris or rules recognised as separators.
 */
final class BodyItems {

    private final Diagnostics diags;
    private final String origin;

    BodyItems(Diagnostics diags, String origin) {
        this.diags = diags;
        this.origin = origin;
    }

    /**
     * The items with what lost its newlines taken apart: section lines inside text lines, several
     * paragraphs on one line, and debris or rules recognised as separators. Kept apart from the
     * rest of {@link #assemble} (whose rare branches would otherwise make the JIT recompile one
     * large method several times during warm-up).
     */
    List<Item> split(List<Item> given) {
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
                if (it.kind() == ItemKind.TEXT && Rules.onlyDebris(it.first().text())) {
                    // conversion debris alone on a line (a lone backslash) separates like a blank line
                    it = new Item(ItemKind.BLANK, it.lines());
                } else if (it.kind() == ItemKind.TEXT && Rules.mayBeRule(it.first().text())
                        && Rules.rule(Words.bodyText(it.first().text()))) {
                    // a rule with conversion debris ("------- ¶") or of two spaced dashes ("- -")
                    // frames like any dash line ("--" alone is a list dash)
                    it = new Item(ItemKind.DASH, it.lines());
                }
                items.add(it);
            }
        }
        return items;
    }

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
        if (Headings.framedHeading(l.text()).isPresent()) {
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
                    : Rules.DASHES.matcher(marks.get(k)).matches() ? ItemKind.DASH
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

    static final Pattern OFFICE_AFTER_PAGE = Pattern.compile("(?:ACTION|ORIGIN|INFO)\\s+[A-Z][A-Z0-9/]*-\\d\\d.*");

    private static final Pattern STARRED_BANNER = Pattern.compile("\\*{3,}[^*]+\\*{3,}\\s*");

    /** A line that starts a numbered paragraph with a portion marking or a pilcrow ("5. (C) ..."). */
    static boolean markedParagraph(String t) {
        Optional<Fields.ParaStart> ps = Fields.paragraph(t);
        return ps.isPresent() && (ps.get().marking().isPresent() || ps.get().pilcrow());
    }
}

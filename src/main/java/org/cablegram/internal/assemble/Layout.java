package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Fields;
import org.cablegram.internal.fields.RunTogether;
import org.cablegram.internal.fields.Words;

import java.util.List;
import java.util.Optional;

import org.cablegram.internal.engine.ParseEngine;
import org.cablegram.internal.grammar.TelegramLexer;

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
        String rule = rule(heading);
        if (readsAsUnderlinedHeading(heading) && textLine(heading)) {
            return List.of(heading, rule);
        }
        String framed = framedHeading(heading);
        if (framed != null) {
            return List.of(framed);
        }
        if (heading.length() > 80) {
            List<String> lines = wrapHeading(heading);
            if (lines != null) {
                List<String> out = new java.util.ArrayList<>(lines);
                out.add("-".repeat(69));
                return out;
            }
        }
        return List.of(heading, rule);
    }

    /**
     * The dash line that underlines a line of text: as long as the text, at least 3 and at most
     * 69 characters.
     *
     * @param text the underlined line
     * @return the dashes
     */
    public static String rule(String text) {
        return "-".repeat(Math.max(3, Math.min(text.length(), 69)));
    }

    /**
     * The first framed form of a heading that reads back as the heading itself, on a line the
     * lexer reads as text ("2. Iran: --- Quotes: ---" would open paragraph 2): "TITLE ---",
     * "//TITLE//", "- - TITLE - -".
     *
     * @param heading the heading text (one line)
     * @return the framed line, or null when no form reads back
     */
    public static String framedHeading(String heading) {
        for (String framed : new String[] {heading + " ---", "//" + heading + "//", "- - " + heading + " - -"}) {
            if (Headings.framedHeading(framed).filter(heading::equals).isPresent() && textLine(framed)) {
                return framed;
            }
        }
        return null;
    }

    /**
     * Whether a line standing alone in the body is read as a line of text: a text line to the
     * lexer (no paragraph start, keyword, banner, section, page or trailer line), and no rule or
     * debris to the body's reader.
     *
     * @param line a line
     * @return whether the parser reads it as text (a heading or a line of a paragraph)
     */
    public static boolean textLine(String line) {
        return ParseEngine.bodyLineType(line) == TelegramLexer.TEXT && !Rules.separator(line);
    }

    /**
     * Whether a line standing in the text header after the first line of an element (a SUBJECT
     * or Classified By wrapped over lines) is read as its continuation: a text line to the lexer.
     *
     * @param line a line
     * @return whether the parser reads it as text of the header
     */
    public static boolean headerTextLine(String line) {
        return ParseEngine.lineType(line, TelegramLexer.HEADER) == TelegramLexer.HEADER_TEXT;
    }

    /**
     * The section or page line's own text on a line that also holds text run into it (a page line
     * followed by the paragraph text that continues there, a section line run into text), as the
     * body's reader splits it.
     *
     * @param line   the line, without its terminator
     * @param origin the origin the parser reads section lines with, or null
     * @return the break's text, or null when the line holds no break with text beside it
     */
    public static String breakPiece(String line, String origin) {
        Optional<Fields.Page> page = Fields.page(line);
        if (page.isPresent()) {
            String rest = page.get().rest().strip();
            int at = rest.isEmpty() ? -1 : line.lastIndexOf(rest);
            return at > 0 ? line.substring(0, at).strip() : null;
        }
        List<String> pieces = RunTogether.splitSectionMarks(line, origin);
        if (pieces.size() > 1) {
            for (String piece : pieces) {
                if (Fields.sectionMark(piece).isPresent()) {
                    return piece.strip();
                }
            }
        }
        return null;
    }

    /**
     * Whether a line of text is written after the section line before it, on the same line: when
     * on a line of its own it would not be read as text (a Classified By line, a counter line of
     * dashes and a word, a trailer line) but the parser splits it off the section line as text,
     * as it splits the collapsed lines of the originals. A paragraph start keeps its line.
     *
     * @param section the section line ("MANAMA 00001010 002 OF 002")
     * @param line    the line of text written next
     * @param origin  the origin the parser reads section lines with, or null
     * @return whether the line is run into the section line
     */
    public static boolean runsIntoSectionLine(String section, String line, String origin) {
        int type = ParseEngine.bodyLineType(line);
        if (type == TelegramLexer.TEXT || type == TelegramLexer.PARA_LINE || type == TelegramLexer.BLANK
                || Rules.separator(line)) {
            return false;
        }
        String glued = section + " " + line;
        return ParseEngine.bodyLineType(glued) == TelegramLexer.TEXT
                && RunTogether.splitSectionMarks(glued, origin).equals(List.of(section, line));
    }

    /**
     * Whether a block of paragraph text, written on one line (or wrapped into two or three) after
     * a blank line, could be read as a heading of what follows: a short line that looks like a
     * title, or a framed one.
     *
     * @param block one block of a paragraph's text
     * @return whether the writer must lay it out so that it reads as text
     */
    public static boolean readsAsHeading(String block) {
        String t = Words.clean(block);
        return !t.contains("\n") && (Headings.headingLike(t, 3 * 80) || Headings.framedHeading(t).isPresent());
    }

    /**
     * @param line a line of text
     * @return whether the line, standing alone and underlined, is read as a heading of itself
     */
    public static boolean readsAsUnderlinedHeading(String line) {
        return Headings.underlinedHeading(line).filter(line::equals).isPresent();
    }

    /**
     * @param line a line of text
     * @return whether the parser reads the line as a framed heading wherever it stands
     */
    public static boolean framed(String line) {
        return Headings.framedHeading(line).isPresent();
    }

    /**
     * @param line the last line of the body
     * @return whether the parser takes a name at its end for a signature ("... in 2015. MARTINEZ")
     */
    public static boolean gluedSignature(String line) {
        return Signatures.gluedSignature(Words.clean(line)) >= 0;
    }

    /**
     * @param line a line of text
     * @return whether the parser reads the line, standing alone at the end, as a signature
     */
    public static boolean signature(String line) {
        return Signatures.isSignature(line);
    }

    /**
     * Whether a trailer line is read as text when written on a line of its own ("2006-03-31",
     * "END COMMENT."), and as the trailer when written after a tab at the end of the line before
     * it: a short field without lower case, none of the ending's own lines (BT, #serial, NNNN,
     * a starred footer, a line without letters or digits, a truncated line ending in dots).
     *
     * @param line the first trailer line
     * @return whether the writer puts it after a tab
     */
    public static boolean tabField(String line) {
        if (Signatures.holdsNextRecord(line)) {
            // a database row's fields up to the next record's envelope: after the signer's tab
            return true;
        }
        String t = line.strip();
        if (!Words.shortWithoutSmallLetters(t, 40, "\t") || t.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return false;
        }
        return !(t.equals("BT") || t.length() > 1 && t.charAt(0) == '#' && Words.allDigits(t.substring(1)) || t.startsWith("NNNN") || t.startsWith("***")
                || t.endsWith("..."));
    }

    /**
     * A long heading over two or three lines of at most 69 characters that read back as it
     * ({@link BodyAssembler#headingOfLines}), or null.
     */
    private static List<String> wrapHeading(String heading) {
        List<String> words = Words.splitAtBlank(heading);
        for (int width = 69; width >= 40; width--) {
            List<String> lines = new java.util.ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String w : words) {
                if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                    lines.add(line.toString());
                    line = new StringBuilder();
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(w);
            }
            lines.add(line.toString());
            if (lines.size() > 3) {
                return null;
            }
            if (Headings.headingOfLines(lines).filter(heading::equals).isPresent()) {
                return lines;
            }
        }
        return null;
    }
}

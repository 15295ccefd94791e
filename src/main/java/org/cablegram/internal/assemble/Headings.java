package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Words;
import org.cablegram.internal.fields.Vocabulary;

import org.cablegram.internal.engine.Item;
import org.cablegram.internal.engine.ItemKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings inside the body: a short title-like line, a title framed by dashes or slashes, a line
 * underlined by dashes, a heading wrapped over two or three lines. Layout, read by
 * {@link BodyAssembler} and the writer's {@link Layout}.
 */
final class Headings {

    private Headings() {
    }

    static final Pattern FRAMED = Pattern.compile(
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

    static boolean endsSentenceStrictly(String h) {
        return h.endsWith(".") && !h.endsWith("...") || h.endsWith(",") || h.endsWith(";");
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
                    || u.equals("UNQUOTE") || Vocabulary.CLOSERS.contains(u)) {
                return false;
            }
        }
        return !Sentences.LIST_ITEM.matcher(t).lookingAt();
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
            if (t.isEmpty() || t.length() > 80 || k == 0 && Sentences.LIST_ITEM.matcher(t).lookingAt()
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

    /** The text before the first blank, as {@code split(" ")[0]} gives it. */
    static String firstWord(String t) {
        int sp = t.indexOf(' ');
        return sp < 0 ? t : t.substring(0, sp);
    }

    /**
     * A heading: a short line standing alone (blank, dash line or section line before it) that
     * a numbered paragraph or an underline follows, or one framed by dash lines; in a cable
     * without numbered paragraphs, also a short upper-case line standing alone.
     */
    /** @param t the line's text, cleaned */
    static boolean isHeading(List<Item> content, int i, String t, boolean numbered) {
        if (!Headings.headingLike(t)) {
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
     * A heading written over two or three lines: short text lines standing alone (as a one-line
     * heading stands) that an underline follows, or (two lines wrapped at the line's end) a blank
     * line and a numbered paragraph, and that read as a heading by their text
     * ({@link #Headings.headingOfLines}).
     *
     * @return the heading's lines joined by LF, or empty
     */
    static Optional<String> multiLineHeading(List<Item> content, int i) {
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
                    && k == 1 && texts.get(0).length() + 1 + Headings.firstWord(texts.get(1)).length() > 55;
            if (closed) {
                return Headings.headingOfLines(texts).map(h -> String.join("\n", texts));
            }
        }
        return Optional.empty();
    }

    /**
     * Lines a heading may stand over without ceasing to head what follows: a SIPDIS line and a
     * section line (a section break falls between a heading and its paragraph as often as
     * before the heading; the break is then the paragraph's, at its start).
     */
    private static boolean transparent(ItemKind k) {
        return k == ItemKind.BODY_SIPDIS || k == ItemKind.SECTION_MARK;
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
}

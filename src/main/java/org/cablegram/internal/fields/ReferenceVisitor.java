package org.cablegram.internal.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.cablegram.internal.grammar.FieldParser;
import org.cablegram.internal.grammar.FieldParserBaseVisitor;
import org.cablegram.model.Reference;
import org.cablegram.model.ReferenceId;
import org.cablegram.model.ReferenceKind;

/**
 * Turns the parse tree of a REF block (rule {@code standaloneReference}) into its items. The
 * grammar gives the bullets, the parts between semicolons, the citations and the words that name
 * other kinds of documents; this class says which bullets open items (the next letter of the
 * series: an initial such as the E. of "JOHN E. SMITH" or a bullet written twice is text), what
 * a citation's year is, and which kind an item's words make it.
 */
final class ReferenceVisitor extends FieldParserBaseVisitor<Object> {

    private final String text;
    private final int citingYear;
    private final String startAt;
    private final boolean lettersOnly;

    /**
     * @param text       the block's text, as parsed
     * @param citingYear the citing cable's year for citations without one; -1 if unknown
     * @param startAt    the letter the block's first bullet must have (a block continued after a
     *                   blank); null where a series starts, at A or 1
     */
    ReferenceVisitor(String text, int citingYear, String startAt) {
        this(text, citingYear, startAt, false);
    }

    /**
     * @param lettersOnly whether only the block's letters are wanted (its opening and next letter,
     *                    and which items it has): the items' citations are then not read
     */
    ReferenceVisitor(String text, int citingYear, String startAt, boolean lettersOnly) {
        this.text = text;
        this.citingYear = citingYear;
        this.startAt = startAt;
        this.lettersOnly = lettersOnly;
    }

    /** A bullet (or the letter of a lettered keyword) and the text after it, up to the next bullet. */
    private record Segment(String letter, Token from, Token to, FieldParser.RefBodyContext body) { }

    @Override
    public Object visitReferenceWellFormed(FieldParser.ReferenceWellFormedContext c) {
        List<Segment> segments = new ArrayList<>();
        if (c.head instanceof FieldParser.HeadLetteredContext h) {
            segments.add(new Segment(letter(h.letter.getText()), h.letter, h.letter, c.lead));
        } else {
            segments.add(new Segment(null, null, null, c.lead));
        }
        addItems(segments, c.refItem());
        return read(segments, true);
    }

    @Override
    public Object visitReferenceContinued(FieldParser.ReferenceContinuedContext c) {
        List<Segment> segments = new ArrayList<>();
        segments.add(new Segment(markLetter(c.first), c.first.getStart(), c.first.getStop(), c.lead));
        addItems(segments, c.refItem());
        return read(segments, true);
    }

    @Override
    public Object visitReferenceMalformed(FieldParser.ReferenceMalformedContext c) {
        // no keyword and no bullet to start from: the whole text is one reference, as written
        String t = Words.collapse(text);
        List<HeaderFields.RefItem> items = t.isEmpty() ? List.of()
                : List.of(new HeaderFields.RefItem(new Reference(Optional.empty(), t, ReferenceKind.OTHER,
                        List.of()), false));
        return new HeaderFields.ReferenceRead(items, false, Optional.empty(), Optional.empty());
    }

    private static void addItems(List<Segment> segments, List<FieldParser.RefItemContext> items) {
        for (FieldParser.RefItemContext i : items) {
            segments.add(new Segment(bulletLetter(i.bullet()), i.bullet().getStart(), i.bullet().getStop(), i.body));
        }
    }

    /** The letter (or number) of a bullet, upper case; null for a REF keyword with none. */
    private static String bulletLetter(FieldParser.BulletContext b) {
        if (b instanceof FieldParser.BulletMarkedContext m) {
            return markLetter(m.markBullet());
        }
        FieldParser.BulletAfterKeywordContext k = (FieldParser.BulletAfterKeywordContext) b;
        if (k.letter != null) {
            return letter(k.letter.getText());
        }
        return k.markBullet() == null ? null : markLetter(k.markBullet());
    }

    /** The letter or number inside a bullet token: ¶B. gives B, (c ) gives C, (12) gives 12. */
    private static String markLetter(FieldParser.MarkBulletContext m) {
        String t = m.getStart().getText();
        StringBuilder sb = new StringBuilder(2);
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                sb.append(ch);
            }
        }
        return letter(sb.toString());
    }

    private static String letter(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** The letter after this one in its series: B after A, 3 after 2. */
    static String successor(String letter) {
        if (Words.allDigits(letter)) {
            return Integer.toString(Integer.parseInt(letter) + 1);
        }
        return String.valueOf((char) (letter.charAt(0) + 1));
    }

    /** One item as it is gathered: its letter, its first and last tokens, its citation and kind. */
    private static final class Gathered {
        final String letter;
        Token first;
        // the last three tokens, to leave out separators that end the item ("STATE 1, AND")
        final Token[] tail = new Token[3];
        // every citation of the item's parts, each with the first token after it (or null)
        final List<FieldParser.CitationContext> citations = new ArrayList<>(2);
        final List<Token> afterCitations = new ArrayList<>(2);
        ReferenceKind kind = ReferenceKind.OTHER;

        Gathered(String letter) {
            this.letter = letter;
        }

        void add(Token t) {
            if (first == null) {
                first = t;
            }
            tail[0] = tail[1];
            tail[1] = tail[2];
            tail[2] = t;
        }

        /** The last token of the item's text: separators and an AND after one are no part of it. */
        Token end() {
            int i = 2;
            if (tail[i].getType() == FieldParser.AND && tail[i - 1] != null && isSeparator(tail[i - 1])) {
                i--;
            }
            if (isSeparator(tail[i]) && i > 0 && tail[i - 1] != null) {
                i--;
            }
            return tail[i];
        }

        private static boolean isSeparator(Token t) {
            return t.getType() == FieldParser.COMMA || t.getType() == FieldParser.SEMI
                    || t.getType() == FieldParser.COLON;
        }
    }

    private HeaderFields.ReferenceRead read(List<Segment> segments, boolean wellFormed) {
        int n = segments.size();
        boolean[] opens = new boolean[n];
        boolean[] doubled = new boolean[n];
        String expected = startAt;
        String current = null;
        boolean currentEmpty = false;
        int accepted = 0;
        int firstAccepted = -1;
        for (int i = 0; i < n; i++) {
            Segment s = segments.get(i);
            String l = s.letter();
            if (l != null && (expected == null ? l.equals("A") || l.equals("1") : l.equals(expected))) {
                opens[i] = true;
                accepted++;
                firstAccepted = firstAccepted < 0 ? i : firstAccepted;
                current = l;
                expected = successor(l);
                currentEmpty = true;
            } else if (l != null && l.equals(current) && currentEmpty) {
                // the bullet written twice ("A. A) VATICAN 72", "¶B. (B) EMBASSY PARIS ...")
                doubled[i] = true;
            } else if (s.from() != null) {
                currentEmpty = false;
            }
            if (!isEmpty(s.body())) {
                currentEmpty = false;
            }
        }
        // one bullet after some text is an initial or a citation of a paragraph, not a list
        boolean lettered = accepted > 1 || accepted == 1 && !textBefore(segments, firstAccepted);
        List<Gathered> items = new ArrayList<>();
        Gathered cur = null;
        for (int i = 0; i < n; i++) {
            Segment s = segments.get(i);
            if (lettered && opens[i]) {
                cur = new Gathered(s.letter());
                items.add(cur);
            } else if (!(lettered && doubled[i]) && s.from() != null) {
                if (cur == null) {
                    cur = new Gathered(null);
                    items.add(cur);
                }
                cur.add(s.from());
                cur.add(s.to());
            }
            for (ParseTree child : s.body().children) {
                if (child instanceof FieldParser.RefSeparatorContext sep) {
                    // an unlettered block is one item, however many documents its parts name
                    if (cur != null) {
                        cur.add(sep.getStart());
                    }
                    continue;
                }
                FieldParser.RefPartContext p = (FieldParser.RefPartContext) child;
                if (isEmpty(p)) {
                    continue;
                }
                if (cur == null) {
                    cur = new Gathered(null);
                    items.add(cur);
                }
                if (p.citation() != null) {
                    cur.citations.add(p.citation());
                    cur.afterCitations.add(p.refWord().isEmpty() ? null : p.refWord(0).getStart());
                    cur.add(p.citation().getStart());
                    cur.add(p.citation().getStop());
                }
                for (FieldParser.RefWordContext w : p.refWord()) {
                    if (w instanceof FieldParser.WordKindContext k) {
                        cur.kind = stronger(cur.kind, kind(k.kind));
                    }
                    cur.add(w.getStart());
                    if (w.getStop() != w.getStart()) {
                        cur.add(w.getStop());
                    }
                }
            }
        }
        List<HeaderFields.RefItem> out = new ArrayList<>(items.size());
        String last = null;
        for (Gathered g : items) {
            // a lettered item ends before the separators that lead to the next bullet
            String t = g.first == null ? "" : Words.collapse(Slices.of(text, g.first, g.letter != null ? g.end() : g.tail[2]));
            if (g.letter == null && (lettered ? onlyPunctuation(t) : t.isEmpty())) {
                // punctuation before the first bullet, or an empty part between semicolons; an
                // elision ("REF: ...") stays
                continue;
            }
            out.add(item(g, t));
            if (g.letter != null) {
                last = g.letter;
            }
        }
        Optional<String> opening = segments.get(0).letter() == null ? Optional.empty()
                : Optional.of(segments.get(0).letter());
        Optional<String> next = last != null ? Optional.of(successor(last))
                : out.isEmpty() ? Optional.of("A") : Optional.empty();
        return new HeaderFields.ReferenceRead(out, wellFormed, opening, next);
    }

    /** Whether words (not only punctuation) stand before a segment: the keyword's lead text or bullets. */
    private static boolean textBefore(List<Segment> segments, int index) {
        for (int i = 0; i < index; i++) {
            Segment s = segments.get(i);
            if (s.from() != null || !isEmpty(s.body()) && hasWords(s.body())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWords(FieldParser.RefBodyContext body) {
        for (FieldParser.RefPartContext p : body.refPart()) {
            if (p.citation() != null) {
                return true;
            }
            for (FieldParser.RefWordContext w : p.refWord()) {
                int type = w.getStart().getType();
                if (type != FieldParser.COLON && type != FieldParser.PERIOD && type != FieldParser.COMMA) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isEmpty(ParserRuleContext c) {
        return c.getStop() == null || c.getStart().getType() == Token.EOF
                || c.getStop().getTokenIndex() < c.getStart().getTokenIndex();
    }

    private static boolean onlyPunctuation(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (":.,; ".indexOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private HeaderFields.RefItem item(Gathered g, String t) {
        Optional<String> letter = Optional.ofNullable(g.letter);
        if (lettersOnly) {
            return new HeaderFields.RefItem(new Reference(letter, t, g.kind, List.of()), false);
        }
        // a set in the order written: a block may cite thousands of cables (LinearTimeTest)
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        boolean telegram = false;
        boolean dated = true;
        for (int i = 0; i < g.citations.size(); i++) {
            Cited cited = cited(g.citations.get(i), g.afterCitations.get(i));
            if (cited == null) {
                continue;
            }
            telegram = true;
            dated &= cited.dated();
            if (cited.year() > 0) {
                for (String serial : cited.serials()) {
                    ids.add(ReferenceId.of(cited.year(), cited.station(), serial).id());
                }
            }
        }
        if (!telegram) {
            return new HeaderFields.RefItem(new Reference(letter, t, g.kind, List.of()), false);
        }
        return new HeaderFields.RefItem(new Reference(letter, t, ReferenceKind.CABLE, List.copyOf(ids)), dated);
    }

    /**
     * A telegram citation's origin, serials and year; {@code dated} when it gave its own year
     * (else the citing cable's year is taken).
     */
    private record Cited(String station, List<String> serials, int year, boolean dated) { }

    /**
     * What a citation cites, or null when the shape of a station and serial is no telegram: a
     * station the table does not know that holds a digit or is a redaction ({@code XXXXXXXXXXXX}),
     * a known station followed by words that are no part of its name ({@code LONDON DAILY}), a
     * "serial" that is the day of a date ({@code 30 APRIL 2009}) or the first number of a
     * document number ({@code DIA 6 902 9642 06}).
     */
    private Cited cited(FieldParser.CitationContext c, Token after) {
        FieldParser.StationNameContext station;
        List<FieldParser.RefSerialContext> serials;
        int year = -1;
        if (c instanceof FieldParser.CitationDatedContext d) {
            station = d.station;
            serials = d.serials;
            String y = d.year.getText();
            year = Words.fullYear(Integer.parseInt(y), y.length());
        } else {
            FieldParser.CitationUndatedContext u = (FieldParser.CitationUndatedContext) c;
            station = u.station;
            serials = u.serials;
        }
        if (after != null && (after.getType() == FieldParser.MONTH_NAME || isNumber(after) && !gluedToLetter(after))) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        String firstWord = null;
        int words = 0;
        for (int i = 0; i < station.getChildCount(); i++) {
            Token tok = ((TerminalNode) station.getChild(i)).getSymbol();
            // N'DJAMENA, PORT-AU-PRINCE: the ids keep letters and digits only
            String w = lettersAndDigits(tok.getText().toUpperCase(Locale.ROOT));
            sb.append(w);
            if (tok.getType() == FieldParser.WORD) {
                firstWord = firstWord == null ? w : firstWord;
                words++;
            }
        }
        String spelling = sb.toString();
        Optional<String> known = Stations.origin(spelling);
        String origin;
        if (known.isPresent()) {
            origin = known.get();
        } else if (words > 1 && Stations.origin(firstWord).isPresent() || isRedaction(spelling)
                || hasDigit(spelling)) {
            return null;
        } else {
            origin = spelling;
        }
        List<String> numbers = new ArrayList<>(serials.size());
        for (FieldParser.RefSerialContext serial : serials) {
            if (serial instanceof FieldParser.RefSerialSlashYearContext w) {
                // 1234/09: the serial, and its year after the slash
                String t = w.withYear.getText();
                int slash = t.indexOf('/');
                numbers.add(t.substring(0, slash));
                if (year < 0) {
                    year = Words.fullYear(Integer.parseInt(t.substring(slash + 1)), 2);
                }
            } else {
                numbers.add(((FieldParser.RefSerialNumberContext) serial).number.getText());
            }
        }
        boolean dated = year > 0;
        return new Cited(origin, numbers, dated ? year : citingYear, dated);
    }

    private static boolean isNumber(Token t) {
        int type = t.getType();
        return type == FieldParser.DIGITS_2 || type == FieldParser.DIGITS_4 || type == FieldParser.SERIAL_DIGITS
                || type == FieldParser.N8;
    }

    /** A number glued to a letter is a date-time group ({@code 202038Z}), not a document number. */
    private boolean gluedToLetter(Token t) {
        int next = t.getStopIndex() + 1;
        return next < text.length() && Character.isLetter(text.charAt(next));
    }

    private static String lettersAndDigits(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                b.append(w.charAt(i));
            }
        }
        return b.toString();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A station blacked out by the publisher: nothing but X. */
    private static boolean isRedaction(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != 'X') {
                return false;
            }
        }
        return s.length() > 3;
    }

    /** The kind a word names. */
    private static ReferenceKind kind(Token t) {
        return switch (t.getType()) {
            case FieldParser.KIND_EMAIL -> ReferenceKind.EMAIL;
            case FieldParser.KIND_TELCON -> ReferenceKind.TELCON;
            case FieldParser.KIND_MEMO -> ReferenceKind.MEMO;
            case FieldParser.KIND_LETTER -> ReferenceKind.LETTER;
            case FieldParser.KIND_REPORT -> ReferenceKind.REPORT;
            case FieldParser.KIND_DOCUMENT -> ReferenceKind.DOCUMENT;
            case FieldParser.KIND_WEB -> ReferenceKind.WEB;
            default -> ReferenceKind.MEETING;
        };
    }

    /**
     * Of two kinds an item's words name, the one that decides: an e-mail about a telephone call
     * is an e-mail, a report of a meeting a report (the order of the enum).
     */
    private static ReferenceKind stronger(ReferenceKind a, ReferenceKind b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}

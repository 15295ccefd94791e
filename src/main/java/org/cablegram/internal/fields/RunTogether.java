package org.cablegram.internal.fields;

import org.cablegram.internal.engine.FieldEngine;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.cablegram.internal.grammar.FieldLexer;
import org.cablegram.internal.grammar.FieldParser;
import org.cablegram.internal.grammar.FieldParserBaseVisitor;

/**
 * Text lines that lost their newlines between body elements: a SMART section line run into a
 * line, paragraphs run together, the body run into a header element's text, a handling caption
 * run into a subject's end. Where an element may start is the field grammar's
 * ({@code standaloneRunTogether}); which of those places start one is decided here, from
 * meaning only: the cable's origin before a section line's tail, whether a number continues the
 * paragraphs before it, words before a number that refer to a paragraph rather than start one.
 */
public final class RunTogether {

    private RunTogether() {
    }

    /** The form of a place where an element may start. */
    enum Form {
        /** a section line's tail: serial, section, OF, total */
        TAIL,
        /** a paragraph number and a mark in capitals */
        MARKED,
        /** a paragraph number and a mark followed by a separator: maybe the letters of a reason clause */
        REASON_LETTERS,
        /** a paragraph number and a capitalised word */
        WORD,
        /** a paragraph number alone */
        BARE
    }

    /**
     * One place.
     *
     * @param start   where it starts (the serial of a tail; the pilcrow or first digit of a number)
     * @param end     where its first token ends (the tail; the number's period)
     * @param origin  where the capitals before a tail start, or -1
     * @param number  the paragraph number
     * @param marking the text between the parentheses of the mark after a number, or null
     */
    record Part(Form form, int start, int end, int origin, boolean pilcrow, int number, String marking) { }

    /**
     * @param caption    where a handling caption that ends the text starts, or -1
     * @param wellFormed false for a line that opens with conversion debris (kept whole)
     */
    record Line(List<Part> parts, int caption, boolean wellFormed) { }

    /** What the rule makes of a line with nothing run together in it: no part. */
    private static final Line NOTHING = new Line(List.of(), -1, true);

    /** The tokens that make the rule's reading of a line other than {@link #NOTHING}. */
    private static final java.util.BitSet DECISIVE = new java.util.BitSet();

    static {
        for (int t : new int[] {FieldLexer.RUN_SECTION_TAIL, FieldLexer.RUN_PARA_NUMBER, FieldLexer.RUN_HANDLING_CAPTION,
            FieldLexer.RUN_IN_DEBRIS}) {
            DECISIVE.set(t);
        }
    }

    static Line read(String text) {
        return plain(text) ? NOTHING : full(text);
    }

    /**
     * Whether the rule's tokens alone show that nothing is run together in a line (most body
     * lines: no parse tree is needed for them): no section line's tail, paragraph number, handling
     * caption or conversion debris among them. The rule then reads only text parts, which give
     * {@link #NOTHING}. {@code RunTogetherTest} holds this to the full parse.
     */
    static boolean plain(String text) {
        return (Boolean) Fields.askedAgain(PLAIN, text, RunTogether::scanPlain);
    }

    /** The memo's key for {@link #plain}: a body line is asked it by up to four steps. */
    private static final Object PLAIN = new Object();

    private static Boolean scanPlain(String text) {
        boolean[] decisive = {false};
        FieldEngine.tokenTypes(text, FieldLexer.RUN_TOGETHER, type -> {
            decisive[0] = DECISIVE.get(type);
            return !decisive[0];
        });
        return !decisive[0];
    }

    /** The rule's reading of a line, from its parse tree. */
    static Line full(String text) {
        return (Line) Fields.visit(text, FieldParser.StandaloneRunTogetherContext::runTogether, FieldLexer.RUN_TOGETHER,
                FieldParser::standaloneRunTogether, t -> new Visitor());
    }

    // ------------------------------------------------------------------ section lines

    /** A piece of a line cut at the section lines run into it. */
    public record Segment(String text, boolean mark) { }

    /**
     * The line cut at the SMART section lines run into it ("... offers MOSCOW 00003335 002 OF 004
     * Medvedev ..."): the marks are pieces of their own.
     *
     * @param origin the cable's origin as the classification line gives it, when known
     */
    public static List<Segment> sectionSegments(String text, String origin) {
        if (!Words.hasEightDigits(text)) {
            return List.of(new Segment(text, false));
        }
        List<Segment> out = new ArrayList<>();
        int from = 0;
        for (Part p : read(text).parts()) {
            if (p.form() != Form.TAIL) {
                continue;
            }
            int start = originStart(text, p, origin);
            if (start < from) {
                continue;
            }
            String before = text.substring(from, start).strip();
            if (!before.isEmpty()) {
                out.add(new Segment(before, false));
            }
            out.add(new Segment(text.substring(start, p.end()), true));
            from = p.end();
        }
        if (out.isEmpty()) {
            return List.of(new Segment(text, false));
        }
        if (from == text.length() && out.size() == 1) {
            return List.of(new Segment(text, true));
        }
        String rest = text.substring(from).strip();
        if (!rest.isEmpty()) {
            out.add(new Segment(rest, false));
        }
        return out;
    }

    /**
     * Whether the line is one the grammar reads for elements run together (it holds a section
     * line's serial or a pilcrow after its start) and opens with conversion debris, so that it is
     * kept whole.
     */
    public static boolean keptWhole(String text) {
        return (Words.hasEightDigits(text) || text.indexOf('\u00B6', 1) >= 0) && !read(text).wellFormed();
    }

    /** The texts of {@link #sectionSegments}. */
    public static List<String> splitSectionMarks(String text, String origin) {
        List<Segment> segments = sectionSegments(text, origin);
        List<String> out = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            out.add(s.text());
        }
        return out;
    }

    /**
     * Where the origin before a tail starts: the cable's own origin when known (one blank before
     * the serial), else the word of capitals the grammar read before it; -1 when there is none.
     */
    private static int originStart(String text, Part tail, String origin) {
        int at = tail.start() - 1;
        if (at < 0 || !Words.isRegexBlank(text.charAt(at))) {
            return -1;
        }
        int start;
        if (origin != null) {
            start = at - origin.length();
            if (start < 0 || !text.startsWith(origin, start)) {
                return -1;
            }
        } else {
            start = tail.origin();
            if (start < 0) {
                return -1;
            }
        }
        return start == 0 || Words.isRegexBlank(text.charAt(start - 1)) ? start : -1;
    }

    // ------------------------------------------------------------------ paragraphs

    /** Splits a body line at pilcrow paragraph numbers inside it ("... END SUMMARY. ¶2. (C) ..."). */
    public static List<String> splitParagraphs(String text) {
        if (text.indexOf('\u00B6', 1) < 0) {
            return List.of(text);
        }
        List<String> out = null;
        int from = 0;
        for (Part p : read(text).parts()) {
            int i = p.start();
            if (p.form() == Form.TAIL || !p.pilcrow() || i == 0 || !Character.isWhitespace(text.charAt(i - 1))
                    || p.end() >= text.length() || !Character.isWhitespace(text.charAt(p.end()))) {
                continue;
            }
            String before = text.substring(from, i).strip();
            if (!before.isEmpty()) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(from == 0 ? text.substring(0, i).stripTrailing() : before);
                from = i;
            }
        }
        if (out == null) {
            return List.of(text);
        }
        out.add(text.substring(from));
        return out;
    }

    /**
     * The numbered paragraphs of a header element's text, when the body ran into it (lost
     * newlines): "... REASON: 1.4 (b), (d) 1. (C) Summary: ... End summary. 2. (C) ...". The
     * first paragraph is number 1 with a portion marking ("1. (C)", "1.(S/NF)"), a pilcrow
     * number ("¶1."), or "1.KEY POINTS" / "1. Summary" when a long text follows; each later one
     * is the next number in the same form. A reason letter written like a marking ("REASONS 1.
     * (C), (D)") and references ("para 1. (C)") are no paragraph starts.
     */
    public static final class ParagraphRun {
        /** the number of the last paragraph found; 0 before the first */
        int last;
        /** whether the paragraphs carry portion markings */
        boolean marked;

        /** Whether the element's text has run into the body. */
        public boolean started() {
            return last > 0;
        }
    }

    /**
     * Where paragraphs start in the text, continuing {@code run}.
     *
     * @param atStart whether a paragraph may start at the start of the text (a continuation line)
     * @param more    the length of the element's text on later lines
     * @return the starts, in order; empty when there is none
     */
    public static List<Integer> paragraphStarts(String text, ParagraphRun run, boolean atStart, int more) {
        List<Integer> out = List.of();
        int n = text.length();
        // a start needs text before it (or is the start of a continuation line)
        int firstText = n - text.stripLeading().length();
        for (Part p : read(text).parts()) {
            int i = p.start();
            if (p.form() == Form.TAIL || (i == 0 ? !atStart : !Words.isBlank(text.charAt(i - 1)) || i <= firstText)) {
                continue;
            }
            int form = paragraphForm(text, p, run);
            if (form == 0) {
                continue;
            }
            if (!run.started()) {
                if (form != MARKED && form != PILCROW && n - i + more < 80) {
                    // "1. Summary" after a subject or reference: only with a paragraph's length of text
                    continue;
                }
                if (Vocabulary.REFERRING_WORDS.contains(previousWord(text, i))) {
                    continue;
                }
                run.marked = form == MARKED;
            }
            run.last = p.number();
            if (out.isEmpty()) {
                out = new ArrayList<>();
            }
            out.add(i);
        }
        return out;
    }

    private static final int MARKED = 1;
    private static final int PILCROW = 2;
    private static final int UNMARKED = 3;

    /** The form of the paragraph number that continues the run; 0 when it does not. */
    private static int paragraphForm(String t, Part p, ParagraphRun run) {
        if (p.number() != run.last + 1 && !(p.pilcrow() && !run.started())) {
            return 0;
        }
        if (p.marking() != null && Markings.isPortionMarking(p.marking())
                && !(p.form() == Form.REASON_LETTERS && p.marking().strip().length() == 1)) {
            return MARKED;
        }
        if (p.pilcrow()) {
            return p.end() < t.length() && Words.isBlank(t.charAt(p.end())) ? PILCROW : 0;
        }
        if (run.started() && run.marked) {
            return 0;
        }
        return p.form() == Form.WORD ? UNMARKED : 0;
    }

    /** The word before i, in small letters, without the punctuation around it. */
    private static String previousWord(String text, int i) {
        int e = i;
        while (e > 0 && Words.isBlank(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && !Words.isBlank(text.charAt(b - 1))) {
            b--;
        }
        String w = text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
        while (!w.isEmpty() && ":,(-".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        while (!w.isEmpty() && "(\"'[".indexOf(w.charAt(0)) >= 0) {
            w = w.substring(1);
        }
        return w;
    }

    // ------------------------------------------------------------------ handling caption

    /**
     * Where a handling caption run into the end of a subject starts ("GARBAGE CITY: AFTERMATH
     * Sensitive but Unclassified. Please handle accordingly."); -1 if none.
     */
    public static int handlingCaptionStart(String text) {
        if (text.length() < 30) {
            return -1;
        }
        int c = read(text).caption();
        return c > 0 && Character.isWhitespace(text.charAt(c - 1)) ? c : -1;
    }

    /** Turns the parse tree into places: one method per labelled alternative. */
    private static final class Visitor extends FieldParserBaseVisitor<Object> {

        @Override
        public Object visitRunParts(FieldParser.RunPartsContext c) {
            List<Part> parts = new ArrayList<>();
            for (int i = 0; i < c.parts.size(); i++) {
                Object v = visit(c.parts.get(i));
                if (v instanceof Part p && p.form() == Form.TAIL && p.origin() >= 0) {
                    v = withOriginOfTwoWords(p, c.parts, i);
                }
                if (v != null) {
                    parts.add((Part) v);
                }
            }
            int caption = c.handling == null || c.parts.isEmpty() ? -1 : c.handling.getStartIndex();
            return new Line(List.copyOf(parts), caption, true);
        }

        /**
         * A tail's origin of two words in capitals after a word in small letters ("... basic level
         * and NEW DELHI 00001072 002 OF 002 democratizing ..."): where the text runs in small
         * letters, capitals one blank before the origin's word are the origin's first word. Used
         * only where the cable's own origin is not known (a body given without its header).
         */
        private static Part withOriginOfTwoWords(Part tail, List<FieldParser.RunPartContext> parts, int i) {
            if (i < 2 || !(parts.get(i - 1) instanceof FieldParser.PartTextContext first)
                    || !(parts.get(i - 2) instanceof FieldParser.PartTextContext before)) {
                return tail;
            }
            int firstType = first.getStart().getType();
            if ((firstType != FieldLexer.RUN_CAPS && firstType != FieldLexer.RUN_CAPITAL)
                    || first.getStop().getStopIndex() + 2 != tail.origin()
                    || !inSmallLetters(before.getStart())) {
                return tail;
            }
            return new Part(Form.TAIL, tail.start(), tail.end(), first.getStart().getStartIndex(), false, 0, null);
        }

        /** A word of running text: in small letters ("and" is a token of its own). */
        private static boolean inSmallLetters(Token t) {
            return t.getType() == FieldLexer.WORD
                    || t.getType() == FieldLexer.RUN_AND_OR && Character.isLowerCase(t.getText().charAt(0));
        }

        @Override
        public Object visitRunMalformed(FieldParser.RunMalformedContext c) {
            return new Line(List.of(), -1, false);
        }

        @Override
        public Object visitPartSectionTail(FieldParser.PartSectionTailContext c) {
            // the origin's word one blank before the serial
            boolean origin = c.origin != null && c.origin.getStopIndex() + 2 == c.tail.getStartIndex();
            return new Part(Form.TAIL, c.tail.getStartIndex(), c.tail.getStopIndex() + 1,
                    origin ? c.origin.getStartIndex() : -1, false, 0, null);
        }

        @Override
        public Object visitPartReasonLetters(FieldParser.PartReasonLettersContext c) {
            return number(Form.REASON_LETTERS, c.number, c.marking);
        }

        @Override
        public Object visitPartParagraphMarked(FieldParser.PartParagraphMarkedContext c) {
            return number(Form.MARKED, c.number, c.marking);
        }

        @Override
        public Object visitPartParagraphWord(FieldParser.PartParagraphWordContext c) {
            return number(Form.WORD, c.number, null);
        }

        @Override
        public Object visitPartParagraphBare(FieldParser.PartParagraphBareContext c) {
            return number(Form.BARE, c.number, null);
        }

        @Override
        public Object visitPartText(FieldParser.PartTextContext c) {
            return null;
        }

        private static Part number(Form form, Token number, Token marking) {
            String t = number.getText();
            int v = 0;
            for (int k = 0; k < t.length(); k++) {
                char ch = t.charAt(k);
                if (ch >= '0' && ch <= '9') {
                    v = v * 10 + ch - '0';
                }
            }
            String inner = marking == null ? null : marking.getText().substring(1, marking.getText().length() - 1);
            return new Part(form, number.getStartIndex(), number.getStopIndex() + 1, -1, t.charAt(0) == '\u00B6', v,
                    inner);
        }
    }
}

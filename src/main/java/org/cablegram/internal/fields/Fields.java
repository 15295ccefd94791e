package org.cablegram.internal.fields;

import org.cablegram.internal.engine.FieldEngine;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.cablegram.internal.grammar.FieldLexer;
import org.cablegram.internal.grammar.FieldParser;
import org.cablegram.model.Addressee;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.OfficeCopies;
import org.cablegram.model.Precedence;
import org.cablegram.model.SectionCount;

/**
 * The fields of envelope, print-header, classification and caption lines, read by the field
 * grammar ({@code FieldParser.g4}) through {@link FieldVisitor}. Each method takes one line (or
 * a block of continuation lines) of the kind the line grammar told, and returns its fields;
 * {@code wellFormed} is false where only the catch-all alternative of the rule fits.
 */
public final class Fields {

    private Fields() {
    }

    /** FL1: {@code VZCZCXRO1063}. */
    public record Som(String text, String channel, String sequence, boolean wellFormed) { }

    /** FL2: precedence prosign and routing indicators; {@code stray} holds words that are no indicator. */
    public record Routing(Optional<Precedence> precedence, List<String> indicators, List<String> stray) { }

    /** FL3: {@code DE RUEHTA #2256/01 3191042}; {@code leftover} is what follows the filing time. */
    public record De(String station, Optional<String> serial, Optional<String> section, Optional<Integer> day,
            Optional<LocalTime> time, String leftover, boolean wellFormed) { }

    /** FL4: {@code ZNR UUUUU ZZH}. */
    public record Security(String prosign, Optional<ClassificationLevel> level, List<String> signals, boolean wellFormed) { }

    /** FL5: {@code O P 141042Z NOV 08 ZDK}, with an FM line run into its end. */
    public record Dtg(Optional<Precedence> precedence, Optional<Precedence> infoPrecedence, String text,
            Optional<Instant> instant, List<String> signals, Optional<String> gluedFrom, boolean wellFormed) { }

    /** One addressee line; {@code wellFormed} is false when it was kept whole as the name. */
    public record AddresseeRead(Addressee addressee, boolean wellFormed) { }

    /** Office lines of a print header: action office, information offices, total copies, text run in. */
    public record Offices(Optional<OfficeCopies> action, List<OfficeCopies> offices, Optional<String> totalCopies,
            String glued, boolean wellFormed) { }

    /** {@code PAGE 01 HARARE 05461 01 OF 02 271458Z}, and the text run into its end. */
    public record Page(int number, OptionalInt total, String rest) { }

    /**
     * A classification line.
     *
     * @param serialEnd where the serial ends in the text when text follows it, else -1
     * @param onlyCaveats whether the line is a level word and //caveats and nothing else
     */
    public record ClassLine(ClassificationLevel level, boolean efto, List<String> caveats, Optional<SectionCount> section,
            Optional<String> origin, Optional<String> serial, int serialEnd, boolean onlyCaveats) { }

    /** Caption words and phrases of a caption line; {@code wellFormed} is false for other text. */
    public record Captions(List<String> captions, boolean wellFormed) { }

    public static Som som(String line) {
        return (Som) visit(line, FieldParser.StandaloneStartOfMessageContext::startOfMessage,
                FieldLexer.SOM, FieldParser::standaloneStartOfMessage);
    }

    public static Routing routing(String block) {
        return (Routing) visit(block, FieldParser.StandaloneRoutingContext::routing,
                FieldLexer.DEFAULT_MODE, FieldParser::standaloneRouting);
    }

    public static De de(String line) {
        return (De) visit(line, FieldParser.StandaloneDeContext::deLine, FieldLexer.DEFAULT_MODE,
                FieldParser::standaloneDe);
    }

    public static Security security(String line) {
        return (Security) visit(line, FieldParser.StandaloneSecurityContext::securityLine, FieldLexer.SECURITY,
                FieldParser::standaloneSecurity);
    }

    public static Dtg dtg(String line) {
        return (Dtg) visit(line, FieldParser.StandaloneDtgContext::dtgLine, FieldLexer.DTG,
                FieldParser::standaloneDtg);
    }

    /** FL6: the originator after FM, without a routing indicator. */
    public static String from(String line) {
        // a fresh string: the side table tells model elements apart by identity
        return new String((String) visit(line, FieldParser.StandaloneFromContext::fromLine, FieldLexer.DEFAULT_MODE,
                FieldParser::standaloneFrom));
    }

    private static final Object ADDRESSEE = new Object();

    /** One addressee line (without its TO or INFO keyword); empty when it names nothing. */
    public static Optional<AddresseeRead> addressee(String line) {
        return addressees(List.of(line)).get(0);
    }

    /**
     * The addressee lines of a block, read in one parse.
     *
     * @param lines line texts without their TO or INFO keyword (line ends inside are read as blanks)
     * @return one result per line, empty for a line that names nothing
     */
    @SuppressWarnings("unchecked")
    public static List<Optional<AddresseeRead>> addressees(List<String> lines) {
        Recent recent = RECENT.get();
        Recent.Key[] keys = new Recent.Key[lines.size()];
        AddresseeRead[] reads = new AddresseeRead[lines.size()];
        // the lines the memo does not know (collectives and SECSTATE recur in every INFO block),
        // read in one parse: the rule reads each line on its own, so a subset reads the same
        int[] missing = new int[lines.size()];
        int count = 0;
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new Recent.Key(ADDRESSEE, lines.get(i));
            reads[i] = (AddresseeRead) recent.get(keys[i]);
            if (reads[i] == null) {
                missing[count++] = i;
            }
        }
        if (count > 0) {
            StringBuilder block = new StringBuilder();
            for (int m = 0; m < count; m++) {
                if (m > 0) {
                    block.append('\n');
                }
                String l = lines.get(missing[m]);
                for (int k = 0; k < l.length(); k++) {
                    char c = l.charAt(k);
                    block.append(c == '\n' || c == '\r' || c == '\u2028' ? ' ' : c);
                }
            }
            String text = block.toString();
            FieldParser.StandaloneAddresseesContext tree = FieldEngine.parse(text, FieldLexer.DEFAULT_MODE,
                    FieldParser::standaloneAddressees);
            FieldVisitor visitor = new FieldVisitor(text);
            List<FieldParser.AddresseeLineContext> parsed = tree.addresseeLine();
            for (int m = 0; m < count; m++) {
                int i = missing[m];
                reads[i] = (AddresseeRead) visitor.visit(parsed.get(m));
                recent.put(keys[i], reads[i]);
            }
        }
        List<Optional<AddresseeRead>> out = new java.util.ArrayList<>(lines.size());
        for (AddresseeRead r : reads) {
            // a fresh Addressee each time: the side table tells model elements apart by identity
            Addressee a = r.addressee();
            out.add(a.name().isEmpty() ? Optional.empty() : Optional.of(new AddresseeRead(
                    new Addressee(a.routingIndicator(), a.name(), a.precedence(), a.serial(), a.exempted()),
                    r.wellFormed())));
        }
        return out;
    }

    public static Offices offices(String line) {
        return (Offices) visit(line, FieldParser.StandaloneOfficesContext::officeLine, FieldLexer.OFFICES,
                FieldParser::standaloneOffices);
    }

    /** A dash counter or drafting note of a print header, as written; {@code wellFormed} if the rule fits. */
    public record PrintLine(String text, boolean wellFormed) { }

    public static PrintLine counter(String line) {
        return (PrintLine) visit(line, FieldParser.StandaloneCounterContext::counterLine, FieldLexer.OFFICES,
                FieldParser::standaloneCounter);
    }

    public static PrintLine printNote(String line) {
        return (PrintLine) visit(line, FieldParser.StandalonePrintNoteContext::printNoteLine, FieldLexer.OFFICES,
                FieldParser::standalonePrintNote);
    }

    @SuppressWarnings("unchecked")
    public static Optional<Page> page(String line) {
        return (Optional<Page>) visit(line, FieldParser.StandalonePageContext::pageLine, FieldLexer.DEFAULT_MODE,
                FieldParser::standalonePage, BodyFieldVisitor::new);
    }

    @SuppressWarnings("unchecked")
    public static Optional<ClassLine> classLine(String line) {
        return (Optional<ClassLine>) visit(line, FieldParser.StandaloneClassificationContext::classLine,
                FieldLexer.DEFAULT_MODE, FieldParser::standaloneClassification);
    }

    public static Captions captions(String line) {
        return (Captions) visit(line, FieldParser.StandaloneCaptionsContext::captionLine, FieldLexer.DEFAULT_MODE,
                FieldParser::standaloneCaptions);
    }

    /** @return whether the text is a caption line, caption words and phrases only */
    public static boolean isCaptionLine(String text) {
        return captions(text).wellFormed();
    }

    /**
     * Where the caption words at the start of a text end ("SIPDIS SENSITIVE STATE FOR EUR/RUS"
     * gives the end of SENSITIVE); 0 when it does not start with one.
     */
    public static int captionPrefixEnd(String text) {
        return (Integer) visit(text, FieldParser.StandaloneCaptionPrefixContext::captionPrefix,
                FieldLexer.DEFAULT_MODE, FieldParser::standaloneCaptionPrefix);
    }

    // ------------------------------------------------------------------------ body lines

    /**
     * A paragraph start line.
     *
     * @param digits   the paragraph number as written
     * @param ledByOne whether the number is led by the digit 1 and has two or three digits, the shape
     *                 of a pilcrow mangled into a 1 ({@code 14.} for {@code ¶4.}); the assembler decides
     *                 by the number it expects
     * @param pilcrow  whether a pilcrow stands before the number
     * @param marking  the portion marking, normalised ({@code S//NF}, {@code C} for {@code CONFIDENTIAL})
     * @param text     the text after the number and marking, blanks at its ends removed
     */
    public record ParaStart(String digits, boolean ledByOne, boolean pilcrow, Optional<String> marking, String text) { }

    /** A leading portion marking ("(SBU) text") and the text after it. */
    public record Marked(Optional<String> marking, String text) { }

    /** A SMART section line: {@code ASTANA 00002256 002.2 OF 002}. */
    public record SectionMark(String origin, String serial, int number, Optional<String> suffix, int total) { }

    /**
     * A line of the ending ({@code BT}, {@code #2256}, {@code NNNN}, {@code << END OF DOCUMENT >>}, a
     * NARA footer): its text as written, trimmed, and the serial of a {@code #} line.
     */
    public record TrailerLine(String text, Optional<String> serial, boolean wellFormed) { }

    /**
     * How far into a body line its fields can reach: the fields of a paragraph start (pilcrow,
     * number, period, portion marking) end at the first closing parenthesis, and none is longer
     * than this; what follows is text, which the field lexer does not read.
     */
    private static final int BODY_FIELDS_WINDOW = 200;
    /** Where no parenthesis closes a marking, the number and period are read from this many characters first. */
    private static final int UNMARKED_START = 24;

    /**
     * The fields at the start of a body line, read by the grammar from the line's start only: what
     * {@link #paragraph} and {@link #marking} make their values of, with the text taken from the whole
     * line from {@code textFrom} on ({@code digits} is empty for a marked text, which has no number);
     * {@code textOpensParenthesis} when the text after the number opens with one (a marking the
     * read start cut off).
     */
    record Head(String digits, boolean ledByOne, boolean pilcrow, Optional<String> marking, int textFrom,
            boolean textOpensParenthesis) { }

    /** A paragraph start ({@code ¶4. (C) text}); empty when the line does not start with a number and period. */
    public static Optional<ParaStart> paragraph(String line) {
        Optional<Head> h = head(line, FieldLexer.PARA, true);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        Head v = h.get();
        return Optional.of(new ParaStart(v.digits(), v.ledByOne(), v.pilcrow(), v.marking(),
                line.substring(v.textFrom()).strip()));
    }

    /**
     * The portion marking a text opens with ({@code (SBU) text}), and the text after it. Only a text
     * whose first character opens a parenthesis is parsed: the others have no marking.
     */
    public static Marked marking(String text) {
        if (text.isEmpty() || text.charAt(0) != '(') {
            return new Marked(Optional.empty(), text);
        }
        Optional<Head> h = head(text, FieldLexer.PORTION, false);
        return h.isEmpty() ? new Marked(Optional.empty(), text)
                : new Marked(h.get().marking(), text.substring(h.get().textFrom()).strip());
    }

    /**
     * Reads the start of a body line: up to its first closing parenthesis within the window (the
     * end of a marking, if there is one) when that is near; else from a short start first, and
     * only if the number and period are not all there, or a parenthesis opens the text after them,
     * to that parenthesis' end or the window's.
     */
    private static Optional<Head> head(String line, int mode, boolean paragraph) {
        int window = Math.min(line.length(), BODY_FIELDS_WINDOW);
        int close = line.indexOf(')');
        int marked = close >= 0 && close < window ? close + 1 : -1;
        if (marked > 0 && (marked <= UNMARKED_START || !paragraph)) {
            return read(line.substring(0, marked), mode, paragraph);
        }
        if (!paragraph) {
            return Optional.empty();
        }
        Optional<Head> h = read(line.substring(0, Math.min(window, UNMARKED_START)), mode, true);
        if (h.isPresent() && !(h.get().textOpensParenthesis() && marked > 0) || window <= UNMARKED_START) {
            return h;
        }
        // the number or period, or a marking, lie further in
        return read(line.substring(0, marked > 0 ? marked : window), mode, true);
    }

    /**
     * Parses the start of a body line. Nearly all paragraphs start alike ("¶4. (C)"), so the
     * memo of recently read lines ({@link #visit}) serves most of them with one parse.
     */
    @SuppressWarnings("unchecked")
    private static Optional<Head> read(String start, int mode, boolean paragraph) {
        return paragraph
                ? (Optional<Head>) visit(start, FieldParser.StandaloneParagraphStartContext::paragraphStart, mode,
                        FieldParser::standaloneParagraphStart, BodyFieldVisitor::new)
                : (Optional<Head>) visit(start, FieldParser.StandaloneMarkedTextContext::markedText, mode,
                        FieldParser::standaloneMarkedText, BodyFieldVisitor::new);
    }

    @SuppressWarnings("unchecked")
    public static Optional<SectionMark> sectionMark(String line) {
        return (Optional<SectionMark>) visit(line, FieldParser.StandaloneSectionLineContext::sectionLine,
                FieldLexer.SECTION_LINE, FieldParser::standaloneSectionLine, BodyFieldVisitor::new);
    }

    public static TrailerLine trailer(String line) {
        return (TrailerLine) visit(line, FieldParser.StandaloneTrailerContext::trailerLine, FieldLexer.TRAILER,
                FieldParser::standaloneTrailer, BodyFieldVisitor::new);
    }

    private static <T extends org.antlr.v4.runtime.ParserRuleContext> Object visit(String text,
            java.util.function.Function<T, ? extends org.antlr.v4.runtime.ParserRuleContext> inner, int mode,
            java.util.function.Function<FieldParser, T> entry) {
        return visit(text, inner, mode, entry, FieldVisitor::new);
    }

    /**
     * Parses a text with an entry rule and visits the rule it wraps with a visitor made for the
     * text, through the memo of recently read lines.
     */
    static <T extends org.antlr.v4.runtime.ParserRuleContext> Object visit(String text,
            java.util.function.Function<T, ? extends org.antlr.v4.runtime.ParserRuleContext> inner, int mode,
            java.util.function.Function<FieldParser, T> entry,
            java.util.function.Function<String, ? extends org.antlr.v4.runtime.tree.ParseTreeVisitor<Object>> visitor) {
        return RECENT.get().answer(entry, text, t -> visitor.apply(t).visit(inner.apply(FieldEngine.parse(t, mode, entry))));
    }

    /**
     * A value computed from a text alone (a field read without a parse tree of its own, or from
     * one the caller reads several ways), through the memo of recently read lines, which holds
     * the lines that recur across cables.
     *
     * @param question stands for the function in the memo's key (one constant per question)
     */
    static Object remembered(Object question, String text, java.util.function.Function<String, Object> answer) {
        return RECENT.get().answer(question, text, answer);
    }

    /**
     * A yes-or-no look at a line's tokens that several steps of one cable's assembly take (is a
     * body line plain text, does a header line hold one element): kept in a small memo of its own,
     * so that the lines of every cable, which seldom recur across cables, do not push the
     * recurring lines out of the memo of {@link #visit}.
     *
     * @param question stands for the function in the memo's key (one constant per question)
     */
    static Object askedAgain(Object question, String text, java.util.function.Function<String, Object> answer) {
        return ASKED.get().answer(question, text, answer);
    }

    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(() -> new Recent(Recent.SIZE));
    private static final ThreadLocal<Recent> ASKED = ThreadLocal.withInitial(() -> new Recent(1024));

    /**
     * The field values of recently read lines, per thread. The same lines recur across cables
     * (SIPDIS, ZNY CCCCC ZZH, collectives and agencies in every INFO block) and within one (a
     * classification line is looked at by several steps): reading a field is a pure function
     * of the line and the rule, and its values are immutable, so a recurring line is parsed once.
     * Values that become model elements are copied by their callers where identity matters.
     */
    private static final class Recent extends java.util.LinkedHashMap<Recent.Key, Object> {
        private static final long serialVersionUID = 1L;
        private static final int SIZE = 4096;

        /** The rule and the text read; written out rather than a record, whose methods are bound at first use. */
        static final class Key {
            private final Object rule;
            private final String text;

            Key(Object rule, String text) {
                this.rule = rule;
                this.text = text;
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof Key && ((Key) o).rule == rule && ((Key) o).text.equals(text);
            }

            @Override
            public int hashCode() {
                return 31 * System.identityHashCode(rule) + text.hashCode();
            }
        }

        private final int limit;

        Recent(int limit) {
            super(limit * 2, 0.75f, true);
            this.limit = limit;
        }

        /** The answer to a question about a text: remembered, or computed and remembered. */
        Object answer(Object question, String text, java.util.function.Function<String, Object> compute) {
            Key key = new Key(question, text);
            Object value = get(key);
            if (value == null) {
                value = compute.apply(text);
                put(key, value);
            }
            return value;
        }

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Key, Object> eldest) {
            return size() > limit;
        }
    }
}

package org.cablegram.internal.fields;

import org.cablegram.internal.engine.FieldEngine;
import org.cablegram.internal.engine.ItemKind;

import java.util.ArrayList;
import java.util.List;

import org.cablegram.internal.grammar.FieldLexer;
import org.cablegram.internal.grammar.FieldParser;
import org.cablegram.internal.grammar.FieldParserBaseVisitor;

/**
 * Where the elements of a header line start when lost newlines ran several into one line
 * ({@code E.O. 12958: DECL: 01/01/2018 TAGS: PREL SUBJECT: TALKS REF: STATE 1234}): read by the
 * field grammar's {@code standaloneCollapsedHeader}, whose keyword tokens open the elements. The
 * assembler cuts the line there and hands each element to the entry rule of its kind.
 */
public final class CollapsedHeader {

    private CollapsedHeader() {
    }

    /**
     * One element of the line.
     *
     * @param kind  the element's kind; {@link ItemKind#HEADER_TEXT} for the text before the first keyword
     * @param start where it starts in the line: 0 for the first one (blanks before it included),
     *              else where its keyword starts
     */
    public record Piece(ItemKind kind, int start) { }

    /**
     * The elements of a line, at least one.
     *
     * @param keywordTwice whether the line opens with its first element's keyword written twice
     *                     ({@code REFREF: A. STATE 19631}); the first piece then starts at the second
     * @param wellFormed   false for a line the rule's catch-all took (kept whole)
     */
    public record Line(List<Piece> pieces, boolean keywordTwice, boolean wellFormed) { }

    /** What the rule makes of a line in which no keyword opens an element: one piece of text. */
    private static final Line TEXT = new Line(List.of(new Piece(ItemKind.HEADER_TEXT, 0)), false, true);

    /** The keyword tokens that open an element. */
    private static final java.util.BitSet OPENERS = new java.util.BitSet();

    static {
        for (int t : new int[] {FieldLexer.RUN_IN_EO, FieldLexer.RUN_IN_TAGS, FieldLexer.RUN_IN_SUBJECT,
            FieldLexer.RUN_IN_REF, FieldLexer.RUN_IN_CLASSIFIED_BY}) {
            OPENERS.set(t);
        }
    }

    public static Line read(String text) {
        Line single = single(text);
        return single != null ? single : full(text);
    }

    /**
     * The rule's reading of a line that holds at most one element, told from its tokens alone
     * (nearly every header line: no parse tree is needed for them): no keyword opens an element
     * after the first token, and the first is no conversion debris. The line is then all text,
     * or the one element its first token opens ({@code elementEo} ...). Null for any other line.
     * {@code CollapsedHeaderTest} holds this to the full parse.
     */
    static Line single(String text) {
        Object read = Fields.askedAgain(SINGLE, text, CollapsedHeader::scanSingle);
        return read == NOT_SINGLE ? null : (Line) read;
    }

    /** The memo's key for {@link #single}: header lines recur across cables (SIPDIS, banners, TAGS). */
    private static final Object SINGLE = new Object();
    /** What the memo keeps for a line that is no single element (the memo holds no nulls). */
    private static final Object NOT_SINGLE = new Object();

    private static Object scanSingle(String text) {
        int[] first = {-1};
        boolean[] more = {false};
        FieldEngine.tokenTypes(text, FieldLexer.COLLAPSED, type -> {
            if (first[0] < 0) {
                first[0] = type;
                return true;
            }
            more[0] = OPENERS.get(type);
            return !more[0];
        });
        if (more[0] || first[0] == FieldLexer.RUN_IN_DEBRIS) {
            return NOT_SINGLE;
        }
        return first[0] >= 0 && OPENERS.get(first[0]) ? new Line(List.of(new Piece(opened(first[0]), 0)), false, true) : TEXT;
    }

    /** The element a keyword token opens. */
    private static ItemKind opened(int type) {
        return type == FieldLexer.RUN_IN_EO ? ItemKind.EO
                : type == FieldLexer.RUN_IN_TAGS ? ItemKind.TAGS
                : type == FieldLexer.RUN_IN_SUBJECT ? ItemKind.SUBJECT
                : type == FieldLexer.RUN_IN_REF ? ItemKind.REF
                : ItemKind.CLASSIFIED_BY;
    }

    /** The rule's reading of a line, from its parse tree. */
    static Line full(String text) {
        return (Line) Fields.visit(text, FieldParser.StandaloneCollapsedHeaderContext::collapsedHeader,
                FieldLexer.COLLAPSED, FieldParser::standaloneCollapsedHeader, line -> new Visitor());
    }

    /** Turns the parse tree into pieces: one method per labelled alternative. */
    private static final class Visitor extends FieldParserBaseVisitor<Object> {

        @Override
        public Object visitCollapsedElements(FieldParser.CollapsedElementsContext c) {
            List<Piece> out = new ArrayList<>(c.elements.size() + 1);
            boolean twice = false;
            if (c.start instanceof FieldParser.StartKeywordContext k) {
                // the same keyword twice is damage; another keyword before an element is text
                twice = !c.elements.isEmpty() && kindOf(k.keyword.getText()) == visit(c.elements.get(0));
                if (!twice) {
                    out.add(new Piece(ItemKind.HEADER_TEXT, 0));
                }
            } else if (((FieldParser.StartTextContext) c.start).collapsedLead() != null) {
                out.add(new Piece(ItemKind.HEADER_TEXT, 0));
            }
            for (FieldParser.CollapsedElementContext e : c.elements) {
                int start = out.isEmpty() && !twice ? 0 : e.getStart().getStartIndex();
                out.add(new Piece((ItemKind) visit(e), start));
            }
            if (out.isEmpty()) {
                out.add(new Piece(ItemKind.HEADER_TEXT, 0));
            }
            return new Line(List.copyOf(out), twice, true);
        }

        @Override
        public Object visitCollapsedMalformed(FieldParser.CollapsedMalformedContext c) {
            return new Line(List.of(new Piece(ItemKind.HEADER_TEXT, 0)), false, false);
        }

        @Override
        public Object visitCollapsedElement(FieldParser.CollapsedElementContext c) {
            return visit(c.opener);
        }

        @Override
        public Object visitElementEo(FieldParser.ElementEoContext c) {
            return ItemKind.EO;
        }

        @Override
        public Object visitElementTags(FieldParser.ElementTagsContext c) {
            return ItemKind.TAGS;
        }

        @Override
        public Object visitElementSubject(FieldParser.ElementSubjectContext c) {
            return ItemKind.SUBJECT;
        }

        @Override
        public Object visitElementRef(FieldParser.ElementRefContext c) {
            return ItemKind.REF;
        }

        @Override
        public Object visitElementClassifiedBy(FieldParser.ElementClassifiedByContext c) {
            return ItemKind.CLASSIFIED_BY;
        }

        /** The element a keyword alone (REF, TAGS, SUBJECT) would open. */
        private static ItemKind kindOf(String keyword) {
            return switch (keyword) {
                case "REF" -> ItemKind.REF;
                case "TAGS" -> ItemKind.TAGS;
                default -> ItemKind.SUBJECT;
            };
        }
    }
}

package org.cablegram.internal.fields;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.cablegram.internal.grammar.FieldParser;
import org.cablegram.internal.grammar.FieldParserBaseVisitor;
import org.cablegram.model.ClassifiedBy;
import org.cablegram.model.ExecutiveOrder;
import org.cablegram.model.Subject;

/**
 * Turns the parse trees of the text header's field rules (E.O., SUBJECT, Classified By) into
 * field values, one method per labelled alternative. The grammar says where each field is; this
 * class says what it means (a month name, a two-digit year's century) and keeps texts as
 * written, with their blanks collapsed.
 */
final class HeaderFieldVisitor extends FieldParserBaseVisitor<Object> {

    private final String text;

    HeaderFieldVisitor(String text) {
        this.text = text;
    }

    // ------------------------------------------------------------------------------ E.O.

    /** The instruction after the order: its text and, for a declassification instruction, its date. */
    private record Instruction(String text, Optional<LocalDate> date, boolean badDate) { }

    @Override
    public Object visitEoWellFormed(FieldParser.EoWellFormedContext c) {
        Instruction i = (Instruction) visit(c.instruction);
        Optional<String> tags = c.TAGS_KEY() == null ? Optional.empty() : Optional.of(slice(c.tags));
        return new HeaderFields.Eo(new ExecutiveOrder(Optional.of(c.order.getText()), i.text(), i.date()), tags,
                i.badDate(), true);
    }

    @Override
    public Object visitEoMalformed(FieldParser.EoMalformedContext c) {
        return new HeaderFields.Eo(new ExecutiveOrder(Optional.empty(), Words.collapse(text), Optional.empty()),
                Optional.empty(), false, false);
    }

    @Override
    public Object visitEoDeclassify(FieldParser.EoDeclassifyContext c) {
        String t = Words.collapse(slice(c));
        for (FieldParser.EoDeclItemContext item : c.eoDeclItem()) {
            if (item.eoDate() != null) {
                try {
                    return new Instruction(t, Optional.of((LocalDate) visit(item.eoDate())), false);
                } catch (DateTimeException e) {
                    return new Instruction(t, Optional.empty(), true);
                }
            }
        }
        return new Instruction(t, Optional.empty(), false);
    }

    @Override
    public Object visitEoNotApplicable(FieldParser.EoNotApplicableContext c) {
        // N / A is written N/A
        String after = c.eoItem().isEmpty() ? "" : slice(c.eoItem(0).getStart(), c.getStop());
        return new Instruction(Words.collapse("N/A" + after), Optional.empty(), false);
    }

    @Override
    public Object visitEoOtherText(FieldParser.EoOtherTextContext c) {
        return new Instruction(Words.collapse(slice(c)), Optional.empty(), false);
    }

    @Override
    public Object visitDateMonthDayYear(FieldParser.DateMonthDayYearContext c) {
        return LocalDate.of(year(c.year), number(c.month), number(c.day));
    }

    @Override
    public Object visitDateYearMonthDay(FieldParser.DateYearMonthDayContext c) {
        return LocalDate.of(number(c.year), number(c.month), number(c.day));
    }

    @Override
    public Object visitDateDayMonthYear(FieldParser.DateDayMonthYearContext c) {
        return LocalDate.of(number(c.year), month(c.month), number(c.day));
    }

    @Override
    public Object visitDateMonthNameDayYear(FieldParser.DateMonthNameDayYearContext c) {
        return LocalDate.of(number(c.year), month(c.month), number(c.day));
    }

    // ------------------------------------------------------------------------------ SUBJECT

    @Override
    public Object visitSubjectWellFormed(FieldParser.SubjectWellFormedContext c) {
        return new HeaderFields.SubjectRead((Subject) visit(c.body), true);
    }

    @Override
    public Object visitSubjectMalformed(FieldParser.SubjectMalformedContext c) {
        return new HeaderFields.SubjectRead(new Subject(flat(text), Optional.empty()), false);
    }

    @Override
    public Object visitSubjectLeadingMark(FieldParser.SubjectLeadingMarkContext c) {
        String lead = inner(c.lead);
        if (Markings.isPortionMarking(lead)) {
            return new Subject(flat(slice(c.lead.getStopIndex() + 1, c)), Optional.of(Markings.normalise(lead)));
        }
        // not a portion marking ("(CORRECTED COPY) TALKS"): the mark may still end the text
        List<FieldParser.SubjectWordContext> words = c.subjectWord();
        if (!words.isEmpty()) {
            Token last = words.get(words.size() - 1).getStart();
            if (last.getType() == FieldParser.PORTION_MARK && Markings.isPortionMarking(inner(last))) {
                return new Subject(flat(text.substring(c.lead.getStartIndex(), last.getStartIndex())),
                        Optional.of(Markings.normalise(inner(last))));
            }
        }
        return new Subject(flat(slice(c)), Optional.empty());
    }

    @Override
    public Object visitSubjectTrailingMark(FieldParser.SubjectTrailingMarkContext c) {
        String trail = inner(c.trail);
        if (Markings.isPortionMarking(trail)) {
            return new Subject(flat(c.subjectWord().isEmpty() ? ""
                    : text.substring(c.getStart().getStartIndex(), c.trail.getStartIndex())),
                    Optional.of(Markings.normalise(trail)));
        }
        return new Subject(flat(slice(c)), Optional.empty());
    }

    @Override
    public Object visitSubjectPlain(FieldParser.SubjectPlainContext c) {
        return new Subject(flat(slice(c)), Optional.empty());
    }

    // ------------------------------------------------------------------------------ Classified By

    @Override
    @SuppressWarnings("unchecked")
    public Object visitClassifiedByWellFormed(FieldParser.ClassifiedByWellFormedContext c) {
        // the text after the keyword(s) and their punctuation: the classifier and the reasons
        Token first = c.who.getStart();
        String rest = first.getType() == Token.EOF ? "" : flat(text.substring(first.getStartIndex()));
        String who = (String) visit(c.who);
        String[] nt = Authority.split(who);
        List<String> reasons = c.reasons == null ? List.of() : (List<String>) visit(c.reasons);
        return new HeaderFields.ClassifiedByRead(new ClassifiedBy(rest, Optional.ofNullable(nt[0]),
                Optional.ofNullable(nt[1]), reasons), true);
    }

    @Override
    public Object visitClassifiedByMalformed(FieldParser.ClassifiedByMalformedContext c) {
        return new HeaderFields.ClassifiedByRead(new ClassifiedBy(flat(text), Optional.empty(), Optional.empty(),
                List.of()), false);
    }

    @Override
    public Object visitWhoDerived(FieldParser.WhoDerivedContext c) {
        // classified by derivation from sources, not by a person
        return "";
    }

    @Override
    public Object visitWhoNamed(FieldParser.WhoNamedContext c) {
        List<FieldParser.CbWhoItemContext> items = c.cbWhoItem();
        // an order cited after the name ("Robert Deutsch; E.O. 12958, reasons ...") ends it
        int end = items.size();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getStart().getType() == FieldParser.EO_KEY) {
                end = i;
                break;
            }
        }
        // a portion mark after the keyword ("Classified By: (U) Polcouns X") is no part of the title
        int from = 0;
        if (end >= 3 && items.get(0).getStart().getType() == FieldParser.LPAREN
                && items.get(2).getStart().getType() == FieldParser.RPAREN
                && Markings.isPortionMarking(items.get(1).getText())) {
            from = 3;
        }
        // the name ends before closing punctuation, one closing preposition ("Ambassador X for") and
        // the punctuation before it
        end = skipBack(items, end);
        // "per section 1.4(d)": the section word belongs to the reasons that follow
        if (end > 0 && items.get(end - 1).getStart().getType() == FieldParser.SECTION_WORD
                && c.getParent() instanceof FieldParser.ClassifiedByWellFormedContext p
                && p.reasons instanceof FieldParser.ReasonsBySectionContext) {
            end--;
        }
        end = skipBack(items, end);
        if (end > 0 && items.get(end - 1).getStart().getType() == FieldParser.PREPOSITION) {
            end = skipBack(items, end - 1);
        }
        // the period of a suffix is the name's ("Robert O. Roe, Jr., for reasons")
        if (end > from && end < items.size() && items.get(end).getStart().getType() == FieldParser.PERIOD
                && isSuffix(items.get(end - 1).getText())
                && items.get(end).getStart().getStartIndex() == items.get(end - 1).getStop().getStopIndex() + 1) {
            end++;
        }
        if (end <= from) {
            return "";
        }
        return flat(slice(items.get(from).getStart(), items.get(end - 1).getStart()));
    }

    private static boolean isSuffix(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return w.equals("jr") || w.equals("sr");
    }

    private static int skipBack(List<FieldParser.CbWhoItemContext> items, int end) {
        while (end > 0) {
            int type = items.get(end - 1).getStart().getType();
            if (type != FieldParser.COMMA && type != FieldParser.PERIOD && type != FieldParser.SEMI
                    && type != FieldParser.COLON && type != FieldParser.DASH) {
                break;
            }
            end--;
        }
        return end;
    }

    @Override
    public Object visitReasonsWithWord(FieldParser.ReasonsWithWordContext c) {
        return reasons(c.reasonSection());
    }

    @Override
    public Object visitReasonsBySection(FieldParser.ReasonsBySectionContext c) {
        return reasons(c.reasonSection());
    }

    /** The categories of each section number as 1.4(b), each once, in the order written. */
    private List<String> reasons(List<FieldParser.ReasonSectionContext> sections) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (FieldParser.ReasonSectionContext s : sections) {
            String no = s.section.getText();
            char section = no.charAt(no.length() - 1);
            for (FieldParser.ReasonCategoryContext k : s.reasonCategory()) {
                @SuppressWarnings("unchecked")
                List<Token> letters = (List<Token>) visit(k);
                for (Token l : letters) {
                    out.add("1." + section + "(" + l.getText().toLowerCase(Locale.ROOT) + ")");
                }
            }
        }
        return List.copyOf(out);
    }

    @Override
    public Object visitCategoriesInParentheses(FieldParser.CategoriesInParenthesesContext c) {
        return c.categories;
    }

    @Override
    public Object visitCategoryLetter(FieldParser.CategoryLetterContext c) {
        return c.categories;
    }

    @Override
    public Object visitCategoriesDotted(FieldParser.CategoriesDottedContext c) {
        // the token is letters and the periods between them: each letter a category
        List<Token> out = new ArrayList<>();
        String t = c.dotted.getText();
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != '.') {
                org.antlr.v4.runtime.CommonToken l = new org.antlr.v4.runtime.CommonToken(FieldParser.CAT_LETTER,
                        String.valueOf(t.charAt(i)));
                out.add(l);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------ TAGS

    @Override
    public Object visitTagsWellFormed(FieldParser.TagsWellFormedContext c) {
        Tags.Items items = Tags.Items.empty(true);
        for (FieldParser.TagEntryContext e : c.tagEntry()) {
            if (e instanceof FieldParser.TagCodeWithGroupsContext w) {
                StringBuilder item = new StringBuilder(w.tagCode().getText());
                appendGroups(item, w.tagCode().getStop(), w.tagGroup());
                items.add(item.toString());
            } else if (e instanceof FieldParser.TagGroupAloneContext g) {
                // a group after a blank or separator still belongs to the code before it
                StringBuilder item = new StringBuilder();
                if (!items.codes().isEmpty()) {
                    item.append(items.removeLast()).append(' ');
                }
                item.append(flat(slice(g.tagGroup())));
                items.add(item.toString());
            } else if (e instanceof FieldParser.TagCommaContext) {
                items.markLast(items.commaAfter());
                if (e.getStart().getType() == FieldParser.SEMI) {
                    // a semicolon parts tags as a line end does: no person tag, no free text across it
                    items.markLast(items.lineAfter());
                }
            } else if (e.getStart().getType() == FieldParser.NEWLINE) {
                items.markLast(items.lineAfter());
            }
        }
        return items;
    }

    /** Appends the groups after a code, with a blank where one was written before a group. */
    private void appendGroups(StringBuilder item, Token before, List<FieldParser.TagGroupContext> groups) {
        for (FieldParser.TagGroupContext g : groups) {
            if (g.getStart().getStartIndex() > before.getStopIndex() + 1) {
                item.append(' ');
            }
            item.append(flat(slice(g)));
            before = g.getStop();
        }
    }

    @Override
    public Object visitTagsMalformed(FieldParser.TagsMalformedContext c) {
        return Tags.Items.empty(false);
    }

    // ------------------------------------------------------------------------------ helpers

    /** A block's text on one line: line ends read as blanks, blanks collapsed. */
    private static String flat(String s) {
        return Words.collapse(s.replace('\n', ' '));
    }

    /** What a parenthesised mark holds: (S/NF) gives S/NF. */
    private static String inner(Token mark) {
        String t = mark.getText();
        return t.substring(1, t.length() - 1);
    }

    /** The input text of a rule from a position on. */
    private String slice(int from, ParserRuleContext c) {
        if (c.getStop() == null || c.getStop().getType() == Token.EOF || c.getStop().getStopIndex() < from) {
            return "";
        }
        return text.substring(from, c.getStop().getStopIndex() + 1);
    }

    private static int number(Token t) {
        return Integer.parseInt(t.getText());
    }

    /** A year of two or four digits, two-digit years by the century pivot. */
    private static int year(Token t) {
        String y = t.getText();
        return Words.fullYear(Integer.parseInt(y), y.length());
    }

    /** A month by the first three letters of its name (SEPT., DECEMBER). */
    private static int month(Token t) {
        return Words.month(t.getText().substring(0, 3));
    }

    /** The input text of a rule, as written; empty when the rule matched nothing. */
    private String slice(ParserRuleContext c) {
        return Slices.of(text, c);
    }

    private String slice(Token from, Token to) {
        return Slices.of(text, from, to);
    }
}

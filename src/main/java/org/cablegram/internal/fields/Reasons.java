package org.cablegram.internal.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.antlr.v4.runtime.Token;
import org.cablegram.internal.grammar.FieldLexer;
import org.cablegram.internal.grammar.FieldParser;
import org.cablegram.internal.grammar.FieldParserBaseVisitor;

/**
 * Where unnumbered body text starts after the reasons clause of a Classified By element (lost
 * newlines): "... for reasons 1.4 (b) and (d). (C) On June 12 ...", "... 1.4 (B, D)" with "(C)
 * MEA Joint Secretary ..." on the next line, "... 1.4 (b) and (d) ------- Summary -------". The
 * steps (the reasons' parts and the openers of body text) are the field grammar's
 * ({@code standaloneReasons}, {@code reasonStep}); the walk over them is meaning: it counts the
 * category letters (a cut is only looked for after one), tells a (C) that is a category letter
 * from one that is a portion marking by what is around it, and knows the classification words and
 * title words that continue the statement rather than start the body.
 */
public final class Reasons {

    private Reasons() {
    }

    /** What a step of the walk is. */
    enum Kind {
        GROUP, LETTER_OR_MARKING, MARKING, JOIN, LETTER, SENTENCE_END, SEPARATOR, LINE_BREAK, OPENER, CAPITALISED, OTHER
    }

    /**
     * One step.
     *
     * @param start where it starts in the text read
     * @param type  the type of its first token
     * @param text  the text of its first token
     */
    record Step(Kind kind, int start, int type, String text) { }

    /**
     * @param sectionEnd where the reasons' first section number ends; -1 when the text holds none
     * @param steps      the steps after it
     */
    record Read(int sectionEnd, List<Step> steps) { }

    /**
     * How far the walk got on an element's text, kept while lines are added to it, so that each
     * line costs the walk only the text it adds: the text is read again only from the first step
     * that needed the text after the last line.
     */
    public static final class Walk {
        /** the section number was looked for in the text before this, and not found */
        private int searched;
        /** whether the section number was found */
        private boolean found;
        /** where the next reading starts, and the state there */
        private int at;
        private int letters;
        private boolean sentenceEnd;
        private boolean joined;
        /** whether the walk ended before the last line: no later line can start the body */
        private boolean settled;
        /** whether the current step looked at the end of the text */
        private boolean hitEnd;
    }

    /**
     * Where the body starts in a Classified By element's text that grows by lines, each added
     * after a '\n', with the same walk passed for each.
     *
     * @param text the element's text up to and including the current line
     * @param from where the current line starts in the text
     * @return where the body starts (at or after {@code from}); -1 if it does not start there
     */
    public static int bodyAfter(CharSequence text, int from, Walk w) {
        if (w.settled) {
            return -1;
        }
        int n = text.length();
        int base;
        List<Step> steps;
        if (!w.found) {
            base = w.searched;
            Read r = read(text.subSequence(base, n).toString());
            if (r.sectionEnd() < 0) {
                w.searched = n;
                return -1;
            }
            w.found = true;
            w.at = base + r.sectionEnd();
            steps = r.steps();
        } else {
            base = w.at;
            steps = steps(text.subSequence(base, n).toString());
        }
        return walk(text, from, w, base, steps);
    }

    private static int walk(CharSequence text, int from, Walk w, int base, List<Step> steps) {
        int letters = w.letters;
        boolean sentenceEnd = w.sentenceEnd;
        // whether the last thing read was a separator: the letters go on ("1.4(B),\n(C), (D)")
        boolean joined = w.joined;
        boolean lineBreak = false;
        boolean endSeen = false;
        int resumeAt = w.at;
        for (int k = 0; k < steps.size(); k++) {
            Step s = steps.get(k);
            if (s.kind() == Kind.LINE_BREAK) {
                lineBreak = true;
                continue;
            }
            if (!endSeen) {
                w.at = resumeAt;
                w.letters = letters;
                w.sentenceEnd = sentenceEnd;
                w.joined = joined;
            }
            int pos = base + s.start();
            boolean boundary = sentenceEnd || !joined && lineBreak;
            w.hitEnd = k == steps.size() - 1;
            int result = CONTINUE;
            switch (s.kind()) {
                case LETTER_OR_MARKING -> {
                    if (letters > 0 && (boundary || startsSentence(text, base, steps, k, w))
                            && !continuesLetters(steps, k, w)) {
                        result = cut(pos, from, letters);
                    } else {
                        letters++;
                        sentenceEnd = false;
                        joined = false;
                    }
                }
                case MARKING -> result = letters > 0 && Markings.isPortionMarking(inner(s.text())) ? cut(pos, from, letters)
                        : -1;
                case GROUP, LETTER -> {
                    letters++;
                    sentenceEnd = false;
                    joined = false;
                }
                case JOIN, SEPARATOR -> {
                    sentenceEnd = false;
                    joined = true;
                }
                case SENTENCE_END -> {
                    sentenceEnd = true;
                    joined = false;
                }
                case OPENER -> result = cut(pos, from, letters);
                case CAPITALISED -> result = remainder(text, pos, from, letters, boundary, w);
                default -> {
                    // a parenthesis the text does not close may be closed on the next line ("1.5(b" / ",d)")
                    w.hitEnd |= s.type() == FieldLexer.LPAREN && pos + 15 > text.length();
                    result = -1;
                }
            }
            endSeen |= w.hitEnd;
            if (result != CONTINUE) {
                // a walk that ended without looking at the end of the text ends there for any longer text
                w.settled = result < 0 && !endSeen;
                return result;
            }
            lineBreak = false;
            resumeAt = base + (k + 1 < steps.size() ? steps.get(k + 1).start() : text.length() - base);
        }
        if (!endSeen) {
            w.at = resumeAt;
            w.letters = letters;
            w.sentenceEnd = sentenceEnd;
            w.joined = joined;
        }
        return -1;
    }

    private static final int CONTINUE = -2;

    private static int cut(int pos, int from, int letters) {
        return letters > 0 && pos >= from ? pos : -1;
    }

    private static String inner(String mark) {
        return mark.substring(1, mark.length() - 1).strip();
    }

    /** Whether the capitalised text after the reasons, at pos, starts the body. */
    private static int remainder(CharSequence text, int pos, int from, int letters, boolean boundary, Walk w) {
        if (letters == 0 || pos < from) {
            return -1;
        }
        String first = wordAt(text, pos);
        if (isClassificationWord(first)) {
            return -1;
        }
        if (headingUnderline(text, pos, w)) {
            // "OSCE -----", "MILITARY SITUATION ON THE GROUND -----"
            return pos;
        }
        if (HeaderFields.isTitleWord(first)) {
            // a name or title after the reasons ("... 1.4 (d). Ambassador John Smith")
            return -1;
        }
        return boundary || fourWords(text, pos, w) ? pos : -1;
    }

    /** Whether a capitalised sentence starts after step k ("(C) On June 12 ..."), not a classification word. */
    private static boolean startsSentence(CharSequence text, int base, List<Step> steps, int k, Walk w) {
        int j = next(steps, k, w);
        if (j < 0) {
            return false;
        }
        int at = base + steps.get(j).start();
        char c = text.charAt(at);
        if (!(c >= 'A' && c <= 'Z') || !Character.isWhitespace(text.charAt(at - 1))) {
            return false;
        }
        String word = wordAt(text, at);
        if (isClassificationWord(word)) {
            return false;
        }
        // a title word may begin a sentence ("(C) Embassy London passed ..."), but not a name alone
        return !HeaderFields.isTitleWord(word) || fourWords(text, at, w);
    }

    /** Whether a list of category letters goes on after step k: ", (d)", "and (d)", "(d)". */
    private static boolean continuesLetters(List<Step> steps, int k, Walk w) {
        int j = next(steps, k, w);
        if (j < 0) {
            return false;
        }
        Step s = steps.get(j);
        return s.type() == FieldLexer.COMMA || s.type() == FieldLexer.AMP || s.text().startsWith("(")
                || s.type() == FieldLexer.REASON_AND
                        && (s.text().equalsIgnoreCase("and") || s.text().equalsIgnoreCase("or"));
    }

    /** The step after k, line breaks skipped; -1 (and the end seen) when there is none. */
    private static int next(List<Step> steps, int k, Walk w) {
        for (int j = k + 1; j < steps.size(); j++) {
            if (steps.get(j).kind() != Kind.LINE_BREAK) {
                return j;
            }
        }
        w.hitEnd = true;
        return -1;
    }

    /** The text at i up to the next blank or line end. */
    private static String wordAt(CharSequence text, int i) {
        int e = i;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        return text.subSequence(i, e).toString();
    }

    private static boolean isClassificationWord(String w) {
        String k = w.toUpperCase(Locale.ROOT);
        int end = k.length();
        while (end > 0 && ":;,.".indexOf(k.charAt(end - 1)) >= 0) {
            end--;
        }
        return Vocabulary.CLASSIFICATION_WORDS.contains(k.substring(0, end));
    }

    /**
     * Whether the capitalised words at i are underlined by dashes on the same line, within sixty
     * characters ("OSCE -----"): a heading.
     */
    private static boolean headingUnderline(CharSequence text, int i, Walk w) {
        int n = text.length();
        int limit = Math.min(n, i + 63);
        for (int j = i + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '-' || c == '\n') {
                int dashes = c == '-' ? j : j + 1;
                boolean blank = c == '\n' || Character.isWhitespace(text.charAt(j - 1));
                int k = dashes;
                while (k < n && k < dashes + 3 && text.charAt(k) == '-') {
                    k++;
                }
                w.hitEnd |= k == n;
                return blank && k - dashes == 3 && dashes - 1 - (i + 1) <= 60;
            }
        }
        w.hitEnd |= limit == n;
        return false;
    }

    /** Whether four words start at i: a sentence, not a name alone. */
    private static boolean fourWords(CharSequence text, int i, Walk w) {
        int n = text.length();
        int words = 0;
        int j = i;
        while (j < n && words < 4) {
            while (j < n && !Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            words++;
            while (j < n && Character.isWhitespace(text.charAt(j)) && words < 4) {
                j++;
            }
        }
        w.hitEnd |= j >= n;
        return words == 4;
    }

    // ------------------------------------------------------------------ the grammar

    static Read read(String text) {
        return (Read) Fields.visit(text, FieldParser.StandaloneReasonsContext::reasonsText, FieldLexer.REASONS_LEAD,
                FieldParser::standaloneReasons, t -> new Visitor());
    }

    @SuppressWarnings("unchecked")
    private static List<Step> steps(String text) {
        return (List<Step>) Fields.visit(text, FieldParser.StandaloneReasonStepsContext::reasonSteps, FieldLexer.REASONS,
                FieldParser::standaloneReasonSteps, t -> new Visitor());
    }

    /** Turns the parse tree into steps: one method per labelled alternative. */
    private static final class Visitor extends FieldParserBaseVisitor<Object> {

        @Override
        public Object visitReasonsRead(FieldParser.ReasonsReadContext c) {
            if (c.section == null) {
                return new Read(-1, List.of());
            }
            return new Read(c.section.getStopIndex() + 1, visitReasonSteps(c.steps));
        }

        @Override
        public Object visitReasonsMalformed(FieldParser.ReasonsMalformedContext c) {
            return new Read(-1, List.of());
        }

        @Override
        public List<Step> visitReasonSteps(FieldParser.ReasonStepsContext c) {
            List<Step> out = new ArrayList<>(c.steps.size());
            for (FieldParser.ReasonStepContext s : c.steps) {
                out.add(step((Kind) visit(s), s.getStart()));
            }
            return List.copyOf(out);
        }

        private static Step step(Kind kind, Token t) {
            return new Step(kind, t.getStartIndex(), t.getType(), t.getText());
        }

        @Override
        public Object visitStepGroup(FieldParser.StepGroupContext c) {
            return Kind.GROUP;
        }

        @Override
        public Object visitStepLetterOrMarking(FieldParser.StepLetterOrMarkingContext c) {
            return Kind.LETTER_OR_MARKING;
        }

        @Override
        public Object visitStepMarking(FieldParser.StepMarkingContext c) {
            return Kind.MARKING;
        }

        @Override
        public Object visitStepJoinWord(FieldParser.StepJoinWordContext c) {
            return Kind.JOIN;
        }

        @Override
        public Object visitStepLetter(FieldParser.StepLetterContext c) {
            return Kind.LETTER;
        }

        @Override
        public Object visitStepSentenceEnd(FieldParser.StepSentenceEndContext c) {
            return Kind.SENTENCE_END;
        }

        @Override
        public Object visitStepSeparator(FieldParser.StepSeparatorContext c) {
            return Kind.SEPARATOR;
        }

        @Override
        public Object visitStepLineBreak(FieldParser.StepLineBreakContext c) {
            return Kind.LINE_BREAK;
        }

        @Override
        public Object visitStepDashedStart(FieldParser.StepDashedStartContext c) {
            return Kind.OPENER;
        }

        @Override
        public Object visitStepNumberedMarked(FieldParser.StepNumberedMarkedContext c) {
            return Kind.OPENER;
        }

        @Override
        public Object visitStepSummary(FieldParser.StepSummaryContext c) {
            return Kind.OPENER;
        }

        @Override
        public Object visitStepSalutation(FieldParser.StepSalutationContext c) {
            return Kind.OPENER;
        }

        @Override
        public Object visitStepCapitalised(FieldParser.StepCapitalisedContext c) {
            return Kind.CAPITALISED;
        }

        @Override
        public Object visitStepOther(FieldParser.StepOtherContext c) {
            return Kind.OTHER;
        }
    }
}

package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.cablegram.model.Cable;
import org.cablegram.model.Tag;
import org.cablegram.model.TagKind;
import org.junit.jupiter.api.Test;

/**
 * The TAGS, SUBJECT and summary forms of issue 15 and of TELEGRAM-FORMAT.md 6.4, 6.5 and 7.4,
 * each in a small cable written for the test (the forms are those of corpus cables).
 */
class TagsSubjectSummaryTest {

    private static final CableParser PARSER = CableParser.create();

    private static final String CLASS_LINE = "C O N F I D E N T I A L ASTANA 002256\n\nE.O. 12958: DECL: 11/14/2018\n";

    private static ParseResult parse(String text) {
        return PARSER.parse(text);
    }

    private static Cable cable(String header, String body) {
        return parse(CLASS_LINE + header + "\n\n" + body).cable();
    }

    private static Cable withTags(String tagLines) {
        return cable(tagLines + "\nSUBJECT: TALKS ON TRADE", "1. (C) The minister spoke.");
    }

    private static List<String> codes(Cable c) {
        return c.tags().stream().map(Tag::code).toList();
    }

    private static String subject(String header) {
        return cable("TAGS: PREL, PGOV\n" + header, "1. (C) The minister spoke.").subject().orElseThrow().text();
    }

    private static Optional<String> summary(String body) {
        return cable("TAGS: PREL\nSUBJECT: TALKS ON TRADE", body).summary();
    }

    // ---------------------------------------------------------------- TAGS (6.4)

    @Test
    void tagsApartByCommasOrBlanksWithAndWithoutColon() {
        assertEquals(List.of("PGOV", "PREL", "KZ"), codes(withTags("TAGS: PGOV, PREL, KZ")));
        assertEquals(List.of("PGOV", "PINS", "ZI", "MDC", "ZANU-PF"), codes(withTags("TAGS PGOV, PINS, ZI, MDC, ZANU-PF")));
        assertEquals(List.of("MTCRE", "PARM"), codes(withTags("Tags: mtcre, parm")));
    }

    @Test
    void aLineAfterTagsWithoutSeparatorIsNoContinuationUnlessItHoldsCodes() {
        Cable c = withTags("TAGS: PGOV\nDISCUSS HAITI AND OTHER ISSUES, 19 AUGUST 2005");
        assertEquals(List.of("PGOV"), codes(c));
        assertEquals(List.of("PGOV", "PREL", "UNGA", "IAEA", "NPT", "EG"),
                codes(withTags("TAGS: PGOV PREL UNGA\nIAEA, NPT, EG")));
        assertEquals(List.of("PGOV", "PREL", "KZ"), codes(withTags("TAGS: PGOV, PREL,\nKZ")));
    }

    @Test
    void anUnknownWordAndACommaThenAWordOnTheNextLineAreTwoTags() {
        assertEquals(List.of("PGOV", "XYZZY", "QUUX"), codes(withTags("TAGS: PGOV, XYZZY,\nquux")));
    }

    @Test
    void gluedCodesAreSplitByTheVocabulariesWithAnInfo() {
        ParseResult r = parse(CLASS_LINE + "TAGS: PGOVIZ, ECONEFIN, VTPREL\nSUBJECT: TALKS\n\n1. (C) Text.");
        assertEquals(List.of("PGOV", "IZ", "ECON", "EFIN", "VT", "PREL"), codes(r.cable()));
        assertEquals(TagKind.COUNTRY, r.cable().tags().get(1).kind());
        // by name: the test also runs on the commit before the code existed (fail-before script)
        assertEquals(3, r.diagnostics().stream().filter(d -> d.code().name().equals("GLUED_TAGS")).count());
        assertTrue(r.diagnostics().stream().filter(d -> d.code().name().equals("GLUED_TAGS"))
                .allMatch(d -> d.severity() == Severity.INFO));
        assertEquals(List.of("KFRD", "CVIS", "CMGT", "CASC", "KOCI", "ASEC", "PHUM", "SMIG", "EG"),
                codes(withTags("TAGS: KFRDCVISCMGTCASCKOCIASECPHUMSMIGEG")));
    }

    @Test
    void freeTextRunsAreOneTag() {
        Cable c = withTags("TAGS: PREL PGOV PTER YM COUNTER TERRORISM");
        assertEquals(List.of("PREL", "PGOV", "PTER", "YM", "COUNTER TERRORISM"), codes(c));
        assertEquals(List.of("PHUM", "ENERGY SECURITY", "HUMAN RIGHTS", "KZ"),
                codes(withTags("TAGS: PHUM, ENERGY SECURITY, HUMAN RIGHTS, KZ")));
    }

    @Test
    void personTagsKeepTheirParenthesesAndComma() {
        Cable c = withTags("TAGS: OVIP (CLINTON, HILLARY), PREL, OBAMA, BARACK");
        assertEquals(List.of("OVIP (CLINTON, HILLARY)", "PREL", "OBAMA, BARACK"), codes(c));
        assertEquals(TagKind.PERSON, c.tags().get(0).kind());
        assertEquals(TagKind.PERSON, c.tags().get(2).kind());
        assertEquals(List.of("OVIP (CLINTON, HILLARY)", "PREL"), codes(withTags("TAGS: [OVIP](#) [CLINTON](#) [HILLARY](#) [PREL](#)")));
    }

    // ---------------------------------------------------------------- SUBJECT (6.5)

    @Test
    void subjectWithContinuationAndMarks() {
        assertEquals("KAZAKHSTAN: LEGISLATION APPROVED BY CABINET", subject("SUBJECT: (C) KAZAKHSTAN: LEGISLATION\nAPPROVED BY CABINET"));
        assertEquals("TALKS ON SECURITY", subject("SUBJ: TALKS ON SECURITY (S/NF)"));
    }

    @Test
    void subjectEndsAtAReferenceOnItsLineInAnyCase() {
        assertEquals("TALKS ON FOO", subject("SUBJECT: TALKS ON FOO Ref(s): A) STATE 123"));
        assertEquals("TALKS ON FOO", subject("SUBJECT: TALKS ON FOO REFS: (A) MINSK 0638, (B) Minsk 0118"));
    }

    @Test
    void subjectEndsWhereOrdinaryWritingFollowsIt() {
        assertEquals("TALKS ON FOO", subject("SUBJECT: TALKS ON FOO\nThis is an action request; see paragraph 4."));
        assertEquals("DARFUR REBEL GROUP MERGER IN KUFRA: MORE FANFARE THAN",
                subject("SUBJECT: DARFUR REBEL GROUP MERGER IN KUFRA: MORE FANFARE THAN Derived from: DSCG 05-1, B,D"));
        assertEquals("JAPANESE MORNING PRESS HIGHLIGHTS 06/26/09", subject("SUBJECT: JAPANESE MORNING PRESS HIGHLIGHTS 06/26/09 Index:"));
        // a short prefix in capitals before a title in ordinary writing is no end
        assertEquals("NSDD 38: Department of Homeland Security", subject("SUBJECT: NSDD 38: Department of Homeland Security"));
    }

    @Test
    void subjectEndsAtAHandlingCaption() {
        assertEquals("AFTERMATH OF THE PIG CULLING PLAN",
                subject("SUBJECT: AFTERMATH OF THE PIG CULLING PLAN Sensitive but Unclassified. Please handle accordingly."));
    }

    @Test
    void subjectInterruptedByABlankLineBeforeTheNextElement() {
        assertEquals("INSOR REPORT REINVIGORATES DEBATE ON POLITICAL REFORM",
                subject("SUBJECT: INSOR REPORT REINVIGORATES DEBATE ON POLITICAL\n\nREFORM\n\nREF: MOSCOW 199"));
    }

    @Test
    void aCollapsedLineInMixedCaseGivesTheSubject() {
        Cable c = parse("C o n f i d e n t i a l section 01 of 03 tashkent 004223 e.o. 12958: decl: 11/02/10 "
                + "tags: prel, pter, uz subject: Karimov urges closer cooperation classified by amb John Doe, reasons: 1.5 (b,d)\n"
                + "\n1. (C) Text.").cable();
        assertEquals("Karimov urges closer cooperation", c.subject().orElseThrow().text());
        assertEquals(List.of("PREL", "PTER", "UZ"), codes(c));
        Cable d = cable("TAGS: PREL\nSUBJECT: TALKS", "1. (C) Text.");
        assertEquals("TALKS", d.subject().orElseThrow().text());
        Cable e = parse("CONFIDENTIAL ASTANA 002256\n\nE.o. 12958: decl: 01/01/2018 Tags: prel, pgov Subject: talks on foo\n\n"
                + "1. (C) Text.").cable();
        assertEquals("talks on foo", e.subject().orElseThrow().text());
    }

    // ---------------------------------------------------------------- summary (7.4)

    @Test
    void summaryOpeners() {
        assertEquals(Optional.of("The minister agreed."), summary("1. (C) Summary: The minister agreed. End summary.\n\n2. (C) More."));
        assertEquals(Optional.of("The minister agreed."), summary("1. (C) Summary and Action Request. The minister agreed. End summary.\n\n2. (C) More."));
        assertEquals(Optional.of("The minister agreed."), summary("1. (C) Summary/Comment: The minister agreed. End summary.\n\n2. (C) More."));
        assertEquals(Optional.of("The minister agreed."), summary("1. (C) Summary and Introduction: The minister agreed. End summary.\n\n2. (C) More."));
        assertEquals(Optional.of("The minister agreed."), summary("1. (C) Introduction and Summary: The minister agreed. End summary.\n\n2. (C) More."));
        assertEquals(Optional.of("The minister agreed."), summary("1. (C) BEGIN SUMMARY. The minister agreed. END SUMMARY.\n\n2. (C) More."));
    }

    @Test
    void theMarkingAfterTheOpenerIsNoPartOfTheSummary() {
        assertEquals(Optional.of("The minister agreed."), summary("1. Summary: (SBU) The minister agreed. End summary.\n\n2. (C) More."));
    }

    @Test
    void aParagraphEndingEndSummaryWithoutOpener() {
        assertEquals(Optional.of("The minister agreed."), summary("1. (C) The minister agreed. END SUMMARY.\n\n2. (C) More."));
        // an unnumbered title before the first paragraph is not taken in
        assertEquals(Optional.of("The minister agreed."),
                summary("----------\nI. Summary\n----------\n\n1. The minister agreed. End summary.\n\n2. More."));
    }

    @Test
    void framedHeadingsOpenASummaryAndASummaryStopsAtTheNextHeading() {
        assertEquals(Optional.of("The minister agreed."), summary("----------\nINTRODUCTION AND SUMMARY\n----------\n\n"
                + "1. (C) The minister agreed.\n\n----------\nBACKGROUND\n----------\n\n2. (C) More."));
        assertEquals(Optional.of("The minister agreed.\n\nHe left."), summary("1. (C) Summary: The minister agreed.\n\n"
                + "2. (C) He left.\n\n-------\nBackground\n-------\n\n3. (C) Background here. End summary."));
    }

    @Test
    void theWordSummaryInASentenceOpensNothing() {
        assertEquals(Optional.empty(), summary("1. (C) He gave a summary of the talks.\n\n2. (C) More."));
    }
}

package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.cablegram.model.BreakKind;
import org.cablegram.model.Cable;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * The forms of a fragment, each read by what it holds (made-up lines in the forms of real
 * cables): a body given alone, the end of a body cut anywhere, a text header alone, and the
 * texts that still open in the lead.
 */
class FragmentFormsTest {

    private static final CableParser PARSER = CableParser.create();

    private static ParseResult parse(String... lines) {
        return PARSER.parse(String.join("\n", lines) + "\n");
    }

    @Test
    void bodyOpeningWithSummaryHeading() {
        Cable c = parse("SUMMARY",
                "",
                "\u00b61. (C) The minister met the Ambassador on May 3. He said little.",
                "",
                "\u00b62. (C) Comment: the talks will go on. End comment.",
                "",
                "DOE").cable();
        assertEquals(2, c.paragraphs().size());
        assertEquals(OptionalInt.of(1), c.paragraphs().get(0).number());
        assertEquals(Optional.of("SUMMARY"), c.paragraphs().get(0).heading());
        assertEquals(Optional.of("The minister met the Ambassador on May 3. He said little."), c.summary());
        assertEquals(List.of("DOE"), c.signers());
        assertTrue(c.unrecognized().isEmpty(), c.unrecognized().toString());
        assertTrue(c.envelope().isEmpty());
    }

    @Test
    void bodyOpeningWithUnnumberedSummary() {
        String[] body = {"SUMMARY: THE GOVERNMENT PLANS NEW ELECTIONS.",
            "END SUMMARY",
            "",
            "1. THE PRIME MINISTER TOLD THE PRESS ON MONDAY THAT ELECTIONS WOULD BE HELD IN JUNE.",
            "",
            "2. COMMENT: THE DATE IS NOT YET FIXED.",
            "ROE"};
        Cable c = parse(body).cable();
        String[] whole = new String[body.length + 3];
        whole[0] = "CONFIDENTIAL";
        whole[1] = "SUBJECT: ELECTIONS";
        whole[2] = "";
        System.arraycopy(body, 0, whole, 3, body.length);
        Cable w = parse(whole).cable();
        assertEquals(Optional.of("THE GOVERNMENT PLANS NEW ELECTIONS."), c.summary());
        assertEquals(List.of("ROE"), c.signers());
        assertEquals(w.paragraphs(), c.paragraphs());
        assertEquals(w.summary(), c.summary());
        assertEquals(OptionalInt.of(2), c.paragraphs().get(c.paragraphs().size() - 1).number());
        assertTrue(c.unrecognized().isEmpty(), c.unrecognized().toString());
    }

    @Test
    void tailCutInsideAWord() {
        Cable c = parse("ir trial and has a right to an appeal. Officials have asked",
                "that she be moved to serve out her sentence here.",
                "DOE").cable();
        assertEquals(List.of("DOE"), c.signers());
        assertEquals(1, c.paragraphs().size());
        assertTrue(c.paragraphs().get(0).text().endsWith("sentence here."));
        assertTrue(c.unrecognized().isEmpty(), c.unrecognized().toString());
    }

    @Test
    void tailWithLinesShapedLikeTheEnvelope() {
        // TO and a name that looks like a routing indicator, after running text, are text
        Cable c = parse("S WELL AS THE USE OF FORGED PAPERS. THE STATEMENT STRESSED ITS \"DEVOTION",
                "TO INTERNATIONAL LABOR CONVENTION\", THEREBY SEEKING TO SET THE ARRESTS APART.",
                "RUSTON",
                "",
                "LIMITED OFFICIAL USE",
                "",
                "NNN").cable();
        assertEquals(List.of("RUSTON"), c.signers());
        assertTrue(c.to().isEmpty());
        assertTrue(c.paragraphs().get(0).text().contains("TO INTERNATIONAL LABOR CONVENTION"));
        assertEquals(List.of("NNN"), c.trailer().orElseThrow().lines());
    }

    @Test
    void tailEndingATelegramBeforeAnother() {
        Cable c = parse(" End comment.",
                "",
                "DOE",
                "",
                "NNNN",
                "",
                "O 161036Z DEC 04",
                "FM USLO TRIPOLI",
                "TO AMEMBASSY PARIS IMMEDIATE").cable();
        assertEquals(List.of("DOE"), c.signers());
        assertTrue(c.trailer().orElseThrow().lines().contains("NNNN"));
    }

    @Test
    void bodyWithASectionLineOfATwoWordOriginRunIn() {
        Cable c = parse("\u00b65. (C) Opening the party at the most basic level and NEW DELHI 00001072  002 OF 002 "
                + "democratizing it would bring in fresh faces.",
                "",
                "DOE").cable();
        Paragraph p = c.paragraphs().get(0);
        assertEquals("Opening the party at the most basic level and democratizing it would bring in fresh faces.",
                p.text());
        assertEquals(BreakKind.SECTION, c.breaks().get(0).kind());
        assertEquals(2, c.breaks().get(0).number());
    }

    @Test
    void capitalsBeforeARunInSectionLineInCapitalTextAreText() {
        // in text written in capitals only the word before the serial is the origin
        Cable c = parse("5. THE MINISTER SAID MOSCOW 00003335  002 OF 004 WOULD NOT AGREE.").cable();
        assertEquals("THE MINISTER SAID WOULD NOT AGREE.", c.paragraphs().get(0).text());
    }

    @Test
    void textHeaderAlone() {
        Cable c = parse("C O N F I D E N T I A L ANKARA 000071",
                "",
                "SIPDIS",
                "",
                "E.O. 12958: DECL: 01/14/2019",
                "TAGS: PREL PGOV TU",
                "SUBJECT: TURKEY: THE MINISTER ON THE ELECTIONS",
                "",
                "REF: A. ANKARA 12 B. STATE 3456",
                "",
                "Classified By: Ambassador John Doe for reasons 1.4 (b) and (d)").cable();
        assertEquals(ClassificationLevel.CONFIDENTIAL, c.classification().orElseThrow().level());
        assertEquals(List.of("SIPDIS"), c.classification().orElseThrow().captions());
        assertEquals("TURKEY: THE MINISTER ON THE ELECTIONS", c.subject().orElseThrow().text());
        assertEquals(3, c.tags().size());
        assertEquals(2, c.references().size());
        assertEquals(List.of("1.4(b)", "1.4(d)"), c.classifiedBy().orElseThrow().reasons());
        assertTrue(c.paragraphs().isEmpty());
        assertTrue(c.envelope().isEmpty());
    }

    @Test
    void wrapperTextBeforeAnEnvelopeStaysInTheLead() {
        Cable c = parse("Cable Text:",
                "VZCZC0001",
                "OO RUEHC",
                "DE RUEHAK #0071 0141230",
                "ZNY CCCCC ZZH",
                "O 141230Z JAN 09",
                "FM AMEMBASSY ANKARA",
                "TO SECSTATE WASHDC IMMEDIATE 8450",
                "",
                "C O N F I D E N T I A L ANKARA 000071",
                "",
                "SUBJECT: TURKEY",
                "",
                "1. (C) Text.").cable();
        assertTrue(c.envelope().isPresent());
        assertEquals(Optional.of("AMEMBASSY ANKARA"), c.from());
        assertEquals(1, c.to().size());
        assertEquals(1, c.paragraphs().size());
    }

    @Test
    void textBeforeAHeaderKeywordIsNoBody() {
        // text lines that lead to a header line are the header's (passing lines and the like)
        Cable c = parse("STATE FOR EUR/CE",
                "SUBJECT: THE TALKS GO ON",
                "",
                "1. Text of the paragraph.").cable();
        assertEquals("THE TALKS GO ON", c.subject().orElseThrow().text());
        assertEquals(1, c.paragraphs().size());
        assertFalse(c.paragraphs().get(0).text().contains("STATE FOR"));
    }
}

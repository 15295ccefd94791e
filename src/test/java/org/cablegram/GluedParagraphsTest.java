package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;

import org.cablegram.model.Cable;
import org.cablegram.model.Paragraph;
import org.junit.jupiter.api.Test;

/** Numbered paragraphs run into a header element (lost newlines) are read as the body. */
class GluedParagraphsTest {

    private static final CableParser PARSER = CableParser.create();

    private static ParseResult parse(String... lines) {
        return PARSER.parse(String.join("\n", lines) + "\n");
    }

    @Test
    void paragraphsRunIntoClassifiedBy() {
        ParseResult r = parse("C O N F I D E N T I A L TRIPOLI 000430",
                "",
                "SIPDIS",
                "",
                "E.O. 12958: DECL: 6/2/2018",
                "TAGS: PGOV PTER LY",
                "SUBJECT: DIE HARD IN DERNA",
                "",
                "CLASSIFIED BY: Chris Stevens, CDA, Dept of State. REASON: 1.4 (b), (d) 1. (C) Summary: Frustration"
                        + " has played a role. End summary. 2. (C) P/E Chief paid a visit on May 18. 3. (C) Comment: none.",
                "",
                "STEVENS");
        Cable c = r.cable();
        assertEquals("Chris Stevens, CDA, Dept of State. REASON: 1.4 (b), (d)", c.classifiedBy().orElseThrow().text());
        assertEquals(List.of("1.4(b)", "1.4(d)"), c.classifiedBy().orElseThrow().reasons());
        List<Paragraph> ps = c.paragraphs();
        assertEquals(3, ps.size());
        assertEquals(OptionalInt.of(1), ps.get(0).number());
        assertEquals("C", ps.get(0).marking().orElseThrow());
        assertTrue(ps.get(1).text().startsWith("P/E Chief paid a visit on May 18."));
        assertEquals(OptionalInt.of(3), ps.get(2).number());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.COLLAPSED_LINE));
        // the canonical form reads back the same
        Cable again = PARSER.parse(CableWriter.canonical().write(c)).cable();
        assertEquals(c.classifiedBy(), again.classifiedBy());
        assertEquals(c.paragraphs(), again.paragraphs());
    }

    @Test
    void reasonsAloneStayInClassifiedBy() {
        Cable c = parse("CONFIDENTIAL LONDON 001577",
                "",
                "SUBJECT: COUNTER-TERRORISM BILL",
                "",
                "Classified By: Political Counselor Maura Connelly for reasons 1. 4 (b,d)",
                "",
                "1. (C) Summary. Home Secretary Jacqui Smith spoke.").cable();
        assertEquals("Political Counselor Maura Connelly for reasons 1. 4 (b,d)", c.classifiedBy().orElseThrow().text());
        assertEquals(1, c.paragraphs().size());
    }

    @Test
    void paragraphRunIntoTheSubject() {
        Cable c = parse("UNCLAS BRASILIA 001006",
                "",
                "SUBJECT: Update on Legal Case Ref: Brasilia 600 and previous 1. (SBU) Summary: In a surprise move,"
                        + " the prosecutor acted. End Summary.",
                "",
                "2. (U) The prosecutor spoke.").cable();
        // "Ref:" with a capital opens the REF element run into the subject
        assertEquals("Update on Legal Case", c.subject().orElseThrow().text());
        assertEquals("Brasilia 600 and previous", c.references().get(0).text());
        assertEquals(2, c.paragraphs().size());
        assertEquals("SBU", c.paragraphs().get(0).marking().orElseThrow());
    }

    @Test
    void startOfMessageRunIntoTheClassificationLine() {
        ParseResult r = parse("VZCZCXRO2956",
                "PP RUEHBZ RUEHDU",
                "DE RUEHTRO #0417 1461454",
                "ZNY SSSSS ZZH",
                "P 261454Z MAY 09",
                "FM AMEMBASSY TRIPOLI",
                "TO RUEHC/SECSTATE WASHDC PRIORITY 4853",
                "INFO RUEHTRO/AMEMBASSY TRIPOLI 5383",
                "",
                "SECRET\t\tVZCZCXRO2956\\",
                "PP RUEHBZ RUEHDU\\",
                "DE RUEHTRO #0417 1461454\\",
                "ZNY SSSSS ZZH\\",
                "P 261454Z MAY 09\\",
                "FM AMEMBASSY TRIPOLI\\",
                "TO RUEHC/SECSTATE WASHDC PRIORITY 4853\\",
                "INFO RUEHTRO/AMEMBASSY TRIPOLI 5383\tS E C R E T TRIPOLI 000417 \\",
                " \\",
                "SIPDIS \\",
                "E.O. 12958: DECL: 5/25/2019",
                "TAGS: PREL LY",
                "SUBJECT: AL-QADHAFI ON AFRICOM",
                "",
                "1. (S) Summary. Text.");
        Cable c = r.cable();
        assertEquals("TRIPOLI", c.classification().orElseThrow().origin().orElseThrow());
        assertEquals("09TRIPOLI417", c.referenceId().orElseThrow().id());
        assertEquals(List.of(), c.passing());
        assertEquals(8, c.unrecognized().size());
        assertTrue(c.unrecognized().get(0).text().startsWith("VZCZCXRO2956"));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.REPEATED_HEADER));
        // the canonical form reads back the same header
        Cable again = PARSER.parse(CableWriter.canonical().write(c)).cable();
        assertEquals(c.classification(), again.classification());
        assertEquals(c.passing(), again.passing());
        assertEquals(c.envelope(), again.envelope());
        assertEquals(c.referenceId(), again.referenceId());
        // lossless writing still gives the input
        assertTrue(CableWriter.lossless(r).startsWith("VZCZCXRO2956\nPP RUEHBZ RUEHDU\n"));
        assertTrue(CableWriter.lossless(r).contains("\nINFO RUEHTRO/AMEMBASSY TRIPOLI 5383\tS E C R E T TRIPOLI 000417 \\\n"));
    }

    @Test
    void unnumberedBodyAfterTheReasons() {
        ParseResult r = parse("CONFIDENTIAL MANAMA 000473",
                "",
                "SIPDIS",
                "",
                "E.O. 12958: DECL: 07/17/2018",
                "TAGS: PREL IR BA",
                "SUBJECT: BAHRAIN: DEMARCHE DELIVERED",
                "",
                "REF: STATE 75440",
                "",
                "Classified By: CDA Christopher Henzel for reasons 1.4 (b) and (d). (C) A/DCM delivered reftel points"
                        + " to the MFA on July 17. The MFA said that the Minister will attend.",
                "",
                "HENZEL");
        Cable c = r.cable();
        assertEquals("CDA Christopher Henzel for reasons 1.4 (b) and (d).", c.classifiedBy().orElseThrow().text());
        assertEquals(List.of("1.4(b)", "1.4(d)"), c.classifiedBy().orElseThrow().reasons());
        assertEquals(1, c.paragraphs().size());
        assertEquals(OptionalInt.empty(), c.paragraphs().get(0).number());
        assertEquals("C", c.paragraphs().get(0).marking().orElseThrow());
        assertTrue(c.paragraphs().get(0).text().startsWith("A/DCM delivered reftel points"));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.COLLAPSED_LINE));
        Cable again = PARSER.parse(CableWriter.canonical().write(c)).cable();
        assertEquals(c.classifiedBy(), again.classifiedBy());
        assertEquals(c.paragraphs(), again.paragraphs());
    }

    @Test
    void reasonLettersStayInClassifiedBy() {
        Cable c = parse("CONFIDENTIAL BOGOTA 003035",
                "",
                "SUBJECT: URIBE ON SECURITY",
                "",
                "CLASSIFIED BY: William R. Brownfield, Ambassador; REASON: 1.4(B),",
                "(C), (D)",
                "",
                "1. (C) Summary. President Uribe spoke.").cable();
        assertEquals(List.of("1.4(b)", "1.4(c)", "1.4(d)"), c.classifiedBy().orElseThrow().reasons());
        assertEquals(1, c.paragraphs().size());
    }

    @Test
    void dashedSummaryAfterTheReasons() {
        Cable c = parse("CONFIDENTIAL BUENOS AIRES 000118",
                "",
                "SUBJECT: A/S SHANNON VISIT",
                "",
                "Classified By: Ambassador Lino Gutierrez for reasons 1.4 (B) and (D) ------- Summary -------",
                "",
                "1. (C) WHA Assistant Secretary Tom Shannon met the President.").cable();
        assertEquals("Ambassador Lino Gutierrez for reasons 1.4 (B) and (D)", c.classifiedBy().orElseThrow().text());
        assertEquals(1, c.paragraphs().size());
    }

    @Test
    void handlingCaptionRunIntoTheSubject() {
        Cable c = parse("UNCLAS CAIRO 001456",
                "",
                "SENSITIVE",
                "SIPDIS",
                "",
                "E.O. 12958: N/A",
                "TAGS: TBIO KFLU EG",
                "SUBJECT: GARBAGE CITY: AFTERMATH OF THE GOE PIG CULLING PLAN Sensitive but Unclassified. Please"
                        + " handle accordingly.",
                "",
                "1. (SBU) Summary: The pigs are gone.").cable();
        assertEquals("GARBAGE CITY: AFTERMATH OF THE GOE PIG CULLING PLAN", c.subject().orElseThrow().text());
        assertTrue(c.classification().orElseThrow().captions().stream().anyMatch(x -> x.startsWith("SENSITIVE BUT")));
        Cable again = PARSER.parse(CableWriter.canonical().write(c)).cable();
        assertEquals(c.subject(), again.subject());
        assertEquals(c.classification(), again.classification());
    }
}

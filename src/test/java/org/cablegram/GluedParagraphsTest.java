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
        assertEquals("Update on Legal Case Ref: Brasilia 600 and previous", c.subject().orElseThrow().text());
        assertEquals(2, c.paragraphs().size());
        assertEquals("SBU", c.paragraphs().get(0).marking().orElseThrow());
    }
}

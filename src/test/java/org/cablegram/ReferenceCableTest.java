package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.cablegram.model.Addressee;
import org.cablegram.model.BreakKind;
import org.cablegram.model.Cable;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.Envelope;
import org.cablegram.model.Paragraph;
import org.cablegram.model.Precedence;
import org.cablegram.model.SectionCount;
import org.cablegram.model.Tag;
import org.cablegram.model.TagKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The acceptance values of the reference cable 08ASTANA2256 (issue: core grammar and model). */
class ReferenceCableTest {

    static ParseResult result;
    static Cable cable;

    @BeforeAll
    static void parse() {
        result = CableParser.create().parse(Path.of("src/test/resources/seed/08ASTANA2256.txt"));
        cable = result.cable();
    }

    @Test
    void noErrorsAndReferenceId() {
        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        assertEquals("08ASTANA2256", cable.referenceId().orElseThrow().id());
        assertEquals(2008, cable.referenceId().get().year());
        assertEquals("ASTANA", cable.referenceId().get().origin());
        assertEquals("2256", cable.referenceId().get().serial());
    }

    @Test
    void envelope() {
        Envelope e = cable.envelope().orElseThrow();
        assertEquals(Optional.of("XRO"), e.channel());
        assertEquals(Optional.of("1063"), e.sequence());
        assertEquals(Optional.of(Precedence.IMMEDIATE), e.transmissionPrecedence());
        assertEquals(21, e.routingIndicators().size());
        assertEquals("RUEHAG", e.routingIndicators().get(0));
        assertEquals("RUEHYG", e.routingIndicators().get(20));
        assertEquals(Optional.of("RUEHTA"), e.originatingStation());
        assertEquals(Optional.of("2256"), e.stationSerial());
        assertEquals(1, Integer.parseInt(e.transmissionSection().orElseThrow()));
        assertEquals(OptionalInt.of(319), e.filingDayOfYear());
        assertEquals(Optional.of(LocalTime.of(10, 42)), e.filingTime());
        assertEquals(Optional.of("ZNR"), e.securityProsign());
        assertEquals(Optional.of(ClassificationLevel.UNCLASSIFIED), e.securityLevel());
        assertEquals(List.of("ZZH"), e.operatingSignals());
    }

    @Test
    void dateTimeGroupAndAddresses() {
        assertEquals(Optional.of(Precedence.IMMEDIATE), cable.dateTimeGroup().orElseThrow().precedence());
        assertEquals(Optional.empty(), cable.dateTimeGroup().get().infoPrecedence());
        assertEquals(Instant.parse("2008-11-14T10:42:00Z"), cable.dateTimeGroup().get().instant().orElseThrow());
        assertEquals(Optional.of("AMEMBASSY ASTANA"), cable.from());
        assertEquals(List.of(new Addressee(Optional.of("RUEHC"), "SECSTATE WASHDC", Optional.of(Precedence.IMMEDIATE),
                Optional.of("3836"), List.of())), cable.to());
        assertEquals(16, cable.info().size());
        assertEquals(new Addressee(Optional.of("RUCNCIS"), "CIS COLLECTIVE", Optional.empty(), Optional.of("0807"),
                List.of()), cable.info().get(0));
        assertEquals("JOINT STAFF WASHDC", cable.info().get(13).name());
        assertEquals(Optional.of("RUEKJCS"), cable.info().get(13).routingIndicator());
        assertEquals("CDR USCENCOM MACDILL AFB FL", cable.info().get(14).name());
    }

    @Test
    void textHeader() {
        var c = cable.classification().orElseThrow();
        assertEquals(ClassificationLevel.UNCLASSIFIED, c.level());
        assertEquals(Optional.of(new SectionCount(1, 2)), c.section());
        assertEquals(Optional.of("ASTANA"), c.origin());
        assertEquals(Optional.of("002256"), c.serial());
        assertEquals(List.of("SENSITIVE", "SIPDIS"), c.captions());
        assertEquals(List.of("STATE FOR SCA/CEN, DRL"), cable.passing());
        var eo = cable.executiveOrder().orElseThrow();
        assertEquals(Optional.of("12958"), eo.order());
        assertTrue(eo.notApplicable());
        assertEquals(Optional.empty(), eo.declassifyOn());
        assertEquals(List.of(new Tag("PGOV", TagKind.SUBJECT), new Tag("PHUM", TagKind.SUBJECT),
                new Tag("KDEM", TagKind.PROGRAM), new Tag("OSCE", TagKind.ORGANIZATION), new Tag("KZ", TagKind.COUNTRY)),
                cable.tags());
        assertEquals("KAZAKHSTAN: LEGISLATION IMPLEMENTING MADRID COMMITMENTS LEGISLATION APPROVED BY CABINET",
                cable.subject().orElseThrow().text());
        assertTrue(cable.references().isEmpty());
        assertTrue(cable.classifiedBy().isEmpty());
    }

    @Test
    void body() {
        assertEquals(2, cable.breaks().size());
        assertEquals(BreakKind.SECTION, cable.breaks().get(0).kind());
        assertEquals(1, cable.breaks().get(0).number());
        assertEquals(OptionalInt.of(2), cable.breaks().get(0).total());
        assertEquals(2, cable.breaks().get(1).number());
        assertEquals(OptionalInt.of(2), cable.breaks().get(1).total());
        List<Paragraph> ps = cable.paragraphs();
        assertEquals(8, ps.size());
        List<String> marks = List.of("U", "SBU", "U", "SBU", "SBU", "SBU", "SBU", "SBU");
        for (int i = 0; i < 8; i++) {
            assertEquals(OptionalInt.of(i + 1), ps.get(i).number());
            assertEquals(Optional.of(marks.get(i)), ps.get(i).marking());
        }
        assertTrue(ps.get(4).text().contains("establish a time limit for the government"));
        assertTrue(ps.get(2).text().contains("also provided to the OSCE"));
        assertEquals(5, cable.headings().size());
        assertEquals("CABINET APPROVES LEGISLATIVE PACKAGES", cable.headings().get(0));
        assertTrue(cable.summary().orElseThrow().startsWith("The Cabinet approved draft legislative packages"));
        assertEquals(2, cable.comments().size());
        assertEquals(List.of("HOAGLAND"), cable.signers());
        assertTrue(cable.trailer().isEmpty());
        assertTrue(cable.unrecognized().isEmpty());
        // the section break falls inside paragraph 5, just before "limit for the government"
        var b = cable.breaks().get(1);
        assertEquals(4, b.paragraph());
        assertTrue(ps.get(4).text().substring(b.offset()).strip().startsWith("limit for the government"));
    }

    @Test
    void normalisationsAreReported() {
        long mangled = result.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.PILCROW_MANGLED).count();
        long rejoined = result.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.PARAGRAPH_REJOINED).count();
        assertEquals(5, mangled);
        assertEquals(3, rejoined);
        assertTrue(result.diagnostics().stream().allMatch(d -> d.severity() == Severity.INFO));
    }

    @Test
    void spansPointAtTheSource() {
        Paragraph p4 = cable.paragraphs().get(3);
        assertEquals(58, result.spanOf(p4).orElseThrow().endLine());
        assertEquals(56, result.spanOf(p4).get().startLine(), "heading line belongs to the paragraph");
        assertEquals(12, result.spanOf(cable.to().get(0)).orElseThrow().startLine());
        assertEquals(41, result.spanOf(cable.subject().get()).orElseThrow().startLine());
        assertEquals(42, result.spanOf(cable.subject().get()).get().endLine());
        assertTrue(result.rawOf(cable.subject().get()).orElseThrow().startsWith("SUBJECT: KAZAKHSTAN"));
        // equal records at different places keep their own spans
        assertEquals(Optional.empty(), result.spanOf(new Tag("PGOV", TagKind.SUBJECT)));
    }

    @Test
    void rawTextOfEachParagraphIsItsSourceLines() throws java.io.IOException {
        java.util.List<String> source = java.nio.file.Files.readAllLines(
                Path.of("src/test/resources/seed/08ASTANA2256.txt"));
        for (Paragraph p : cable.paragraphs()) {
            var span = result.spanOf(p).orElseThrow();
            String raw = result.rawOf(p).orElseThrow();
            // the lines read into the paragraph: from the first line of its span to the last (a
            // section line between two of them belongs to the section break, not to the paragraph)
            List<String> lines = raw.lines().toList();
            assertTrue(lines.size() >= 1 && lines.size() <= span.endLine() - span.startLine() + 1, p.text());
            assertEquals(source.get(span.startLine() - 1), lines.get(0), p.text());
            assertEquals(source.get(span.endLine() - 1), lines.get(lines.size() - 1), p.text());
        }
    }
}

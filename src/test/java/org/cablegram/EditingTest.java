package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.cablegram.model.Cable;
import org.cablegram.model.Paragraph;
import org.cablegram.model.Reference;
import org.cablegram.model.ReferenceKind;
import org.cablegram.model.Subject;
import org.cablegram.model.Tag;
import org.cablegram.model.TagKind;
import org.junit.jupiter.api.Test;

/** The editing API and the lossless writer on small telegrams of the shapes that need care. */
class EditingTest {

    private static final CableParser PARSER = CableParser.create();

    private static final String COLLAPSED = """
            UNCLAS BRASILIA 003122

            E.O. 12958: N/A
            TAGS: ETRD BR
            SUBJECT: NEW DECREE ON COMPULSORY LICENSING REF: SAO PAULO 1467

            1. (U) The decree was published on September 5.

            CHICOLA
            """;

    @Test
    void theBuilderChangesOnePartAndKeepsTheOthers() throws IOException {
        Cable c = PARSER.parse(WriterTest.SEED).cable();
        Subject s = new Subject("NEW", Optional.of("U"));
        Cable changed = c.toBuilder().subject(s).build();
        assertEquals(Optional.of(s), changed.subject());
        assertEquals(c, changed.toBuilder().subject(c.subject()).build());
        assertEquals(Optional.empty(), changed.toBuilder().subject(Optional.empty()).build().subject());
        assertEquals(Cable.empty(), Cable.builder().build());
    }

    @Test
    void removingAPartWhoseRepeatWouldBeReadInItsPlaceIsRefused() {
        // the second SUBJECT line is kept as unrecognized only because the first came before it
        ParseResult r = PARSER.parse("UNCLAS BRASILIA 003122\n\nSUBJECT: FIRST\nSUBJECT: SECOND\n\n1. (U) Text.\n");
        assertEquals("FIRST", r.cable().subject().orElseThrow().text());
        assertTrue(r.cable().unrecognized().stream().anyMatch(u -> u.text().equals("SUBJECT: SECOND")));
        Cable changed = r.cable().toBuilder().subject(Optional.empty()).build();
        LosslessWriteException x = assertThrows(LosslessWriteException.class, () -> CableWriter.lossless(r, changed));
        assertTrue(x.problems().get(0).toLowerCase(java.util.Locale.ROOT).contains("subject"), x.problems().toString());
    }

    @Test
    void factoriesGiveWhatTheParserGives() {
        assertEquals(new Tag("PGOV", TagKind.SUBJECT), Tag.of("PGOV"));
        assertEquals(new Tag("PGOV", TagKind.SUBJECT), Tag.of("pgov"));
        assertEquals(TagKind.PERSON, Tag.of("OBAMA, BARACK").kind());
        assertThrows(IllegalArgumentException.class, () -> Tag.of("PGOV PREL"));
        assertThrows(IllegalArgumentException.class, () -> Tag.of("PGOV\nPREL"));
        Reference a = Reference.of("A. STATE 12345");
        assertEquals(Optional.of("A"), a.letter());
        assertEquals(ReferenceKind.CABLE, a.kind());
        assertEquals(Optional.empty(), a.cableId());
        Cable seed = PARSER.parse(COLLAPSED.replace("UNCLAS", "R 011200Z JAN 08\n\nUNCLAS")).cable();
        assertEquals(Optional.of("08STATE12345"), Reference.of("STATE 12345", seed).cableId());
    }

    @Test
    void aChangedSubjectSplitsTheLineItSharesWithTheRef() {
        ParseResult r = PARSER.parse(COLLAPSED);
        Cable c = r.cable();
        assertEquals("SAO PAULO 1467", c.references().get(0).text());
        Cable changed = c.toBuilder().subject(new Subject("AN EDITED SUBJECT", Optional.empty())).build();
        String text = CableWriter.lossless(r, changed);
        Cable back = PARSER.parse(text).cable();
        assertEquals(changed.subject(), back.subject());
        assertEquals(c.references(), back.references());
        assertTrue(text.contains("REF: SAO PAULO 1467"), text);
        assertTrue(text.contains("1. (U) The decree was published on September 5.\n"), text);
    }

    @Test
    void addedPartsGoWhereTheLayoutPutsThem() {
        ParseResult r = PARSER.parse(COLLAPSED);
        Cable c = r.cable();
        List<String> passing = new ArrayList<>(List.of("DEPT FOR EB/TPP"));
        Cable changed = c.toBuilder().passing(passing).signers(List.of("CHICOLA", "SOBEL"))
                .tags(List.of(Tag.of("ETRD"), Tag.of("BR"), Tag.of("KIPR"))).build();
        String text = CableWriter.lossless(r, changed);
        Cable back = PARSER.parse(text).cable();
        assertEquals(passing, back.passing());
        assertEquals(List.of("CHICOLA", "SOBEL"), back.signers());
        assertEquals(changed.tags(), back.tags());
        assertTrue(text.indexOf("DEPT FOR EB/TPP") < text.indexOf("E.O. 12958"), text);
    }

    @Test
    void anEqualCopyIsNoChange() {
        ParseResult r = PARSER.parse(COLLAPSED);
        Cable copy = r.cable().toBuilder().subject(new Subject(r.cable().subject().get().text(), Optional.empty()))
                .build();
        assertEquals(CableWriter.lossless(r), CableWriter.lossless(r, copy));
    }

    @Test
    void aChangeTheTextCannotHoldIsReported() {
        ParseResult r = PARSER.parse(COLLAPSED);
        LosslessWriteException e = assertThrows(LosslessWriteException.class,
                () -> CableWriter.lossless(r, r.cable().toBuilder().summary("my own summary").build()));
        assertTrue(e.problems().get(0).startsWith("summary:"), e.problems().toString());
        assertEquals(CableWriter.lossless(r), e.text());
    }

    @Test
    void aSectionLineRemovedFromInsideASentenceTakesItsBlankLines() {
        ParseResult r = PARSER.parse("""
                UNCLAS SECTION 01 OF 02 STATE 012345

                E.O. 12958: N/A
                TAGS: ETRD BR
                SUBJECT: A SUBJECT

                1. (U) The decree was published on September 5 and the

                UNCLAS SECTION 02 OF 02 STATE 012345

                ministry said that it would apply at once.

                2. (U) A second paragraph.

                CHICOLA
                """);
        Cable c = r.cable();
        assertEquals(1, c.breaks().size(), c.breaks().toString());
        assertTrue(c.breaks().get(0).offset() > 0, c.breaks().toString());
        Cable changed = c.toBuilder().breaks(List.of()).build();
        String text = CableWriter.lossless(r, changed);
        assertEquals(changed.paragraphs(), PARSER.parse(text).cable().paragraphs());
        assertTrue(text.contains("September 5 and the\nministry said"), text);
    }

    @Test
    void aRemovedPieceLeavesABlankLineWhereTheTextAroundWouldReadOn() {
        ParseResult r = PARSER.parse("""
                C O N F I D E N T I A L MANAMA 000300

                E.O. 12958: DECL: 05/12/2019
                TAGS: PHUM PREL BA
                SUBJECT: BAHRAIN SEEKING HUMAN RIGHTS COUNCIL SEAT

                REF: STATE 46477  Classified By: Charge d'Affaires Christopher Henzel for reasons 1.4 (b) and (d).  (C)

                Poloff delivered reftel points to the MFA on May 8.

                HENZEL
                """);
        Cable c = r.cable();
        assertTrue(c.classifiedBy().isPresent());
        Cable changed = c.toBuilder().classifiedBy(Optional.empty()).build();
        String text = CableWriter.lossless(r, changed);
        Cable back = PARSER.parse(text).cable();
        assertEquals(changed.paragraphs(), back.paragraphs());
        assertEquals(changed.references(), back.references());
        assertTrue(text.contains("REF: STATE 46477\n\n(C)"), text);
    }

    @Test
    void aSubjectOnTheLineAfterItsKeywordKeepsThatLayout() {
        ParseResult r = PARSER.parse("""
                C O N F I D E N T I A L CAIRO 001997

                E.O. 12958: DECL: 10/20/2029
                TAGS: PREL PGOV EG
                SUBJECT:

                ACTIVISTS' ANGER OVER THE REPORT REF: CAIRO 1834 Classified By: Minister-Counselor Donald A. Blome for reasons 1.4 (b) and (d).
                1.KEY POINTS -- (C) Following the deferral, contacts expressed their disappointment.

                SCOBEY
                """);
        Cable c = r.cable();
        assertTrue(c.paragraphs().get(0).number().isEmpty(), c.paragraphs().toString());
        Cable changed = c.toBuilder().subject(new Subject("ACTIVISTS' ANGER OVER THE REPORT EDITED", Optional.empty()))
                .build();
        String text = CableWriter.lossless(r, changed);
        Cable back = PARSER.parse(text).cable();
        assertEquals(changed.subject(), back.subject());
        assertEquals(changed.paragraphs(), back.paragraphs());
        assertTrue(text.contains("SUBJECT:\n\nACTIVISTS' ANGER OVER THE REPORT EDITED REF: CAIRO 1834"), text);
    }

    @Test
    void aParagraphAddedBeforeASignatureRunIntoTheLastLineTakesItAlong() {
        ParseResult r = PARSER.parse("""
                UNCLAS MOSCOW 003335

                E.O. 12958: N/A
                TAGS: PGOV RS
                SUBJECT: A SUBJECT

                1. (U) The process is only beginning and will not get better. BURNS\t2006-03-31""");
        Cable c = r.cable();
        assertEquals(List.of("BURNS"), c.signers());
        List<Paragraph> ps = new ArrayList<>(c.paragraphs());
        ps.add(new Paragraph(OptionalInt.of(2), Optional.of("U"), Optional.empty(), "An added paragraph."));
        Cable changed = c.toBuilder().paragraphs(ps).build();
        String text = CableWriter.lossless(r, changed);
        Cable back = PARSER.parse(text).cable();
        assertEquals(changed.paragraphs(), back.paragraphs());
        assertEquals(changed.signers(), back.signers());
        assertEquals(changed.trailer(), back.trailer());
        assertTrue(text.endsWith("better.\n\n2. (U) An added paragraph. BURNS\t2006-03-31"), text);
    }
}

package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cablegram.model.Cable;
import org.junit.jupiter.api.Test;

/**
 * Rules of the canonical layout for bodies that read back otherwise when laid out plainly
 * (docs/canonical-layout.md), each on a small telegram of the shape that needs it.
 */
class CanonicalLayoutTest {

    private static final CableParser PARSER = CableParser.create();

    /**
     * Parses the text, writes the cable canonically and checks that the text reads back as the
     * same cable and writes again the same.
     *
     * @return the canonical text's lines
     */
    private static List<String> roundTrip(String text) {
        Cable c = PARSER.parse(text).cable();
        String w = CableWriter.canonical().write(c);
        ParseResult back = PARSER.parse(w);
        assertEquals(WriterTest.semantic(c), WriterTest.semantic(back.cable()), w);
        assertTrue(back.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), w);
        assertEquals(w, CableWriter.canonical().write(back.cable()), "idempotent");
        return List.of(w.split("\n"));
    }

    @Test
    void aFramedHeadingIsNoParagraphStart() {
        String text = """
                UNCLAS TEL AVIV 002188

                SUBJECT: MEDIA REACTION

                1. Mideast: ------------ Block Quotes: -------------

                I. "First" The quote.

                --------- 2. Iran: --------- Block Quotes: -------------

                I. "Second" Another quote.
                """;
        assertEquals("2. Iran: --------- Block Quotes:", PARSER.parse(text).cable().paragraphs().get(1).heading()
                .orElseThrow());
        // "2. Iran: ... ---" would open paragraph 2
        assertTrue(roundTrip(text).contains("//2. Iran: --------- Block Quotes://"));
    }

    @Test
    void titlesInARowAreUnderlinedEach() {
        String text = """
                UNCLAS SAN JOSE 001248

                SUBJECT: INVESTMENT

                1. (U) Investment grew in 2006.

                2. (U) TABLE ONE

                INVESTMENT BY SECTOR
                --------------------
                (in millions of dollars)

                2001 2002
                ---- ----
                Industry 231.4 482.7
                Services 57.4 52.8 (estimates).

                3. (U) Investment fell in 2007.
                """;
        assertEquals(6, PARSER.parse(text).cable().paragraphs().size());
        List<String> lines = roundTrip(text);
        // plain after paragraph 2, the first title would be read as a block of it
        int i = lines.indexOf("INVESTMENT BY SECTOR");
        assertTrue(lines.get(i + 1).startsWith("---"), String.join("\n", lines));
        assertTrue(lines.get(lines.indexOf("(in millions of dollars)") + 1).startsWith("---"));
    }

    @Test
    void aTitleLikeBlockUnderAHeadingIsBroken() {
        String text = """
                UNCLAS SAN JOSE 001248

                SUBJECT: INVESTMENT

                1. (U) Investment grew in 2006.

                2001 2002
                ---------
                Industry 231.4 482.7
                Services 57.4 52.8

                2. (U) Investment fell in 2007.
                """;
        Cable c = PARSER.parse(text).cable();
        assertEquals("2001 2002", c.paragraphs().get(1).heading().orElseThrow());
        // on one line after the heading the block would head paragraph 2
        List<String> lines = roundTrip(text);
        assertEquals("231.4 482.7 Services 57.4 52.8", lines.get(lines.indexOf("Industry") + 1));
    }

    @Test
    void aOneWordBlockUnderAHeadingFollowsItsFramedLine() {
        String text = """
                SECRET THE HAGUE 000174

                SUBJECT: TEST

                1. (S) AFTER THE AUDIENCE WITH THE SHAH WAS
                FINISHED, I ASKED TO ST...

                08STATE15228

                SECRET THE HAGUE 000175

                1. (S) Polmiloff discussed the points.
                """;
        Cable c = PARSER.parse(text).cable();
        assertEquals("FINISHED, I ASKED TO ST", c.paragraphs().get(1).heading().orElseThrow());
        assertEquals("08STATE15228", c.paragraphs().get(1).text());
        // (the repeated classification line is no part of the model) after a blank line the
        // block would head the next paragraph; after a text line it heads nothing
        List<String> lines = roundTrip(text);
        assertEquals("08STATE15228", lines.get(lines.indexOf("FINISHED, I ASKED TO ST ---") + 1));
    }

    @Test
    void aBrokenTitleLikeBlockStartsWithALineOfText() {
        String text = """
                C O N F I D E N T I A L MOSCOW 002981

                SUBJECT: SMALL BUSINESSES

                1. (C) Su...

                C O N F I D E N T I A L MOSCOW 002981 SIPDIS E.O. 12958: DECL: 06/13/2017 TAGS: ECON RS

                1. (C) Summary. Corruption eases.
                """;
        Cable c = PARSER.parse(text).cable();
        assertTrue(c.paragraphs().get(0).text().endsWith("\n\nC O N F I D E N T I A L MOSCOW 002981 SIPDIS E.O."
                + " 12958: DECL: 06/13/2017 TAGS: ECON RS"));
        // broken after the class word, the block would lose it as a banner and head paragraph 1
        List<String> lines = roundTrip(text);
        assertTrue(lines.contains("C O N F I D E N T I A L MOSCOW"), String.join("\n", lines));
    }

    @Test
    void textThatWouldReadAsAClassifiedByLineStandsAfterTheSectionLine() {
        String text = """
                C O N F I D E N T I A L SECTION 01 OF 02 MANAMA 001010

                SUBJECT: MEETINGS

                Classified By: Ambassador Adam Ereli for reason 1.4 (b) (d)

                1. (C) The Crown Prince complained that U.S. allies in the MANAMA 00001010 002.2 OF 002 \
                Classified by: Ambassador Adam Ereli for reason 1.4 (b) (d) Arab world kept sticking their necks out.

                2. (C) The King agreed.
                """;
        assertTrue(PARSER.parse(text).cable().paragraphs().get(0).text().contains("in the Classified by: "));
        assertTrue(roundTrip(text).contains("MANAMA 00001010 002 OF 002 Classified by: Ambassador Adam Ereli for"
                + " reason 1.4 (b) (d) Arab world kept sticking their necks out."));
    }

    @Test
    void aCounterLikeBlockStandsAfterTheSectionLine() {
        String rule = "-".repeat(36);
        String text = """
                C O N F I D E N T I A L SECTION 01 OF 02 CAIRO 001571

                SUBJECT: PIRACY

                1. (C) Twenty countries take part. CAIRO 00001571 002 OF 002 %s Detention and Prosecution of Pirates %s

                2. (C) Countryman advocated prosecution.
                """.formatted(rule, rule);
        assertTrue(PARSER.parse(text).cable().paragraphs().get(0).text().endsWith("\n\n" + rule
                + " Detention and Prosecution of Pirates " + rule));
        // too long for a framed heading; on a line of its own: a counter line of a print header,
        // which the body passes over
        assertTrue(roundTrip(text).contains("CAIRO 00001571 002 OF 002 " + rule + " Detention and Prosecution of Pirates "
                + rule));
    }

    @Test
    void aClassifiedByRunInAfterTheSectionLineIsTheClassifiedByElement() {
        String text = """
                S E C R E T SECTION 01 OF 02 STOCKHOLM 000748

                SUBJECT: SCREENING
                REF: (A) STOCKHOLM 704 STOCKHOLM 00000748 001.2 OF 002 (U) Classified by ADCM Marc Koehler, Reasons: 1.4 (b) and (d).

                1. (S) SUMMARY: Meetings were held.
                """;
        Cable c = PARSER.parse(text).cable();
        // the portion marking and "Classified by" open the element run into the REF line
        assertEquals("SUMMARY: Meetings were held.", c.paragraphs().get(0).text());
        assertEquals(1, c.paragraphs().get(0).number().orElseThrow());
        assertEquals("Marc Koehler", c.classifiedBy().orElseThrow().name().orElseThrow());
        assertEquals("STOCKHOLM 704", c.references().get(0).text());
        // the canonical text reads back the same (roundTrip checks it)
        assertTrue(roundTrip(text).stream().anyMatch(l -> l.contains("Marc Koehler")));
    }
}

package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.cablegram.model.Addressee;
import org.cablegram.model.BreakKind;
import org.cablegram.model.Cable;
import org.cablegram.model.Precedence;
import org.junit.jupiter.api.Test;

/** Address blocks: XMT in both forms, page lines inside the block, office lines of received copies. */
class AddressBlockTest {

    static Cable parse(String s) {
        return CableParser.create().parse(s).cable();
    }

    @Test
    void exemptedAddresseesInBothForms() {
        Cable c = parse("""
                R 011200Z MAR 09
                FM SECSTATE WASHDC
                TO ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE ROUTINE
                XMT AMCONSUL JOHANNESBURG
                XMT/AMEMBASSY MASERU
                INFO RUEHXX/AMEMBASSY PARIS PRIORITY 0042

                UNCLAS STATE 012345
                """);
        assertEquals(1, c.to().size());
        assertEquals(List.of("AMCONSUL JOHANNESBURG", "AMEMBASSY MASERU"), c.to().get(0).exempted());
        assertEquals(new Addressee(Optional.of("RUEHXX"), "AMEMBASSY PARIS", Optional.of(Precedence.PRIORITY),
                Optional.of("0042"), List.of()), c.info().get(0));
        assertEquals("09STATE12345", c.referenceId().orElseThrow().id());
    }

    @Test
    void pageLineInsideTheAddressBlockKeepsItsKeyword() {
        Cable c = parse("""
                R 182333Z JAN 75
                FM SECSTATE WASHDC
                TO AMEMBASSY ROME
                INFO PAGE 02 STATE 015113 182333Z
                AMEMBASSY PARIS
                AMEMBASSY BONN

                LIMITED OFFICIAL USE STATE 015113
                """);
        assertEquals(List.of("AMEMBASSY ROME"), c.to().stream().map(Addressee::name).toList());
        assertEquals(List.of("AMEMBASSY PARIS", "AMEMBASSY BONN"), c.info().stream().map(Addressee::name).toList());
        assertEquals(BreakKind.PAGE, c.breaks().get(0).kind());
        assertEquals(2, c.breaks().get(0).number());
        assertEquals("1975STATE015113", c.referenceId().orElseThrow().naraDocumentNumber().orElseThrow());
    }

    @Test
    void officeLinesAreDistributionNotAddressees() {
        Cable c = parse("""
                LIMITED OFFICIAL USE

                PAGE 01  ATHENS 02959  171944Z

                ACTION EUR-25

                INFO  OCT-01  EA-11  ISO-00
                /096 W
                ---------------------     064536
                R 171600Z MAY 74
                FM AMEMBASSY ATHENS
                TO SECSTATE WASHDC 3410

                LIMITED OFFICIAL USE ATHENS 2959

                E.O. 11652: N/A
                TAGS: PINS, GR

                1. TEXT.
                TASCA
                NNN
                """);
        var d = c.distribution().orElseThrow();
        assertEquals("EUR", d.action().orElseThrow().office());
        assertEquals(3, d.info().size());
        assertEquals(Optional.of("096 W"), d.totalCopies());
        assertEquals(1, c.to().size());
        assertTrue(c.info().isEmpty());
        assertEquals(List.of("TASCA"), c.signers());
        assertEquals(List.of("NNN"), c.trailer().orElseThrow().lines());
        assertEquals(OptionalInt.of(1), c.paragraphs().get(0).number());
        assertEquals("1974ATHENS02959", c.referenceId().orElseThrow().naraDocumentNumber().orElseThrow());
    }

    @Test
    void knownIdIsCheckedNotTaken() {
        String text = "O 141042Z NOV 08\nFM AMEMBASSY ASTANA\n\nUNCLAS ASTANA 002256\n\n1. (U) Text.\n";
        ParseResult same = CableParser.create().parse(text, "08ASTANA2256");
        assertTrue(same.diagnostics().stream().noneMatch(d -> d.code() == DiagnosticCode.REFERENCE_ID_MISMATCH));
        ParseResult other = CableParser.create().parse(text, "08ASTANA9999");
        assertTrue(other.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.REFERENCE_ID_MISMATCH));
        assertEquals("08ASTANA2256", other.cable().referenceId().orElseThrow().id());
        ParseResult none = CableParser.create().parse("UNCLAS ASTANA 002256\n\n1. (U) Text.\n", "08ASTANA2256");
        assertTrue(none.cable().referenceId().isEmpty(), "no DTG, no year: the id is not guessed");
    }
}

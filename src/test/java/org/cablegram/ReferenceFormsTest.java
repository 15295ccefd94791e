package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * One line per REF form of issue 14 ("Why") and of TELEGRAM-FORMAT.md section 6.6, each read in
 * a whole cable of 2009 and checked through the JSON form: every item as
 * {@code letter:kind:ids} ({@code -} for no letter, ids apart by {@code +}). It uses only
 * {@code CableParser} and {@code JsonForm}, so that {@code src/test/oracle/refs-before.sh} can
 * run it against the commit before the issue.
 */
class ReferenceFormsTest {

    private static final String HEAD = """
            R 121530Z MAR 09
            FM AMEMBASSY LIMA
            TO SECSTATE WASHDC 4567
            BT
            C O N F I D E N T I A L LIMA 000123
            
            E.O. 12958: DECL: 03/12/2019
            TAGS: PREL, PE
            """;

    private static final String BODY = """
            
            Classified By: Ambassador P. Michael McKinley for reasons 1.4 (b) and (d).
            
            1. (C) The embassy met the minister.
            
            MCKINLEY
            """;

    static Stream<Arguments> forms() {
        return Stream.of(
                // issue 14, "Why"
                Arguments.of("(A)STATE 012345, (B)STATE 067890", "A:CABLE:09STATE12345 B:CABLE:09STATE67890"),
                Arguments.of("REF A: 08 LIMA 321", "A:CABLE:08LIMA321"),
                Arguments.of("A. REF A STATE 45678", "A:CABLE:09STATE45678"),
                Arguments.of("(1) 2006 SAO PAULO 987", "1:CABLE:06SAOPAULO987"),
                Arguments.of("LIMA 1201 AND 1187", "-:CABLE:09LIMA1201+09LIMA1187"),
                Arguments.of("HAGUE 123", "-:CABLE:09THEHAGUE123"),
                Arguments.of("MEXICO CITY 1010", "-:CABLE:09MEXICO1010"),
                Arguments.of("UNVIE 321", "-:CABLE:09UNVIEVIENNA321"),
                Arguments.of("BOG0TA 456", "-:CABLE:09BOGOTA456"),
                Arguments.of("IIR 6 902 9642 06", "-:REPORT:"),
                Arguments.of("LONDON DAILY - 30 APRIL 2009", "-:OTHER:"),
                Arguments.of("ATTACHMENT 1", "-:OTHER:"),
                Arguments.of("9 FAM 40.63", "-:DOCUMENT:"),
                Arguments.of("A. LETTER FROM THE MINISTER B. HTTP://TRAVEL.STATE.GOV/VISA", "A:LETTER: B:WEB:"),
                Arguments.of("A) 05 VATICAN 475 ET AL.; WARSAW 799 ET AL.", "A:CABLE:05VATICAN475+09WARSAW799"),
                Arguments.of("STATE 369; BOGOTA 3361", "-:CABLE:09STATE369+09BOGOTA3361"),
                Arguments.of("LIMA 2456", "-:CABLE:09LIMA2456"),
                // TELEGRAM-FORMAT.md 6.6: labels A. A) (A) ¶A., items ORIGIN N, YY ORIGIN N, YYYY ORIGIN N, (NOTAL), (EXDIS)
                Arguments.of("A. STATE 12345 B. 08 MOSCOW 3363 (NOTAL)", "A:CABLE:09STATE12345 B:CABLE:08MOSCOW3363"),
                Arguments.of("A) ATHENS 315; B) 2008 ATHENS 1349 (EXDIS)", "A:CABLE:09ATHENS315 B:CABLE:08ATHENS1349"),
                Arguments.of("(A) BUENOS AIRES 1234 (B) EMAIL FROM POLOFF 3/4/09", "A:CABLE:09BUENOSAIRES1234 B:EMAIL:"),
                Arguments.of("A. MOSCOW 1450\n     ¶B. TELCON POLOFF/DESK 3/4", "A:CABLE:09MOSCOW1450 B:TELCON:"),
                Arguments.of("REF TAIPEI 5262", "-:CABLE:09TAIPEI5262"),
                Arguments.of("REFTEL: SECSTATE 4567", "-:CABLE:09STATE4567"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void form(String ref, String expected) {
        String line = ref.startsWith("REF") ? ref : "REF: " + ref;
        String text = HEAD + "SUBJECT: TALKS WITH THE MINISTER\n" + line + "\n" + BODY;
        assertEquals(expected, items(CableParser.create().parse(text)));
    }

    /** REF glued after the subject on its line. */
    @Test
    void refAfterSubject() {
        String text = HEAD + "SUBJECT: TALKS WITH THE MINISTER REF: A. LIMA 1201 B. STATE 4567\n" + BODY;
        assertEquals("A:CABLE:09LIMA1201 B:CABLE:09STATE4567", items(CableParser.create().parse(text)));
    }

    /**
     * REF written as the first paragraph: read as the block when its head ends in a colon; a
     * sentence about a reference ("Ref B reported ...") is no block.
     */
    @Test
    void refInsideTheFirstParagraph() {
        String base = HEAD + "SUBJECT: TALKS WITH THE MINISTER\n\nClassified By: Ambassador P. Michael McKinley for reasons 1.4 (b) and (d).\n\n";
        String block = base + "1. (U) REF: A. LIMA 1201 B. 08 STATE 4567\n\n2. (C) The embassy met the minister.\n";
        ParseResult r = CableParser.create().parse(block);
        assertEquals("A:CABLE:09LIMA1201 B:CABLE:08STATE4567", items(r));
        // the paragraph stays where it was
        assertTrue(r.cable().paragraphs().get(0).text().startsWith("REF: A. LIMA 1201"), r.cable().paragraphs().get(0).text());
        String sentence = base + "1. (C) Ref B reported the minister's answer to LIMA 1201.\n";
        assertEquals("", items(CableParser.create().parse(sentence)));
    }

    /** A cable without a date-time group: the known id lends its year, and says so. */
    @Test
    void knownIdLendsItsYear() {
        String text = "C O N F I D E N T I A L LIMA 000123\n\nSUBJECT: TALKS\nREF: A. LIMA 1201 B. 07 STATE 4567\n" + BODY;
        ParseResult r = CableParser.create().parse(text, "08LIMA123");
        assertEquals("A:CABLE:08LIMA1201 B:CABLE:07STATE4567", items(r));
        assertTrue(codes(r).contains("REFERENCE_YEAR_FROM_ID"), codes(r).toString());
        // without the id the citation has no year, hence no id
        assertEquals("A:CABLE: B:CABLE:07STATE4567", items(CableParser.create().parse(text)));
        // the cable's own id comes from the text only: the id given does not make one
        Map<String, Object> json = JsonForm.of("x", r);
        assertEquals(null, json.get("referenceId"));
    }

    @SuppressWarnings("unchecked")
    static String items(ParseResult r) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) JsonForm.of("x", r).get("references")) {
            Map<String, Object> m = (Map<String, Object>) o;
            List<String> ids = new ArrayList<>();
            if (m.get("cableIds") instanceof List<?> several) {
                several.forEach(x -> ids.add(String.valueOf(x)));
            } else if (m.get("cableId") != null) {
                ids.add(String.valueOf(m.get("cableId")));
            }
            out.add((m.get("letter") == null ? "-" : m.get("letter")) + ":" + m.get("kind") + ":" + String.join("+", ids));
        }
        return String.join(" ", out);
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes(ParseResult r) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) JsonForm.of("x", r).get("diagnostics")) {
            out.add(String.valueOf(((Map<String, Object>) o).get("code")));
        }
        return out;
    }
}

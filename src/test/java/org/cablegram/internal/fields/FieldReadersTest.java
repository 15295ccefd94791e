package org.cablegram.internal.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cablegram.model.Addressee;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.Precedence;
import org.cablegram.model.Reference;
import org.cablegram.model.ReferenceKind;
import org.cablegram.model.SectionCount;
import org.cablegram.model.Tag;
import org.cablegram.model.TagKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The field readers on the variants the format reference lists. */
class FieldReadersTest {

    @Test
    void dateTimeGroups() {
        var d = Fields.dtg("O 141042Z NOV 08");
        assertEquals(Optional.of(Precedence.IMMEDIATE), d.precedence());
        assertEquals(Optional.of(Instant.parse("2008-11-14T10:42:00Z")), d.instant());
        var dual = Fields.dtg("O P 271459Z SEP 00 ZDK");
        assertEquals(Optional.of(Precedence.PRIORITY), dual.infoPrecedence());
        assertEquals(List.of("ZDK"), dual.signals());
        assertEquals(Optional.of(Instant.parse("1966-12-28T18:48:00Z")), Fields.dtg("P 281848Z DEC 66").instant());
        assertEquals(Optional.of(Instant.parse("2004-01-20T12:47:00Z")), Fields.dtg("201247Z Jan 04").instant());
        assertEquals(Optional.of("AMEMBASSY X"), Fields.dtg("R 271649Z OCT 09FM AMEMBASSY X").gluedFrom());
        assertEquals(Optional.empty(), Fields.dtg("R 311200Z FEB 09").instant(), "no 31 February");
        assertEquals(Optional.of(Precedence.NIACT_IMMEDIATE), Fields.dtg("NIACT IMMEDIATE 011200Z MAR 09").precedence());
    }

    @Test
    void deLine() {
        var de = Fields.de("DE RUEHTA #2256/01 3191042");
        assertEquals("RUEHTA", de.station());
        assertEquals(Optional.of("2256"), de.serial());
        assertEquals(Optional.of("01"), de.section());
        assertEquals(Optional.of(319), de.day());
        assertTrue(de.wellFormed());
        var glued = Fields.de("DE RUEHBU #0062/01 0161747ZNR UUUUU ZZH");
        assertEquals("ZNR UUUUU ZZH", glued.leftover());
        var acp = Fields.de("DE RUWSPH 174 1360920");
        assertEquals(Optional.of("174"), acp.serial());
    }

    @Test
    void securityLine() {
        var s = Fields.security("ZNY CCCCC ZZH");
        assertEquals(Optional.of(ClassificationLevel.CONFIDENTIAL), s.level());
        assertEquals(List.of("ZZH"), s.signals());
        assertEquals(Optional.of(ClassificationLevel.UNCLASSIFIED), Fields.security("ZNY EEEEE ZZH").level());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "RUEHC/SECSTATE WASHDC IMMEDIATE 3836|RUEHC|SECSTATE WASHDC|IMMEDIATE|3836",
        "RUCNCIS/CIS COLLECTIVE 0807|RUCNCIS|CIS COLLECTIVE||0807",
        "SECSTATE WASHDC IMMEDIATE 7212||SECSTATE WASHDC|IMMEDIATE|7212",
        "AMEMBASSY DHAKA 757||AMEMBASSY DHAKA||757",
        "RUEHXX/AMEMBASSY PARIS PRIORITY 2276-2279|RUEHXX|AMEMBASSY PARIS|PRIORITY|2276-2279",
        "ZEN/AMCONSUL LAGOS|ZEN|AMCONSUL LAGOS||",
        "RUEHC/SECSTATE WASHDC NIACT IMMEDIATE 0001|RUEHC|SECSTATE WASHDC|NIACT_IMMEDIATE|0001",
        "RUEHBUL/AMEMBASSY KABUL PRIORITY 0076\",\"C O N F|RUEHBUL|AMEMBASSY KABUL|PRIORITY|0076",
    })
    void addressees(String line, String ri, String name, String prec, String serial) {
        Addressee a = Fields.addressee(line).orElseThrow().addressee();
        assertEquals(Optional.ofNullable(ri), a.routingIndicator());
        assertEquals(name, a.name());
        assertEquals(Optional.ofNullable(prec).map(Precedence::valueOf), a.precedence());
        assertEquals(Optional.ofNullable(serial), a.serial());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "UNCLAS SECTION 01 OF 02 ASTANA 002256|UNCLASSIFIED|1|2|ASTANA|002256",
        "C O N F I D E N T I A L SECTION 01 OF 03 BUENOS AIRES 000123|CONFIDENTIAL|1|3|BUENOS AIRES|000123",
        "S E C R E T STATE 068250|SECRET|||STATE|068250",
        "SS E C R E T SECTION 02 of 04 ROME 001234|SECRET|2|4|ROME|001234",
        "LIMITED OFFICIAL USE ATHENS 2959|LIMITED_OFFICIAL_USE|||ATHENS|2959",
        "C o n f i d e n t i a l section 01 of 04 ankara 000348|CONFIDENTIAL|1|4|ANKARA|000348",
        "UNCLAS E F T O SECTION 01 OF 02 LONDON 002883|UNCLASSIFIED|1|2|LONDON|002883",
        "T O P  S E C R E T STATE 000001|TOP_SECRET|||STATE|000001",
        "CONFIDENTIAL//NOFORN SECTION 01 GF 02 BISHKEK 000021|CONFIDENTIAL|1|2|BISHKEK|000021",
        "UNCLASSIFIED//FOR OFFICIAL USE ONLY|UNCLASSIFIED||||",
        "O N F I D E N T I A L TRIPOLI 000011|CONFIDENTIAL|||TRIPOLI|000011",
    })
    void classificationLines(String line, String level, Integer n, Integer m, String origin, String serial) {
        var c = Fields.classLine(line).orElseThrow();
        assertEquals(level == null ? ClassificationLevel.UNCLASSIFIED : ClassificationLevel.valueOf(level), c.level());
        assertEquals(n == null ? Optional.empty() : Optional.of(new SectionCount(n, m)), c.section());
        assertEquals(Optional.ofNullable(origin), c.origin());
        assertEquals(Optional.ofNullable(serial), c.serial());
    }

    @Test
    void classificationDetails() {
        assertTrue(Fields.classLine("UNCLAS E F T O SECTION 01 OF 02 LONDON 002883").orElseThrow().efto());
        assertEquals(List.of("NOFORN"), Fields.classLine("CONFIDENTIAL//NOFORN ROME 000001").orElseThrow().caveats());
        assertEquals(List.of("FOR OFFICIAL USE ONLY"),
                Fields.classLine("UNCLASSIFIED//FOR OFFICIAL USE ONLY").orElseThrow().caveats());
        assertFalse(Fields.classLine("SECRETARY RICE SAID").isPresent());
    }

    @Test
    void captions() {
        assertEquals(List.of("NOFORN", "SIPDIS"), captionsOf("NOFORN SIPDIS"));
        assertEquals(List.of("SENSITIVE", "SIPDIS"), captionsOf("SENSITIVE, SIPDIS "));
        assertEquals(List.of("SIPDIS"), captionsOf("SIPDIS SIPDIS"));
        assertEquals(List.of("SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY"),
                captionsOf("SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY."));
        assertEquals(List.of("ROGER CHANNEL", "EXDIS"), captionsOf("ROGER CHANNEL EXDIS"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "E.O. 12958: DECL: 11/14/2018|12958|DECL: 11/14/2018|2018-11-14",
        "E.O. 12958: N/A|12958|N/A|",
        "EO 12958 DECL: 09/21/10|12958|DECL: 09/21/10|2010-09-21",
        "E.O.12958:N/A|12958|N/A|",
        "E.O. 12958: DECL: 2019/12/17|12958|DECL: 2019/12/17|2019-12-17",
        "e.o. 12958: decl: 1/1/2015|12958|decl: 1/1/2015|2015-01-01",
        "E.O. 12958: DECL: 1.6 X1|12958|DECL: 1.6 X1|",
        "\u00B6E. O. 11652: GDS|11652|GDS|",
        "E.O. 12065: GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P|12065|GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P|1985-08-12",
        "E.O. 12356: DECL: OADR|12356|DECL: OADR|",
        "E.O. 12958: DECL: 22 JUNE 2016|12958|DECL: 22 JUNE 2016|2016-06-22",
    })
    void executiveOrders(String line, String order, String text, String date) {
        var e = HeaderFields.eo(line);
        assertEquals(Optional.of(order), e.order().order());
        assertEquals(text, e.order().text());
        assertEquals(Optional.ofNullable(date).map(LocalDate::parse), e.order().declassifyOn());
    }

    @Test
    void eoWithGluedTags() {
        var e = HeaderFields.eo("E.O. 12958: DECL: 1/1/2010 TAGS: PREL, PGOV");
        assertEquals("DECL: 1/1/2010", e.order().text());
        assertEquals(Optional.of("PREL, PGOV"), e.gluedTags());
    }

    @Test
    void tags() {
        assertEquals(List.of(new Tag("PGOV", TagKind.SUBJECT), new Tag("PHUM", TagKind.SUBJECT),
                new Tag("KDEM", TagKind.PROGRAM), new Tag("OSCE", TagKind.ORGANIZATION), new Tag("KZ", TagKind.COUNTRY)),
                Tags.read("[PGOV](#) [PHUM](#) [KDEM](#) [OSCE](#) [KZ](#)").tags());
        assertEquals(List.of(new Tag("MTCRE", TagKind.ORGANIZATION), new Tag("PARM", TagKind.SUBJECT)),
                Tags.read("mtcre, parm").tags());
        assertEquals(List.of(new Tag("OVIP (CLINTON, HILLARY)", TagKind.PERSON), new Tag("PREL", TagKind.SUBJECT)),
                Tags.read("OVIP (CLINTON, HILLARY), PREL").tags());
        assertEquals(List.of(new Tag("OVIP (CLINTON, HILLARY)", TagKind.PERSON), new Tag("PREL", TagKind.SUBJECT)),
                Tags.read("[OVIP](#) [CLINTON](#) [HILLARY](#) [PREL](#)").tags());
        assertEquals(List.of(new Tag("PREL", TagKind.SUBJECT), new Tag("OBAMA, BARACK", TagKind.PERSON)),
                Tags.read("PREL, OBAMA, BARACK").tags());
        assertEquals(List.of(new Tag("ECON", TagKind.SUBJECT), new Tag("EFIN", TagKind.SUBJECT)),
                Tags.read("ECONEFIN").tags());
        assertEquals(List.of(new Tag("VT", TagKind.COUNTRY), new Tag("PREL", TagKind.SUBJECT)), Tags.read("VTPREL").tags());
        assertEquals(List.of(new Tag("PGOV", TagKind.SUBJECT)), Tags.read("PGOV, PGOV").tags());
        assertEquals(TagKind.UNKNOWN, Tags.kindOf("POGOVX"));
    }

    @Test
    void subjects() {
        var s = HeaderFields.subject(List.of("SUBJECT: (C) KAZAKHSTAN: LEGISLATION  ", "APPROVED BY CABINET")).subject();
        assertEquals("KAZAKHSTAN: LEGISLATION APPROVED BY CABINET", s.text());
        assertEquals(Optional.of("C"), s.marking());
        assertEquals(Optional.of("S/NF"), HeaderFields.subject(List.of("SUBJ: TALKS (S/NF)")).subject().marking());
        assertEquals("(CORRECTED COPY) TALKS", HeaderFields.subject(List.of("SUBJECT: (CORRECTED COPY) TALKS")).subject().text());
    }

    /** The references of a REF block holding the text after its keyword. */
    private static List<Reference> refs(String afterKeyword, int citingYear) {
        return HeaderFields.references(List.of("REF: " + afterKeyword), citingYear, null).items().stream()
                .map(HeaderFields.RefItem::reference).toList();
    }

    @Test
    void references() {
        List<Reference> r = refs("A. STATE 12345 B. 06 TBILISI 0619 (NOTAL) C. SECSTATE 4567", 2008);
        assertEquals(3, r.size());
        assertEquals(Optional.of("08STATE12345"), r.get(0).cableId());
        assertEquals(Optional.of("06TBILISI619"), r.get(1).cableId());
        assertEquals(Optional.of("08STATE4567"), r.get(2).cableId());
        assertEquals(Optional.of("B"), r.get(1).letter());
        List<Reference> mixed = refs("(A) BUENOS AIRES 1234 (B) EMAIL FROM JOHN E. SMITH 3/4/08", 2008);
        assertEquals(Optional.of("08BUENOSAIRES1234"), mixed.get(0).cableId());
        assertEquals(ReferenceKind.EMAIL, mixed.get(1).kind());
        assertEquals(2, mixed.size(), "the initial E. is no letter");
        List<Reference> single = refs("STATE -097844", 1974);
        assertEquals(Optional.of("74STATE97844"), single.get(0).cableId());
        assertEquals(ReferenceKind.TELCON, refs("TELCON POLOFF/DESK 3/4", 2008).get(0).kind());
        assertEquals(ReferenceKind.OTHER, refs("MARCH 12 REPORTING", 2008).get(0).kind() == ReferenceKind.CABLE
                ? ReferenceKind.CABLE : ReferenceKind.OTHER);
        assertEquals(Optional.of("2008 STATE 12345").map(x -> "08STATE12345"),
                refs("A) 2008 STATE 12345", 2009).get(0).cableId());
    }

    @Test
    void classifiedBy() {
        var c = HeaderFields.classifiedBy(
                "Classified By: Acting Deputy Chief of Mission Marc Wall for reasons 1.4 (b) and (d)");
        assertEquals(Optional.of("Marc Wall"), c.name());
        assertEquals(Optional.of("Acting Deputy Chief of Mission"), c.title());
        assertEquals(List.of("1.4(b)", "1.4(d)"), c.reasons());
        var caps = HeaderFields.classifiedBy("CLASSIFIED BY DCM EARL IRVING. REASONS: 1.5 (B) AND (D).");
        assertEquals(Optional.of("EARL IRVING"), caps.name());
        assertEquals(List.of("1.5(b)", "1.5(d)"), caps.reasons());
        var comma = HeaderFields.classifiedBy("Classified By: Marc Wall, Acting DCM, Reason 1.4(B), (D)");
        assertEquals(Optional.of("Marc Wall"), comma.name());
        assertEquals(List.of("1.4(b)", "1.4(d)"), comma.reasons());
        assertEquals(List.of("1.4(b)", "1.4(d)"), HeaderFields.classifiedBy("Classified by: Amb X Y, 1.4 (B,D)").reasons());
        assertEquals(List.of("1.4(b)", "1.4(d)"), HeaderFields.classifiedBy("Classified By: Amb X Y, reasons 1.4 b and d").reasons());
    }

    @Test
    void paragraphStarts() {
        var p = Fields.paragraph("\u00B61. (U) Sensitive but unclassified.").orElseThrow();
        assertEquals("1", p.digits());
        assertEquals(Optional.of("U"), p.marking());
        assertEquals("Sensitive but unclassified.", p.text());
        assertEquals(Optional.of("S//NF"), Fields.paragraph("2. (S//NF) Text").orElseThrow().marking());
        assertEquals(Optional.empty(), Fields.paragraph("3. (U.S.) officials").orElseThrow().marking());
        assertEquals("(U.S.) officials", Fields.paragraph("3. (U.S.) officials").orElseThrow().text());
        assertEquals(Optional.of("C/REL AUS"), Fields.paragraph("4. (C/Rel Aus) Text").orElseThrow().marking());
    }

    @Test
    void breakLines() {
        var s = Fields.sectionMark("ASTANA 00002256 002.2 OF 002").orElseThrow();
        assertEquals(2, s.number());
        assertEquals(2, s.total());
        assertEquals(Optional.of("2"), s.suffix());
        assertEquals("BUENOS AIRES", Fields.sectionMark("BUENOS AIRES 00001234  001 OF 003").orElseThrow().origin());
        var p = Fields.page("PAGE 03 HARARE 05461 01 OF 02 271458Z THAT THE MDC").orElseThrow();
        assertEquals(3, p.number());
        assertEquals(2, p.total().getAsInt());
        assertEquals("THAT THE MDC", p.rest());
        assertEquals("", Fields.page("PAGE 02  ATHENS 02959  171944Z").orElseThrow().rest());
    }

    private static List<Integer> starts(String text) {
        return RunTogether.paragraphStarts(text, new RunTogether.ParagraphRun(), false, 0);
    }

    private static final String LONG_TEXT = " Ambassador visited the Binational Center in Mendoza and presented certificates"
            + " to 21 high school students.";

    @Test
    void paragraphsRunIntoHeaderElements() {
        // the first paragraph, numbered 1 with a portion marking, and the next numbers in the same form
        String cb = "Chris Stevens, CDA, Dept of State. REASON: 1.4 (b), (d) 1. (C) Summary: Frustration. "
                + "End summary. 2. (S/NF) On June 10, officials met. 3. (C) Comment: none.";
        assertEquals(List.of(cb.indexOf("1. (C)"), cb.indexOf("2. (S/NF)"), cb.indexOf("3. (C)")), starts(cb));
        String nospace = "Henzel for reasons 1.4 (b) and (d). 1.(SBU) Summary: The village.";
        assertEquals(List.of(nospace.indexOf("1.(SBU)")), starts(nospace));
        String alone = "Leslie Tsou for reasons 1.4 b and d 1. (C/NF)";
        assertEquals(List.of(alone.indexOf("1. (C/NF)")), starts(alone));
        String pilcrow = "Reasons 1.4 (b) and (d) \u00B63. (C) Text.";
        assertEquals(List.of(pilcrow.indexOf('\u00B6')), starts(pilcrow));
        // unmarked: "1.KEY POINTS" or "1. Summary" with a paragraph's length of text after it
        String key = "Scobey for reason 1.4 (b). 1.KEY POINTS -- (C) On June 2, the Minister of State for Parliamentary"
                + " Affairs told the Ambassador.";
        assertEquals(List.of(key.indexOf("1.KEY")), starts(key));
        String ref = "BRASILIA 1544 1." + LONG_TEXT;
        assertEquals(List.of(ref.indexOf("1.")), starts(ref));
        // a later number must follow on and keep the form: "September 5. Coming" is text
        String later = "REASON: 1.4 (b) 1. (C) Your visit comes on September 5. Coming days matter. 2. (C) Next.";
        assertEquals(List.of(later.indexOf("1. (C)"), later.indexOf("2. (C)")), starts(later));
    }

    @Test
    void noParagraphsInReasonsAndReferences() {
        for (String t : List.of(
                "Political Counselor Richard Mills, reasons 1.4 (b) and (d)",
                "Maura Connelly for reasons 1. 4 (b,d)",
                "Tueller for Reasons 1.4(b) and (d)",
                "Robert Silverman for reasons 1.5 (C) and (D).",
                "DCM for reasons 1. (C) and (D)",
                "Ambassador, E.O. 12958 1.4 (C)",
                "REASONS: 1. (C)",
                "Political Officer, see para 1. (C) below",
                "A. STATE 1234 B. STATE 5678 (para 1. (C) refers)",
                "TEHRAN TALKS, PART 1. (C) EXCERPTS",
                "Something 2. (C) that starts with two",
                "PART 1. DRUGS AND CHEMICAL CONTROL",
                "MEETING ON SEPTEMBER 1. NEW YORK",
                "BRASILIA 1544 1. Summary. Short.")) {
            assertEquals(List.of(), starts(t), t);
        }
    }

    private static String afterReasons(String text) {
        int nl = text.lastIndexOf('\n');
        int at = Reasons.bodyAfter(text, nl + 1, new Reasons.Walk());
        return at < 0 ? null : text.substring(at);
    }

    @Test
    void unnumberedBodyAfterTheReasons() {
        // a portion marking after the reasons and a sentence end, or before a sentence
        assertEquals("(C) On June 7, officials met.", afterReasons("Stewart for reason 1.4 (d). (C) On June 7, officials met."));
        assertEquals("(SBU) MFA Director Al-Umran confirmed.",
                afterReasons("CDA Henzel for reasons 1.4 (b) and (d). (SBU) MFA Director Al-Umran confirmed."));
        assertEquals("(C) HMG is aware that Iran could soon look for suppliers.",
                afterReasons("Mills for reasons 1. 4 (b) and (d) (C) HMG is aware that Iran could soon look for suppliers."));
        assertEquals("(S/NF) HMG agrees.", afterReasons("Quinville for Reason 1.4 (c) (S/NF) HMG agrees."));
        assertEquals("(C)", afterReasons("Ereli for reasons 1.4 (b) and (d). (C)"));
        // on the next line: the line start is a boundary
        assertEquals("(C) MEA Joint Secretary called.", afterReasons("Blake for Reasons 1.4 (B, D)\n(C) MEA Joint Secretary called."));
        // dashes, summary headings, a sentence
        assertEquals("------- Summary -------", afterReasons("Gutierrez for reasons 1.4 (B) and (D) ------- Summary -------"));
        assertEquals("-- (C) During a meeting.", afterReasons("Scobey per 1.4 (b) and (d). -- (C) During a meeting."));
        assertEquals("Summary -------", afterReasons("Chicola for reasons 1.4 b and d Summary -------"));
        assertEquals("SUMMARY", afterReasons("Kubiske; REASON: 1.4(B), (D)\nSUMMARY"));
        assertEquals("OSCE -----", afterReasons("Berry for reasons 1.4 (b) and (d) OSCE -----"));
        assertEquals("This message contains action requests. Please see paras 6 & 7",
                afterReasons("DOHERTY, FOR REASONS 1.4 B & D This message contains action requests. Please see paras 6 & 7"));
        // "(C)" right after the section number is a reason letter
        assertEquals("Summary", afterReasons("Reason: 1.4 (C) Summary"));
        assertEquals("Mr. President:", afterReasons("Gallagher for reasons 1.4 (\nb) and (d).\nMr. President:"));
    }

    @Test
    void reasonsAreNoBody() {
        for (String t : List.of(
                "Ambassador for reasons 1.4 (b) and (d).",
                "Ambassador, E.O. 12958 1.4 (C)",
                "Tueller for Reasons 1.4(b)(d)",
                "Tueller for Reasons 1.4(b) (c) (d)",
                "Tueller for Reasons 1.4 (b) and (d) (C) and (E)",
                "Tueller for reasons 1.4 (B) A\nND (D).",
                "Brownfield; REASON: 1.4(B),\n(C), (D)",
                "Schulte for reasons 1.4 b,d and h",
                "Ambassador for reasons 1.4 (b,d) and 1.5 (c)",
                "Ambassador for reasons 1.4 (b, d, X6).",
                "Ambassador for reasons 1.4 (b) and (d). Declassify on 2019",
                "Ambassador for reasons 1.4 (b) and (d). Derived from multiple sources",
                "Ambassador for reasons 1.4 (b) and (d) E.O. 12958",
                "Ambassador for reasons 1.4 (b) and (d) of E.O. 12958",
                "Reasons 1.4 (b) and (d). Ambassador John Smith",
                "Reasons 1.4 (b) and (d) (C) Ambassador Smith",
                "Deputy Chief of Mission Jane Doe for reasons 1.4 (b) (d) per State",
                "Ambassador Adam Ereli without reasons. (C) On June 7, officials met.")) {
            assertEquals(null, afterReasons(t), t);
        }
    }

    @Test
    void handlingCaptionRunIntoTheSubject() {
        String s = "GARBAGE CITY: AFTERMATH OF THE GOE PIG CULLING PLAN Sensitive but Unclassified. Please handle accordingly.";
        assertEquals(s.indexOf("Sensitive"), RunTogether.handlingCaptionStart(s));
        String p = "AMBASSADOR'S AUGUST 23-24 VISIT TO SAO PAULO SENSITIVE BUT UNCLASSIFIED; PLEASE PROTECT ACCORDINGLY";
        assertEquals(p.indexOf("SENSITIVE"), RunTogether.handlingCaptionStart(p));
        String alone = "Brazil: Scenesetter - Economic Partnership Dialogue December 14 SENSITIVE BUT UNCLASSIFIED";
        assertEquals(alone.indexOf("SENSITIVE"), RunTogether.handlingCaptionStart(alone));
        for (String t : List.of(
                "NEW RULES FOR SENSITIVE BUT UNCLASSIFIED INFORMATION",
                "SENSITIVE BUT UNCLASSIFIED",
                "QADHAFI RESIDENCE ENTIRE TEXT SENSITIVE BUT UNCLASSIFIED/NOFORN; PLEASE PROTECT ACCORDINGLY.",
                "ROOM TO TALK? SENSITIVE BUT UNCLASSIFIED--PLEASE PROTECT ACCORDINGLY Ref: 08 Sao Paulo 0423")) {
            assertEquals(-1, RunTogether.handlingCaptionStart(t), t);
        }
    }

    private static List<String> captionsOf(String line) {
        return Fields.captions(line).captions();
    }
}

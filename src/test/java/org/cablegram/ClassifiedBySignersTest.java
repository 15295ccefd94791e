package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cablegram.model.Cable;
import org.cablegram.model.ClassifiedBy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Classified By statement and the signers of whole telegrams (TELEGRAM-FORMAT.md 6.7 and 7.8,
 * issue 15): the authority split into title and name, the reasons in their spellings, the
 * statement in the header, in the first paragraphs and after a section line, one statement kept;
 * the signers before the ending's lines, glued to the last sentence, never a keyword. The
 * telegrams are made up in the forms of the corpus.
 */
class ClassifiedBySignersTest {

    private static final CableParser PARSER = CableParser.create();

    private static final List<String> HEAD = List.of(
            "VZCZCXRO1234",
            "PP RUEHWEB",
            "DE RUEHLO #1234/01 0711530",
            "ZNY CCCCC ZZH",
            "P 121530Z MAR 09",
            "FM AMEMBASSY LONDON",
            "TO RUEHC/SECSTATE WASHDC PRIORITY 1234",
            "BT",
            "C O N F I D E N T I A L LONDON 001234",
            "",
            "SIPDIS",
            "",
            "E.O. 12958: DECL: 03/12/2019",
            "TAGS: PREL, PGOV, UK",
            "SUBJECT: TALKS ON THE FUTURE OF THE ALLIANCE",
            "");

    private static ParseResult parse(List<String> lines) {
        return PARSER.parse(String.join("\n", lines) + "\n");
    }

    /** A telegram with the given lines after the subject. */
    private static ParseResult cable(String... rest) {
        List<String> lines = new ArrayList<>(HEAD);
        lines.addAll(List.of(rest));
        return parse(lines);
    }

    /** A telegram whose header ends with the statement and whose body is one paragraph and a signer. */
    private static ClassifiedBy statement(String... lines) {
        List<String> all = new ArrayList<>(List.of(lines));
        all.addAll(List.of("", "1. (C) The Minister said the talks would go on.", "", "DOE"));
        return cable(all.toArray(String[]::new)).cable().classifiedBy().orElseThrow();
    }

    private static List<String> signers(String... body) {
        List<String> all = new ArrayList<>(List.of("Classified By: Ambassador Jane Doe, reasons 1.4 (b) and (d).", ""));
        all.addAll(List.of(body));
        return cable(all.toArray(String[]::new)).cable().signers();
    }

    // ------------------------------------------------------------------ 6.7: the authority

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // an office symbol before the name is the title
        "Classified By: POL/COUNS JANE Q. ROE, REASONS 1.4 (B) AND (D)|JANE Q. ROE|POL/COUNS",
        "Classified By: COM JOHN DOE; Reasons 1.4 (b/d)|JOHN DOE|COM",
        "Classified By: EUR A/S John Roe, for reasons 1.4 (b) and (d)|John Roe|EUR A/S",
        "Classified By: A/EMIN Mary Major, reasons 1.4 (b) and (d)|Mary Major|A/EMIN",
        "Classified By: DepPolCouns Lawrence Roe, reasons: 1.4 (b & d)|Lawrence Roe|DepPolCouns",
        "Classified By: ECON OFF B. ROE FOR REASONS 1.4 (B, D).|B. ROE|ECON OFF",
        "Classified By: Acting Deputy Chief of Mission Marc Doe, reasons 1.4 (b) and (d)|Marc Doe|Acting Deputy Chief of Mission",
        // a chargé: a.i. with the title, also written apart, and the apostrophe in its forms
        "Classified By: Charge d'Affaires a.i. John Doe, reasons 1.4 (b) and (d)|John Doe|Charge d'Affaires a.i.",
        "Classified By: Charge d\u2019Affaires John Doe, reasons 1.4 (b) and (d)|John Doe|Charge d\u2019Affaires",
        "Classified By: CHARGE D'AFFAIRES A. I. CAROL ROE, REASONS 1.4 (B) AND (D)|CAROL ROE|CHARGE D'AFFAIRES A. I.",
        "Classified By: Charge d' Affaires, a.i., Lisa Roe, reasons 1.4 (b) and (d)|Lisa Roe|Charge d' Affaires, a.i.",
        // a suffix is the name's, "(acting)" the title's
        "Classified By: Ambassador Robert O. Roe, Jr., for reasons 1.4 (b) and (d)|Robert O. Roe, Jr.|Ambassador",
        "Classified By: ROBERT O. ROE, JR., Ambassador, DOS, EXO; reasons 1.4 (b), (d)|ROBERT O. ROE, JR.|Ambassador, DOS, EXO",
        "Classified By: Ambassador W. Scott Roe III, reasons 1.4 (b) and (d)|W. Scott Roe III|Ambassador",
        "Classified By: Political Counselor John Doe (acting), reasons 1.4 (b) and (d)|John Doe|Political Counselor (acting)",
        // the name first, then title and office; a surname alone; a surname first
        "Classified By: Margaret Doe, Ambassador, DOS, EXO; reasons 1.4 (b) and (d)|Margaret Doe|Ambassador, DOS, EXO",
        "Classified By: DOE, AMBASSADOR, DOS, AMB; REASONS 1.4 (B) AND (D)|DOE|AMBASSADOR, DOS, AMB",
        "Classified By: Ambassador, State, EXEC, Roe, Barbara J; reasons 1.4 (b) and (d)|Roe, Barbara J|Ambassador, State, EXEC",
        // a particle and a surname that is also a title word
        "Classified By: A/PolCouns Kurt van der Roe, reasons 1.4 (b) and (d)|Kurt van der Roe|A/PolCouns",
        "Classified By: CDA Damian R. Leader, reasons 1.4 (b) and (d)|Damian R. Leader|CDA",
        // what follows the name: an order cited, 'based upon', a broken 'for'
        "Classified By: CDA Robert Doe; E.O. 12958, reasons 1.4 (b) and (d).|Robert Doe|CDA",
        "Classified By: DCM Phillip Doe based upon reasons 1.4 (b) and (d)|Phillip Doe|DCM",
        "Classified By: Economic Minister Counselor Tom Doe fo r reasons 1.4 (b) and (d)|Tom Doe|Economic Minister Counselor",
    })
    void authority(String line, String name, String title) {
        ClassifiedBy c = statement(line);
        assertEquals(Optional.of(name), c.name(), line);
        assertEquals(Optional.of(title), c.title(), line);
    }

    // ------------------------------------------------------------------ 6.7: the reasons

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Classified By: Ambassador Jane Doe, Reasons 1.4 (b) and (d)|1.4(b) 1.4(d)",
        "CLASSIFIED BY DCM EARL DOE. REASONS: 1.5 (B) AND (D).|1.5(b) 1.5(d)",
        "Classified By: Ambassador Jane Doe, rea sons 1.4 (b/d).|1.4(b) 1.4(d)",
        "Classified By: Ambassador Jane Doe, FOR REAS ONS 1.4 B/D|1.4(b) 1.4(d)",
        "Classified By: Ambassador Jane Doe, for reaso ns 1.4 (b) and (d)|1.4(b) 1.4(d)",
        "Classified By: Ambassador Jane Doe, R EASONS 1.4 (B) AND (D)|1.4(b) 1.4(d)",
        "Classified By: Ambassador Jane Doe, resons 1.4 (b) and (d)|1.4(b) 1.4(d)",
        "Classified By: Ambassador Jane Doe, reaons 1.4 (e)|1.4(e)",
        "Classified By: Ambassador Jane Doe, 1.5d|1.5(d)",
    })
    void reasons(String line, String reasons) {
        ClassifiedBy c = statement(line);
        assertEquals(List.of(reasons.split(" ")), c.reasons(), line);
        assertEquals(Optional.of("Jane Doe"), c.name().map(n -> n.startsWith("EARL") ? "Jane Doe" : n), line);
    }

    @Test
    void reasonWordWrappedOverTwoLines() {
        ClassifiedBy c = statement("Classified By: POLITICAL MINISTER COUNSELOR JOSIAH ROE, FOR REAS", "ONS 1.4 B/D");
        assertEquals(Optional.of("JOSIAH ROE"), c.name());
        assertEquals(Optional.of("POLITICAL MINISTER COUNSELOR"), c.title());
        assertEquals(List.of("1.4(b)", "1.4(d)"), c.reasons());
    }

    @Test
    void keywordWrittenAgainAndMisspelt() {
        ClassifiedBy c = statement("Classified By: Classifed by POL M/C Kathleen Roe for reasons 1.4", "(B) AND (D).");
        assertEquals(Optional.of("Kathleen Roe"), c.name());
        assertEquals(Optional.of("POL M/C"), c.title());
        assertEquals(List.of("1.4(b)", "1.4(d)"), c.reasons());
    }

    // ------------------------------------------------------------------ 6.7: where the statement stands

    @Test
    void statementInTheFirstParagraphAfterTheClassificationOfTheText() {
        Cable c = cable("1. CONFIDENTIAL - ENTIRE TEXT. CLASSIFIED BY POL/COUNS JANE Q. ROE, REASONS 1.5 (B) AND (D).",
                "", "2. THE MINISTER SAID THE TALKS WOULD GO ON.", "", "DOE").cable();
        ClassifiedBy cb = c.classifiedBy().orElseThrow();
        assertEquals(Optional.of("JANE Q. ROE"), cb.name());
        assertEquals(Optional.of("POL/COUNS"), cb.title());
        assertEquals(List.of("1.5(b)", "1.5(d)"), cb.reasons());
        assertEquals(2, c.paragraphs().size());
    }

    @Test
    void statementAsAMarkedFirstParagraph() {
        ClassifiedBy cb = cable("1. (U) CLASSIFIED BY DCM ROBERT S. ROE; REASONS 1.5 (B) AND (D).", "",
                "2. (C) THE MINISTER SAID THE TALKS WOULD GO ON.", "", "DOE").cable().classifiedBy().orElseThrow();
        assertEquals(Optional.of("ROBERT S. ROE"), cb.name());
        assertEquals(Optional.of("DCM"), cb.title());
        assertEquals(List.of("1.5(b)", "1.5(d)"), cb.reasons());
    }

    @Test
    void statementAsTheSecondParagraphAfterAHandlingParagraph() {
        ClassifiedBy cb = cable("1. (SBU) This message is NIACT due to potential fast-breaking events.", "",
                "2. (U) Classified by Acting DAS James Roe, Reasons 1.4", "(b) and (d).",
                "3. (U) This is an action request. Please see paragraph 4.", "", "4. (C) Please deliver.", "", "DOE")
                .cable().classifiedBy().orElseThrow();
        assertEquals(Optional.of("James Roe"), cb.name());
        assertEquals(Optional.of("Acting DAS"), cb.title());
        assertEquals(List.of("1.4(b)", "1.4(d)"), cb.reasons());
    }

    @Test
    void aParagraphThatOnlyMentionsClassificationIsNoStatement() {
        Cable c = cable("1. (C) Classified information was shared by the Minister.", "", "DOE").cable();
        assertTrue(c.classifiedBy().isEmpty());
    }

    @Test
    void statementRepeatedAfterASectionLineIsADuplicate() {
        ParseResult r = cable("Classified By: Ambassador Jane Doe, reasons 1.4 (b) and (d).", "",
                "1. (C) The Minister said the talks would go on.", "",
                "LONDON 00001234  002 OF 002", "",
                "Classified By: Ambassador Jane Roe, reasons 1.4 (b) and (d).", "",
                "2. (C) He added nothing.", "", "DOE");
        ClassifiedBy cb = r.cable().classifiedBy().orElseThrow();
        assertEquals(Optional.of("Jane Doe"), cb.name());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.DUPLICATE_ELEMENT));
    }

    @Test
    void statementAfterASectionLineWhenTheHeaderHasNone() {
        Cable c = cable("1. (C) The Minister said the talks would go on.", "",
                "LONDON 00001234  002 OF 002", "",
                "Classified By: Ambassador Jane Roe, reasons 1.4 (b) and (d).", "",
                "2. (C) He added nothing.", "", "DOE").cable();
        assertEquals(Optional.of("Jane Roe"), c.classifiedBy().orElseThrow().name());
    }

    @Test
    void statementRepeatedInTheHeaderIsADuplicate() {
        ParseResult r = cable("Classified By: Ambassador Jane Doe, reasons 1.4 (b) and (d).",
                "Classified By: Ambassador Jane Roe, reasons 1.4 (b) and (d).", "",
                "1. (C) The Minister said the talks would go on.", "", "DOE");
        assertEquals(Optional.of("Jane Doe"), r.cable().classifiedBy().orElseThrow().name());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.DUPLICATE_ELEMENT));
    }

    @Test
    void statementRepeatedInTheFirstParagraphIsADuplicate() {
        ParseResult r = cable("Classified By: Ambassador Jane Doe, reasons 1.4 (b) and (d).", "",
                "1. (U) CLASSIFIED BY AMBASSADOR JANE ROE. REASONS 1.4 (B) AND (D).", "",
                "2. (C) The Minister said the talks would go on.", "", "DOE");
        assertEquals(Optional.of("Jane Doe"), r.cable().classifiedBy().orElseThrow().name());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.DUPLICATE_ELEMENT
                && d.message().contains("first paragraph")), r.diagnostics().toString());
    }

    // ------------------------------------------------------------------ 7.8: the signers

    @Test
    void surnameInCapitalsOnTheLastLine() {
        assertEquals(List.of("HOAGLAND"), signers("1. (C) The talks go on.", "", "HOAGLAND"));
    }

    @Test
    void mixedCaseNameWithAParticleAndTwoWordNames() {
        assertEquals(List.of("van Voorst"), signers("1. (C) The talks go on.", "", "van Voorst"));
        assertEquals(List.of("JANE ROE"), signers("1. (C) The talks go on.", "", "JANE ROE"));
    }

    @Test
    void nameBeforeTheLinesOfTheEnding() {
        assertEquals(List.of("ROE"), signers("1. (C) The talks go on.", "", "ROE", "", "CONFIDENTIAL"));
        assertEquals(List.of("ROE"), signers("1. (C) The talks go on.", "", "ROE", "", "SIPDIS"));
        assertEquals(List.of("ROE"), signers("1. (C) The talks go on.", "", "ROE", "NNNN"));
        assertEquals(List.of("ROE"), signers("1. (C) The talks go on.", "", "ROE", "Nnnn"));
        assertEquals(List.of("ROE"), signers("1. (C) The talks go on.", "", "ROE", "BT", "#1234"));
        assertEquals(List.of("ROE"), signers("1. (C) The talks go on.", "", "ROE", "",
                "=======================CABLE ENDS============================"));
        assertEquals(List.of("KISSINGER"), signers("1. (C) The talks go on.", "", "KISSINGER", "",
                "NOTE BY OC/T: NOT PASSED TO ALL DIPLOMATIC POSTS.", "NNNN"));
        assertEquals(List.of("ROE"), signers("1. (C) The talks go on.", "", "ROE", "",
                "NOTE: This cable was not passed to all posts."));
    }

    @Test
    void nameGluedToTheLastSentence() {
        assertEquals(List.of("Doe"), signers("1. (U) The press carried the story (Al Ahram, 3/4/2009) Doe"));
        assertEquals(List.of("ROE"), signers("1. (U) The talks go on. ********************************* ******** ROE"));
        assertEquals(List.of("ROONEY"), signers("1. (C) Poland keeps its place at the table.ROONEY"));
        assertEquals(List.of("CLINTON"), signers("1. (U) Please deliver the points. End Text. CLINTON"));
        assertEquals(List.of("SCOBEY"), signers("1. (S) The needs of both countries are met. SCOBEY NNNN End Cable Text"));
        assertEquals(List.of("Scobey"), signers("1. (S) The Ambassador stressed the procedures. Scobey"));
        assertEquals(List.of("SPOGLI"), signers("1. (U) Post requests the following.", "", "END ACTION REQUEST. SPOGLI"));
    }

    @Test
    void nameOnItsOwnLineAfterALineThatEndsNoSentence() {
        assertEquals(List.of("FRISBIE"), signers("1. (U) The Ministry renews its assurances.", "",
                "San Jose, 7 October 2005", "FRISBIE"));
        assertEquals(List.of("RICE"), signers("1. (U) The Council will follow the issue.", "", "END TEXT", "RICE"));
        assertEquals(List.of("PASCUAL"), signers("1. (U) Visit our site at", "http://www.state.sgov.gov/p/wha/ /",
                "PASCUAL"));
        assertEquals(List.of("WEINROD"), signers("1. (U) We have sent this on to EUR/RPM.", "", "WEINROD.."));
    }

    @Test
    void nameOfADatabaseRowRunIntoTheBody() {
        assertEquals(List.of("HOAGLAND"), signers("1. (C) Kabiri walks a tightrope.", "",
                "HOAGLAND NNNN\t2005-11-28\tMODERATE TAJIK ISLAMIC LEADER", "", "HIM\tFirst Deputy Chairman"));
    }

    @Test
    void neverAKeywordBannerOrPageWord() {
        assertEquals(List.of(), signers("1. (C) The talks go on.", "", "PAGE"));
        assertEquals(List.of(), signers("1. (C) The talks go on.", "", "END TALKING POINTS"));
        assertEquals(List.of("CLINTON"), signers("1. (C) The talks go on.", "", "End Talking Points", "CLINTON"));
        assertEquals(List.of(), signers("1. (U) The points are as follows. END"));
    }

    @Test
    void wrappedLastLineOfASentenceIsNoSigner() {
        // a word in capitals on the line after a sentence cut by the wrap continues it
        assertEquals(List.of(), signers("1. (C) The talks go on.", "The Minister discussed the agreement with", "NATO"));
        assertEquals(List.of(), signers("1. (C) THE TALKS GO ON.", "THE MINISTER DISCUSSED THE AGREEMENT WITH", "NATO"));
    }
}

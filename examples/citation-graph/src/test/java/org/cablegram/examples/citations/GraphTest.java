package org.cablegram.examples.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cablegram.CableParser;
import org.cablegram.model.ClassificationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph of the four fixture cables, written for this test:
 * <pre>
 * 09BERN90    UNCLASSIFIED  no REF
 * 09BERN100   CONFIDENTIAL  REF A. BERN 90, B. 08 STATE 12345 (not in the set)
 * 09PARIS200  SECRET        REF A. BERN 100, B. PARIS 150 (not in the set), C. an e-mail (no cable)
 * 09STATE300  UNCLASSIFIED  REF A. BERN 100 B. PARIS 200 (both on one line)
 * </pre>
 */
class GraphTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static Graph fixtures(boolean internalOnly) {
        return CitationGraph.scan(CitationGraph.source(List.of(FIXTURES), "txt"), internalOnly, CableParser.create()).graph();
    }

    static List<String> edges(Graph g) {
        return g.edges().stream().map(e -> e.source() + " -> " + e.target() + " " + e.letters()).toList();
    }

    @Test
    void edgesFollowTheReferences() {
        assertEquals(List.of(
                "09BERN100 -> 09BERN90 [A]",
                "09BERN100 -> 08STATE12345 [B]",
                "09PARIS200 -> 09BERN100 [A]",
                "09PARIS200 -> 09PARIS150 [B]",
                "09STATE300 -> 09BERN100 [A]",
                "09STATE300 -> 09PARIS200 [B]"), edges(fixtures(false)));
    }

    @Test
    void nodesAreTheCablesReadThenTheCitedOnes() {
        Graph g = fixtures(false);
        assertEquals(List.of("09BERN100", "09BERN90", "09PARIS200", "09STATE300", "08STATE12345", "09PARIS150"),
                g.nodes().stream().map(Graph.Node::id).toList());
        assertEquals(4, g.inSet().size());
        assertEquals(1, g.otherRefs(), "the e-mail of 09PARIS200");
        assertTrue(g.duplicates().isEmpty());
    }

    @Test
    void cablesOfTheSetCarrySubjectDateAndClassification() {
        Graph.Node n = fixtures(false).node("09BERN100").orElseThrow();
        assertTrue(n.inSet());
        assertFalse(n.idFromFileName());
        assertEquals(Optional.of("SWISS BANKING TALKS: FIRST ROUND"), n.subject());
        assertEquals(Optional.of(LocalDate.of(2009, 3, 1)), n.date());
        assertEquals(Optional.of(ClassificationLevel.CONFIDENTIAL), n.classification());
        assertEquals(Optional.of(FIXTURES.resolve("09BERN100.txt")), n.file());
        assertEquals(List.of("09BERN100", "2009-03-01 CONFIDENTIAL", "SWISS BANKING TALKS: FIRST ROUND"), n.labelLines());
    }

    @Test
    void citedCablesOutsideTheSetCarryOnlyTheirId() {
        Graph.Node n = fixtures(false).node("08STATE12345").orElseThrow();
        assertEquals(Graph.Node.cited("08STATE12345"), n);
        assertEquals(List.of("08STATE12345"), n.labelLines());
    }

    @Test
    void internalOnlyDropsCitationsOutOfTheSet() {
        Graph g = fixtures(true);
        assertEquals(List.of(
                "09BERN100 -> 09BERN90 [A]",
                "09PARIS200 -> 09BERN100 [A]",
                "09STATE300 -> 09BERN100 [A]",
                "09STATE300 -> 09PARIS200 [B]"), edges(g));
        assertEquals(4, g.nodes().size());
        assertEquals(g.edges(), g.internalEdges());
    }

    @Test
    void aSecondFileWithTheSameIdIsSkipped(@TempDir Path dir) throws IOException {
        Files.copy(FIXTURES.resolve("09BERN90.txt"), dir.resolve("a.txt"));
        Files.copy(FIXTURES.resolve("09BERN90.txt"), dir.resolve("b.txt"));
        Graph g = CitationGraph.scan(CitationGraph.source(List.of(dir), "txt"), false, CableParser.create()).graph();
        assertEquals(1, g.nodes().size());
        assertEquals(Optional.of(dir.resolve("a.txt")), g.nodes().get(0).file());
        assertEquals(1, g.duplicates().size());
        assertTrue(g.duplicates().get(0).startsWith(dir.resolve("b.txt") + " (09BERN90"), g.duplicates().toString());
    }

    @Test
    void aCableWhoseTextGivesNoIdIsNamedAfterItsFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("99NOWHERE1.txt"), "SUBJECT: A FRAGMENT\n\nREF: BERN 90\n\n1. (U) Text.\n");
        Graph g = CitationGraph.scan(CitationGraph.source(List.of(dir), "txt"), false, CableParser.create()).graph();
        Graph.Node n = g.nodes().get(0);
        assertEquals("99NOWHERE1", n.id());
        assertTrue(n.idFromFileName());
        assertEquals(Optional.of("A FRAGMENT"), n.subject());
    }
}

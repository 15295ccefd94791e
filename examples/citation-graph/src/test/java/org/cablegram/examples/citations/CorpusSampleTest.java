package org.cablegram.examples.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cablegram.CableParser;
import org.junit.jupiter.api.Test;

/**
 * The graph of the library's committed sample of 100 real cables. Three of them cite another
 * cable of the sample (checked by hand against their REF lines):
 * 09TRIPOLI714 "C. BERN 351", 09TRIPOLI763 "A) Tripoli 714" and 74ATHENS3099 "B. ATHENS 2959".
 */
class CorpusSampleTest {

    static final Path SAMPLE = Path.of("../../src/test/resources/corpus-sample/cables");

    @Test
    void citationsInsideTheSample() {
        assertTrue(Files.isDirectory(SAMPLE), "run from examples/citation-graph: " + SAMPLE.toAbsolutePath());
        Graph g = CitationGraph.scan(CitationGraph.source(List.of(SAMPLE), "txt"), false, CableParser.create()).graph();
        assertEquals(100, g.inSet().size(), "one node per file: no two files give the same id");
        List<String> internal = g.internalEdges().stream().map(e -> e.source() + " -> " + e.target() + " " + e.letters())
                .toList();
        assertTrue(internal.containsAll(List.of(
                "09TRIPOLI714 -> 09BERN351 [C]",
                "09TRIPOLI763 -> 09TRIPOLI714 [A]",
                "74ATHENS3099 -> 74ATHENS2959 [B]")), internal.toString());
        assertTrue(g.node("09BERN351").orElseThrow().subject().orElseThrow().startsWith("SWISS PRESIDENT MERZ APOLOGIZES"));
        assertTrue(g.edges().size() > 80, "the sample's cables cite many cables outside it: " + g.edges().size());
        assertTrue(g.edges().stream().allMatch(e -> g.node(e.source()).orElseThrow().inSet()));
        assertTrue(g.edges().stream().allMatch(e -> g.node(e.target()).isPresent()));
    }
}

package org.cablegram.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The two parsing stages agree, and the shared prediction caches stop growing once the corpus
 * has been seen: parsing it again adds no state.
 */
class ParseEngineTest {

    static List<String> corpus() throws IOException {
        Path full = Path.of(System.getProperty("cablegram.corpus", "../shared/corpus"), "cables");
        Path dir = Files.isDirectory(full) ? full : Path.of("src/test/resources/corpus-sample/cables");
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void fastAndFullStagesGiveTheSameTree() throws IOException {
        int n = 0;
        int fallbacks = 0;
        for (String text : corpus()) {
            ParseEngine.Outcome fast = ParseEngine.run(text, false);
            ParseEngine.Outcome full = ParseEngine.run(text, true);
            assertEquals(fast.messages(), full.messages());
            assertTrue(full.errors().isEmpty(), "the grammar accepts every line sequence");
            if (fast.usedFallback()) {
                fallbacks++;
            }
            n++;
        }
        System.out.println("[engine] " + n + " cables: SLL and LL trees equal; SLL bailed out on " + fallbacks);
        assertEquals(0, fallbacks);
    }

    @Test
    void predictionCacheStaysBounded() throws IOException {
        List<String> corpus = corpus();
        long before = ParseEngine.cachedStates();
        corpus.forEach(ParseEngine::run);
        long once = ParseEngine.cachedStates();
        corpus.forEach(ParseEngine::run);
        long twice = ParseEngine.cachedStates();
        System.out.println("[engine] DFA states: " + before + " before, " + once + " after the corpus, " + twice
                + " after it again");
        assertEquals(once, twice, "a second pass over the same inputs adds no cache state");
        assertTrue(once < 100_000, "cache size " + once);
    }
}

package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.cablegram.model.Cable;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's canonical round trip over the whole shared corpus: for each real cable c,
 * parse(write(c)) equals c in every semantic component, with no ERROR diagnostic, and writing
 * the result again gives the same text (idempotence). Unrecognized lines are left out of the
 * comparison: they are raw input kept verbatim, which the canonical layout does not write
 * (docs/canonical-layout.md); the lossless mode keeps them.
 */
class CanonicalRoundTripTest {

    private static final CableParser PARSER = CableParser.create();

    /**
     * Real cables whose canonical text does not read back as the same cable: damage the layout
     * cannot express (docs/canonical-layout.md). Every cable of the corpus reads back the same;
     * the test fails if one does not.
     */
    private static final int MAX_DIFFERING = 0;

    /** Real cables whose canonical text changes when written a second time. */
    private static final int MAX_NOT_IDEMPOTENT = 0;

    /** The components of the envelope and text header: these round-trip for every cable. */
    private static final List<String> HEADER = List.of("referenceId", "partialExtract", "envelope", "distribution",
            "dateTimeGroup", "from", "to", "info", "classification", "passing", "executiveOrder", "tags", "subject",
            "references", "classifiedBy");

    /** What one cable's round trip gives. */
    record Outcome(String id, List<String> differing, boolean error, boolean idempotent) {
    }

    static Outcome roundTrip(Path f) {
        Cable c = PARSER.parse(f).cable();
        String w = CableWriter.canonical().write(c);
        ParseResult again = PARSER.parse(w);
        Cable back = again.cable();
        List<String> differing = new ArrayList<>();
        for (RecordComponent rc : Cable.class.getRecordComponents()) {
            if (rc.getName().equals("unrecognized")) {
                continue;
            }
            try {
                if (!Objects.equals(rc.getAccessor().invoke(c), rc.getAccessor().invoke(back))) {
                    differing.add(rc.getName());
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new AssertionError(e);
            }
        }
        boolean error = again.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
        boolean idempotent = CableWriter.canonical().write(back).equals(w);
        return new Outcome(f.getFileName().toString(), differing, error, idempotent);
    }

    @Test
    void everyComponentOfTheWholeSharedCorpusRoundTrips() throws IOException {
        Path root = CorpusTest.corpusRoot().resolve("cables");
        CorpusTest.requireCorpus(root);
        List<Path> files = WriterTest.files(root);
        long start = System.nanoTime();
        // the parser is thread-safe; each cable is parsed twice, so use the cores there are
        List<Outcome> outcomes = files.parallelStream().map(CanonicalRoundTripTest::roundTrip).toList();
        Map<String, List<String>> byComponent = new TreeMap<>();
        List<String> differ = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> notIdempotent = new ArrayList<>();
        for (Outcome o : outcomes) {
            o.differing().forEach(k -> byComponent.computeIfAbsent(k, x -> new ArrayList<>()).add(o.id()));
            if (!o.differing().isEmpty()) {
                differ.add(o.id());
            }
            if (o.error()) {
                errors.add(o.id());
            }
            if (!o.idempotent()) {
                notIdempotent.add(o.id());
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        byComponent.forEach((k, v) -> counts.put(k, v.size()));
        System.out.printf("[writer] canonical round trip over the corpus: %d/%d cables equal, %d/%d idempotent,"
                + " %d with ERROR diagnostics (%.1f s); differing components %s; cables %s%n",
                files.size() - differ.size(), files.size(), files.size() - notIdempotent.size(), files.size(),
                errors.size(), (System.nanoTime() - start) / 1e9, counts, differ);
        assertTrue(files.size() > 5000, "corpus of " + files.size() + " cables");
        assertEquals(List.of(), errors, "ERROR diagnostics when reading the canonical text");
        List<String> names = java.util.Arrays.stream(Cable.class.getRecordComponents()).map(RecordComponent::getName)
                .toList();
        for (String h : HEADER) {
            assertTrue(names.contains(h), h);
            assertEquals(List.of(), byComponent.getOrDefault(h, List.of()), h + " differs after the round trip");
        }
        assertTrue(differ.size() <= MAX_DIFFERING, differ.size() + " cables differ: " + byComponent);
        assertTrue(notIdempotent.size() <= MAX_NOT_IDEMPOTENT, notIdempotent.size() + " not idempotent: "
                + notIdempotent);
    }
}

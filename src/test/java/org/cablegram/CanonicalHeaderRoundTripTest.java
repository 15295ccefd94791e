package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.cablegram.model.Cable;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, header side: over the whole shared corpus, parsing the canonical text of a parsed
 * cable gives the same header components back, with no ERROR diagnostic, and the canonical
 * header of that second parse is the same text again (idempotence).
 */
class CanonicalHeaderRoundTripTest {

    private static final CableParser PARSER = CableParser.create();

    /**
     * Cables of the corpus whose header does not round-trip: one, whose classification line has
     * a whole repeated envelope run into it (lost newlines), read as one passing line that the
     * canonical layout writes where it reads as a routing line.
     */
    private static final int MAX_HEADER_DIFFERENCES = 1;

    /** The header components of a cable, by name. */
    private static final Map<String, Function<Cable, Object>> HEADER = new java.util.LinkedHashMap<>();

    static {
        HEADER.put("referenceId", Cable::referenceId);
        HEADER.put("partialExtract", Cable::partialExtract);
        HEADER.put("envelope", Cable::envelope);
        HEADER.put("distribution", Cable::distribution);
        HEADER.put("dateTimeGroup", Cable::dateTimeGroup);
        HEADER.put("from", Cable::from);
        HEADER.put("to", Cable::to);
        HEADER.put("info", Cable::info);
        HEADER.put("classification", Cable::classification);
        HEADER.put("passing", Cable::passing);
        HEADER.put("executiveOrder", Cable::executiveOrder);
        HEADER.put("tags", Cable::tags);
        HEADER.put("subject", Cable::subject);
        HEADER.put("references", Cable::references);
        HEADER.put("classifiedBy", Cable::classifiedBy);
    }

    /** The cable with its body left out: what the canonical writer gives for it is the header. */
    static Cable headerOnly(Cable c) {
        return new Cable(c.referenceId(), c.partialExtract(), c.envelope(), c.distribution(), c.dateTimeGroup(),
                c.from(), c.to(), c.info(), c.classification(), c.passing(), c.executiveOrder(), c.tags(), c.subject(),
                c.references(), c.classifiedBy(), List.of(), List.of(), Optional.empty(), List.of(), List.of(),
                Optional.empty(), List.of());
    }

    /** What one cable's round trip gives: the header components that differ, errors, idempotence. */
    record Outcome(String id, List<String> differing, boolean error, boolean idempotent) {
    }

    static Outcome roundTrip(Path f) {
        Cable c = PARSER.parse(f).cable();
        String w = CableWriter.canonical().write(c);
        ParseResult again = PARSER.parse(w);
        Cable back = again.cable();
        List<String> differing = new ArrayList<>();
        HEADER.forEach((name, get) -> {
            if (!Objects.equals(get.apply(c), get.apply(back))) {
                differing.add(name);
            }
        });
        boolean error = again.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
        boolean idempotent = CableWriter.canonical().write(headerOnly(back))
                .equals(CableWriter.canonical().write(headerOnly(c)));
        return new Outcome(f.getFileName().toString(), differing, error, idempotent);
    }

    @Test
    void canonicalRoundTripKeepsTheHeaderOfTheWholeSharedCorpus() throws IOException {
        Path root = CorpusTest.corpusRoot().resolve("cables");
        if (!Files.isDirectory(root)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("shared corpus missing at " + root.toAbsolutePath());
            }
            return;
        }
        List<Path> files = WriterTest.files(root);
        // the parser is thread-safe; the corpus is parsed twice, so use the cores there are
        List<Outcome> outcomes = files.parallelStream().map(CanonicalHeaderRoundTripTest::roundTrip).toList();
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
        System.out.println("[writer] canonical round trip of the header over the corpus: "
                + (files.size() - differ.size()) + "/" + files.size() + " equal, "
                + (files.size() - notIdempotent.size()) + "/" + files.size() + " idempotent; differ: " + byComponent);
        assertTrue(files.size() > 5000, "corpus of " + files.size() + " cables");
        assertEquals(List.of(), errors, "ERROR diagnostics when reading the canonical text");
        assertTrue(differ.size() <= MAX_HEADER_DIFFERENCES, "header differs after the round trip: " + byComponent);
        assertTrue(notIdempotent.size() <= MAX_HEADER_DIFFERENCES, "header not idempotent: " + notIdempotent);
    }
}

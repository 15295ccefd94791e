package org.cablegram.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The test resources (see their README) and helpers to read sources. */
final class Fixtures {

    static final Path RESOURCES = Path.of("src/test/resources");
    /** The cables of the page and CSV fixtures, in the CSV's row order. */
    static final List<String> IDS = List.of("10SANJOSE15", "03THEHAGUE2480", "02ROME1725", "08BERN443");

    private Fixtures() {
    }

    static String cable(String id) {
        try {
            return Files.readString(RESOURCES.resolve("cables/" + id + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CableInput> read(CableSource source) {
        try (Stream<CableInput> s = source.inputs()) {
            return s.collect(Collectors.toList());
        }
    }

    static List<String> names(List<CableInput> inputs) {
        return inputs.stream().map(i -> i.origin().toString()).collect(Collectors.toList());
    }
}

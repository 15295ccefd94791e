package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: for each cable named in {@code golden/LIST.txt}, the JSON form of its parse
 * result (model and diagnostics) must equal {@code golden/<ID>.json}, which was checked by hand
 * against the cable text. Run with {@code -Dgolden.update=true} to rewrite the files after a
 * deliberate change, then review the diff.
 */
class GoldenTest {

    static final Path RESOURCES = Path.of("src/test/resources");
    static final Path GOLDEN = RESOURCES.resolve("golden");

    static Path cableFile(String id) {
        Path seed = RESOURCES.resolve("seed").resolve(id + ".txt");
        if (Files.exists(seed)) {
            return seed;
        }
        return RESOURCES.resolve("corpus-sample/cables").resolve(id + ".txt");
    }

    static List<String> ids() throws IOException {
        List<String> ids = new ArrayList<>();
        ids.add("08ASTANA2256");
        for (String l : Files.readAllLines(GOLDEN.resolve("LIST.txt"))) {
            if (!l.isBlank()) {
                ids.add(l.strip());
            }
        }
        return ids;
    }

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        CableParser parser = CableParser.create();
        boolean update = Boolean.getBoolean("golden.update");
        return ids().stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            ParseResult r = parser.parse(cableFile(id));
            String json = CableJson.write(id + ".txt", r);
            Path expected = GOLDEN.resolve(id + ".json");
            if (update || !Files.exists(expected)) {
                Files.writeString(expected, json, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), json, "golden file " + expected);
        }));
    }
}

package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

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
 * against the cable text. A missing golden file fails. Run with {@code -Dgolden.update=true} to
 * write the files after a deliberate change; {@link GoldenReviewTest} then fails until each
 * changed file is reviewed in {@code golden/REVIEW.md}, so a golden never approves itself.
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
            if (update) {
                Files.writeString(expected, json, StandardCharsets.UTF_8);
            } else if (!Files.exists(expected)) {
                fail("no golden file " + expected + ": write it with -Dgolden.update=true, check it by hand"
                        + " against the cable, and review it in golden/REVIEW.md");
            }
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), json, "golden file " + expected);
        }));
    }
}

package org.cablegram.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cablegram.DiagnosticCode;
import org.cablegram.Severity;
import org.cablegram.model.BreakKind;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.Precedence;
import org.cablegram.model.ReferenceKind;
import org.cablegram.model.TagKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The JSON the tool writes keeps to {@code cable.schema.json}, and the schema to the library:
 * every cable of the library's corpus sample is validated (networknt json-schema-validator),
 * the schema's enums are the library's enum values, and JSON.md names every key.
 */
class SchemaTest {

    private static Schema schema;
    private static JsonNode schemaTree;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/cable.schema.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            schemaTree = new ObjectMapper().readTree(text);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(text, InputFormat.JSON);
        }
    }

    private static List<Error> validate(String json) {
        return schema.validate(json, InputFormat.JSON, (ctx, sc) -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }

    @Test
    void everyCableOfTheCorpusSampleIsValid() {
        Path sample = Path.of(System.getProperty("cablegram.corpusSample",
                "../../src/test/resources/corpus-sample/cables"));
        assertTrue(Files.isDirectory(sample), "corpus sample missing: " + sample.toAbsolutePath());
        Cli.Result r = Cli.run("parse", "--format", "jsonl", sample.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.outLines();
        assertEquals(txtFiles(sample), lines.size());
        assertTrue(lines.size() >= 100, "the sample has 100 cables");
        List<String> problems = new ArrayList<>();
        for (String line : lines) {
            for (Error e : validate(line)) {
                problems.add(line.substring(0, Math.min(80, line.length())) + ": " + e);
            }
        }
        assertEquals(List.of(), problems);
    }

    static long txtFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void readerFixturesAndGoldenAreValid() throws IOException {
        Cli.Result r = Cli.run("parse", "--format", "jsonl", Cli.RESOURCES.resolve("html").toString(),
                Cli.RESOURCES.resolve("csv").toString(), "../cables");
        assertEquals(0, r.status(), r.err());
        for (String line : r.outLines()) {
            assertEquals(List.of(), validate(line), line);
        }
        String golden = Files.readString(Cli.RESOURCES.resolve("golden/08ASTANA2256.json"));
        assertEquals(List.of(), validate(golden));
    }

    @Test
    void theSchemaRejectsWhatIsNotACable() {
        String json = Cli.run("parse", "--format", "jsonl", "../cables/08ASTANA2256.txt").outLines().get(0);
        assertTrue(validate(json).isEmpty());
        assertFalse(validate(json.replace("\"referenceId\":\"08ASTANA2256\",", "")).isEmpty(), "missing key");
        assertFalse(validate(json.replace("\"kind\":\"SUBJECT\"", "\"kind\":\"TOPIC\"")).isEmpty(), "bad enum value");
        assertFalse(validate(json.replace("\"partialExtract\":false", "\"partialExtract\":false,\"extra\":1")).isEmpty(),
                "unknown key");
        assertFalse(validate(json.replace("\"dateTime\":\"2008-11-14T10:42:00Z\"", "\"dateTime\":\"14 NOV 08\"")).isEmpty(),
                "bad date-time");
    }

    @Test
    void theSchemaEnumsAreTheLibraryEnums() {
        assertEnum("Severity", Severity.values());
        assertEnum("DiagnosticCode", DiagnosticCode.values());
        assertEnum("Precedence", Precedence.values());
        assertEnum("ClassificationLevel", ClassificationLevel.values());
        assertEnum("TagKind", TagKind.values());
        assertEnum("ReferenceKind", ReferenceKind.values());
        assertEnum("BreakKind", BreakKind.values());
    }

    private static void assertEnum(String def, Enum<?>[] values) {
        List<String> expected = Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
        List<String> actual = new ArrayList<>();
        schemaTree.get("$defs").get(def).get("enum").forEach(n -> actual.add(n.asString()));
        assertEquals(expected, actual, def);
    }

    @Test
    void jsonMdNamesEveryKeyOfTheSchema() throws IOException {
        String doc = Files.readString(Path.of("JSON.md"));
        Set<String> keys = new TreeSet<>();
        collectKeys(schemaTree, keys);
        List<String> missing = keys.stream().filter(k -> !doc.contains("`" + k + "`")).collect(Collectors.toList());
        assertEquals(List.of(), missing, "keys not documented in JSON.md");
        for (Enum<?>[] values : List.<Enum<?>[]>of(DiagnosticCode.values(), TagKind.values(), Precedence.values())) {
            Stream.of(values).forEach(v -> assertTrue(doc.contains("`" + v.name() + "`"), "JSON.md lacks " + v));
        }
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            JsonNode props = node.get("properties");
            if (props != null) {
                props.propertyNames().forEach(keys::add);
            }
            node.values().forEach(v -> collectKeys(v, keys));
        } else if (node.isArray()) {
            node.values().forEach(v -> collectKeys(v, keys));
        }
    }
}

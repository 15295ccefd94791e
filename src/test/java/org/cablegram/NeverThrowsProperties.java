package org.cablegram;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties over mutated real cables and random text: tolerant parsing always returns a
 * result whose diagnostics lie inside the input; strict parsing throws nothing but
 * {@link CableParseException}. Try counts are modest for CI; raise them with
 * {@code -DQT_EXAMPLES=100000}.
 */
class NeverThrowsProperties {

    static List<List<String>> cables = new ArrayList<>();
    static final CableParser TOLERANT = CableParser.create();
    static final CableParser STRICT = CableParser.create(ParserOptions.builder().strict(true).build());

    @BeforeAll
    static void load() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/corpus-sample/cables"))) {
            for (Path p : s.sorted().limit(40).toList()) {
                cables.add(List.of(Files.readString(p, StandardCharsets.UTF_8).split("\n", -1)));
            }
        }
    }

    static int examples() {
        return Integer.getInteger("QT_EXAMPLES", 300);
    }

    /** A mutation: 0 delete, 1 duplicate, 2 swap with next, 3 truncate, 4 lower-case, 5 blanks, 6 glue to next. */
    record Mutation(int kind, int at) {
    }

    static Gen<Mutation> mutations() {
        return integers().between(0, 6).zip(integers().between(0, 10_000), Mutation::new);
    }

    static String mutate(List<String> lines, List<Mutation> ms) {
        List<String> l = new ArrayList<>(lines);
        for (Mutation m : ms) {
            if (l.isEmpty()) {
                break;
            }
            int i = m.at() % l.size();
            switch (m.kind()) {
                case 0 -> l.remove(i);
                case 1 -> l.add(i, l.get(i));
                case 2 -> {
                    if (i + 1 < l.size()) {
                        String t = l.get(i);
                        l.set(i, l.get(i + 1));
                        l.set(i + 1, t);
                    }
                }
                case 3 -> l.set(i, l.get(i).substring(0, l.get(i).length() / 2));
                case 4 -> l.set(i, l.get(i).toLowerCase(java.util.Locale.ROOT));
                case 5 -> l.set(i, "  \t" + l.get(i) + "   ");
                default -> {
                    if (i + 1 < l.size()) {
                        l.set(i, l.get(i) + l.remove(i + 1));
                    }
                }
            }
        }
        return String.join("\n", l);
    }

    static void check(String text) {
        ParseResult r = TOLERANT.parse(text);
        int lines = text.split("\r\n|\n|\r|\u2028", -1).length;
        for (Diagnostic d : r.diagnostics()) {
            if (d.span().startLine() > Math.max(1, lines) || d.span().endLine() > Math.max(1, lines)) {
                throw new AssertionError("diagnostic outside the input: " + d + " (" + lines + " lines)");
            }
        }
        try {
            STRICT.parse(text);
        } catch (CableParseException expected) {
            if (expected.diagnostics().isEmpty()) {
                throw new AssertionError("strict exception without diagnostics");
            }
        }
    }

    @Test
    void mutatedCablesNeverThrow() {
        qt().withExamples(examples()).forAll(integers().between(0, 39), lists().of(mutations()).ofSizeBetween(1, 12))
                .checkAssert((c, ms) -> check(mutate(cables.get(c % cables.size()), ms)));
    }

    @Test
    void randomTextNeverThrows() {
        qt().withExamples(examples()).forAll(strings().allPossible().ofLengthBetween(0, 400)).checkAssert(
                NeverThrowsProperties::check);
    }

    @Test
    void randomLinesOfTelegramWordsNeverThrow() {
        String[] words = {"VZCZC", "DE RUEH", "ZNY CCCCC", "O 141042Z NOV 08", "FM", "TO", "INFO", "XMT", "TAGS:",
            "SUBJECT:", "REF:", "E.O. 12958:", "C O N F I D E N T I A L", "SECTION 01 OF 02", "1.", "\u00B6", "(C)",
            "PAGE 02", "BT", "#1234", "NNNN", "ASTANA 00002256 002.2 OF 002", "SIPDIS", "END SUMMARY", "COMMENT:",
            "\r", "\u2028", "\t", "Classified By:", "ACTION EUR-25", "----------"};
        Gen<String> line = lists().of(integers().between(0, words.length - 1)).ofSizeBetween(0, 6)
                .map(is -> String.join(" ", is.stream().map(i -> words[i]).toList()));
        qt().withExamples(examples()).forAll(lists().of(line).ofSizeBetween(0, 40))
                .checkAssert(ls -> check(String.join("\n", ls)));
    }
}

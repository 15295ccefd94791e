package org.cablegram.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cablegram.CableParser;
import org.cablegram.JsonForm;
import org.cablegram.ParseResult;
import org.cablegram.CorpusTest;
import org.junit.jupiter.api.Test;

/**
 * The parser against the answer key written by reading the cables ({@code oracle/key/}, after
 * {@code oracle/GUIDE.md}). Prints per-field figures over the open two thirds of the key and
 * fails when a field falls below its floor in {@code oracle/thresholds.tsv}. The held-back third
 * is scored only when asked ({@code -Doracle.heldBack=true}): once, at the end of the
 * field-accuracy work, so that no rule is fitted to it.
 */
class AnswerKeyTest {

    static Path corpus() {
        return Path.of(System.getProperty("cablegram.corpus", "../shared/corpus"));
    }

    @Test
    void keyIsCompleteAndWellFormed() {
        Map<String, AnswerKey.Selected> selection = AnswerKey.selection(AnswerKey.DIR);
        Map<String, AnswerKey.Entry> key = AnswerKey.readAll(AnswerKey.DIR.resolve("key"));
        Map<String, AnswerKey.Entry> second = AnswerKey.readAll(AnswerKey.DIR.resolve("second"));
        assertTrue(selection.size() >= 200, "at least 200 cables selected");
        assertEquals(selection.keySet(), key.keySet(), "every selected cable has a key file, and no other");
        assertTrue(key.keySet().containsAll(second.keySet()), "second readings are of keyed cables");
        assertTrue(second.size() * 4 >= selection.size(), "a quarter of the cables is read twice");
        long held = selection.values().stream().filter(AnswerKey.Selected::heldBack).count();
        assertTrue(held * 3 >= selection.size() - 2, "a third is held back");
        List<String> problems = new ArrayList<>();
        for (Map<String, AnswerKey.Entry> set : List.of(key, second)) {
            for (AnswerKey.Entry e : set.values()) {
                for (String f : AnswerKey.FIELDS) {
                    if (!f.equals("ref") && e.field(f) == null) {
                        problems.add(e.id() + ": no " + f);
                    }
                }
                if (e.refs().isEmpty()) {
                    problems.add(e.id() + ": no ref line");
                }
                for (String r : e.refs()) {
                    if (!r.equals("-") && !r.equals("?") && r.split("\\|").length < 2) {
                        problems.add(e.id() + ": ref not LETTER | KIND | IDS: " + r);
                    }
                }
                for (String c : List.of("to-count", "info-count", "paragraphs")) {
                    String v = e.field(c);
                    if (v != null && !v.matches("\\d+|\\?")) {
                        problems.add(e.id() + ": " + c + " is not a number: " + v);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void accuracyAgainstTheKey() throws IOException {
        Path cables = corpus().resolve("cables");
        CorpusTest.requireCorpus(cables);
        boolean heldBack = Boolean.getBoolean("oracle.heldBack");
        Scores open = score(cables, false);
        String report = open.table("[oracle] answer key, open two thirds");
        if (heldBack) {
            report += "\n" + score(cables, true).table("[oracle] answer key, held-back third");
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "oracle-accuracy.md"), report + "\n" + failures(open), StandardCharsets.UTF_8);

        List<String> below = new ArrayList<>();
        for (Map.Entry<String, double[]> t : thresholds().entrySet()) {
            Scores.Tally tally = open.tallies().get(t.getKey());
            if (tally == null) {
                below.add("unknown field in thresholds.tsv: " + t.getKey());
                continue;
            }
            if (tally.rightPercent() + 1e-9 < t.getValue()[0]) {
                below.add(String.format(Locale.ROOT, "%s: %.1f %% right, floor %.1f %%", t.getKey(),
                        tally.rightPercent(), t.getValue()[0]));
            }
            if (tally.falsePositives() > t.getValue()[1]) {
                below.add(String.format(Locale.ROOT, "%s: %d false positives, at most %d", t.getKey(),
                        tally.falsePositives(), (int) t.getValue()[1]));
            }
        }
        assertEquals(List.of(), below, "fields below their floor (details: target/oracle-accuracy.md)");
    }

    /** Scores the open or the held-back part of the key. */
    static Scores score(Path cables, boolean heldBack) {
        Map<String, AnswerKey.Selected> selection = AnswerKey.selection(AnswerKey.DIR);
        Map<String, AnswerKey.Entry> key = AnswerKey.readAll(AnswerKey.DIR.resolve("key"));
        CableParser parser = CableParser.create();
        Scores scores = new Scores();
        for (AnswerKey.Selected s : selection.values()) {
            if (s.heldBack() != heldBack || !key.containsKey(s.id())) {
                continue;
            }
            // the file id is known, as to any user of an archive: a partial extract without a
            // date-time group takes its year for citations without one (GUIDE.md, ref)
            ParseResult r = parser.parse(cables.resolve(s.id() + ".txt"), s.id());
            scores.add(s.id(), OracleFields.ofKey(key.get(s.id())),
                    OracleFields.ofJson(JsonForm.of(s.id() + ".txt", r.cable())));
        }
        return scores;
    }

    private static String failures(Scores scores) {
        StringBuilder b = new StringBuilder("## Cables not right, by field\n");
        scores.tallies().forEach((f, t) -> {
            if (!t.failures().isEmpty()) {
                b.append("\n### ").append(f).append("\n\n");
                t.failures().forEach(x -> b.append("- ").append(x).append('\n'));
            }
        });
        return b.toString();
    }

    /** Field to {floor of right %, most false positives}. */
    static Map<String, double[]> thresholds() throws IOException {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(AnswerKey.DIR.resolve("thresholds.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            out.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
        return out;
    }
}

package org.cablegram.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The field-level differential report: given the field dumps of two builds ({@link FieldDump}),
 * lists per field the cables whose value changed, old and new side by side, and what the answer
 * key says of them: {@code new right}, {@code old right}, {@code neither} (the key has a third
 * value), {@code not in key}, or {@code held back} (the held-back third is not shown, so that
 * it stays unseen until it is scored). Then the same, without the key, for every other value of
 * the JSON form ({@code json.<path>}, diagnostics included), grouped by path, at most
 * {@value #MAX_ROWS} rows listed per path.
 *
 * <p>Usage: {@code FieldDiff <old.tsv> <new.tsv> [oracle dir]}; the report (Markdown) goes to
 * standard output.
 */
public final class FieldDiff {

    /** Rows listed per path of the other model parts; the count covers them all. */
    static final int MAX_ROWS = 100;

    private FieldDiff() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Map<String, String>> before = read(Path.of(args[0]));
        Map<String, Map<String, String>> after = read(Path.of(args[1]));
        Path oracle = args.length > 2 ? Path.of(args[2]) : AnswerKey.DIR;
        System.out.print(report(before, after, oracle));
    }

    static Map<String, Map<String, String>> read(Path dump) throws IOException {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (String line : Files.readAllLines(dump, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 3);
            if (f.length == 3) {
                out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], f[2]);
            }
        }
        return out;
    }

    static String report(Map<String, Map<String, String>> before, Map<String, Map<String, String>> after, Path oracle) {
        Map<String, AnswerKey.Selected> selection = AnswerKey.selection(oracle);
        Map<String, AnswerKey.Entry> key = AnswerKey.readAll(oracle.resolve("key"));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Map<String, int[]> verdicts = new LinkedHashMap<>();
        OracleFields.FIELDS.forEach(f -> {
            rows.put(f, new ArrayList<>());
            verdicts.put(f, new int[3]);
        });
        // the model's other parts, grouped by path without list indexes (json.to[].name)
        TreeMap<String, List<String>> other = new TreeMap<>();
        for (String id : union(before, after)) {
            Map<String, String> a = before.getOrDefault(id, Map.of());
            Map<String, String> b = after.getOrDefault(id, Map.of());
            Map<String, String> k = null;
            AnswerKey.Selected sel = selection.get(id);
            if (sel != null && !sel.heldBack() && key.containsKey(id)) {
                k = OracleFields.ofKey(key.get(id));
            }
            TreeMap<String, Boolean> paths = new TreeMap<>();
            a.keySet().forEach(p -> paths.put(p, true));
            b.keySet().forEach(p -> paths.put(p, true));
            for (String p : paths.keySet()) {
                if (!p.startsWith("json.")) {
                    continue;
                }
                String old = a.getOrDefault(p, "");
                String now = b.getOrDefault(p, "");
                if (!old.equals(now)) {
                    other.computeIfAbsent(p.replaceAll("\\[\\d+\\]", "[]"), x -> new ArrayList<>())
                            .add("| " + id + " | " + p + " | " + cell(old) + " | " + cell(now) + " |");
                }
            }
            for (String f : OracleFields.FIELDS) {
                String old = a.getOrDefault(f, "");
                String now = b.getOrDefault(f, "");
                if (old.equals(now)) {
                    continue;
                }
                String verdict;
                if (sel != null && sel.heldBack()) {
                    verdict = "held back";
                } else if (k == null || OracleFields.UNKNOWN.equals(k.get(f))) {
                    verdict = "not in key";
                } else if (k.get(f).equals(now)) {
                    verdict = "new right";
                    verdicts.get(f)[0]++;
                } else if (k.get(f).equals(old)) {
                    verdict = "old right";
                    verdicts.get(f)[1]++;
                } else {
                    verdict = "neither";
                    verdicts.get(f)[2]++;
                }
                rows.get(f).add("| " + id + " | " + cell(old) + " | " + cell(now) + " | " + verdict + " |");
            }
        }
        StringBuilder out = new StringBuilder("# Field differences\n\n");
        out.append(String.format(Locale.ROOT, "%d cables before, %d after.%n%n", before.size(), after.size()));
        out.append("| field | changed | new right | old right | neither |\n|---|---:|---:|---:|---:|\n");
        rows.forEach((f, r) -> {
            int[] v = verdicts.get(f);
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", f, r.size(), v[0], v[1], v[2]));
        });
        rows.forEach((f, r) -> {
            if (!r.isEmpty()) {
                out.append("\n## ").append(f).append("\n\n| cable | old | new | answer key |\n|---|---|---|---|\n");
                r.forEach(line -> out.append(line).append('\n'));
            }
        });
        out.append("\n# Other parts of the model\n\n");
        if (other.isEmpty()) {
            out.append("No other value changed.\n");
        } else {
            out.append("| path | values changed |\n|---|---:|\n");
            other.forEach((p, r) -> out.append("| ").append(p).append(" | ").append(r.size()).append(" |\n"));
        }
        other.forEach((p, r) -> {
            out.append("\n## ").append(p).append("\n\n| cable | path | old | new |\n|---|---|---|---|\n");
            r.stream().limit(MAX_ROWS).forEach(line -> out.append(line).append('\n'));
            if (r.size() > MAX_ROWS) {
                out.append("\n(").append(r.size() - MAX_ROWS).append(" more)\n");
            }
        });
        return out.toString();
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeMap<String, Boolean> ids = new TreeMap<>();
        a.keySet().forEach(id -> ids.put(id, true));
        b.keySet().forEach(id -> ids.put(id, true));
        return new ArrayList<>(ids.keySet());
    }

    private static String cell(String v) {
        return v.isEmpty() ? "–" : v.replace("|", "\\|");
    }
}

package org.cablegram.oracle;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cablegram.CableParser;
import org.cablegram.JsonForm;
import org.cablegram.ParseResult;

/**
 * Writes the fields of every cable of a corpus as one build of the library parses them:
 * {@code id TAB field TAB value}, one line per field, cables in id order. The fields are the
 * answer key's ({@link OracleFields}) and every leaf of the JSON form, diagnostics included
 * ({@code json.<path>}). Two dumps
 * made by two builds are compared by {@link FieldDiff}. It uses only API that every build has
 * ({@code CableParser}, {@code JsonForm}), so the differential script can compile it against
 * an older jar.
 *
 * <p>Usage: {@code FieldDump <corpus dir with cables/> <out.tsv>}
 */
public final class FieldDump {

    private FieldDump() {
    }

    public static void main(String[] args) throws IOException {
        Path cables = Path.of(args[0]).resolve("cables");
        Path out = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> s = Files.list(cables)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        CableParser parser = CableParser.create();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Path f : files) {
                String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
                ParseResult r = parser.parse(f, id);
                Map<String, Object> json = JsonForm.of(id + ".txt", r);
                Map<String, String> fields = new LinkedHashMap<>(OracleFields.ofJson(json));
                flatten("json", json, fields);
                fields.forEach((k, v) -> w.append(id).append('\t').append(k).append('\t')
                        .append(v.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ')).append('\n'));
            }
        }
        System.err.println("field dump: " + files.size() + " cables -> " + out);
    }

    /**
     * Every leaf of the JSON form under its path ({@code json.to[2].name}), so that a change of
     * any model part shows up, not only the key's fields. Long texts are given as their length
     * and hash: the report should say that a paragraph changed, not print it.
     */
    static void flatten(String path, Object value, Map<String, String> out) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> flatten(path + "." + k, v, out));
        } else if (value instanceof List<?> l) {
            out.put(path + ".size", String.valueOf(l.size()));
            for (int i = 0; i < l.size(); i++) {
                flatten(path + "[" + i + "]", l.get(i), out);
            }
        } else if (value != null) {
            String s = value.toString();
            out.put(path, s.length() <= LONG ? s : s.length() + " chars, hash " + Integer.toHexString(s.hashCode()));
        }
    }

    /** Longer texts are dumped as length and hash. */
    static final int LONG = 160;
}

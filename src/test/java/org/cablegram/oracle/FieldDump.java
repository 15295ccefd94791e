package org.cablegram.oracle;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cablegram.CableParser;
import org.cablegram.JsonForm;
import org.cablegram.ParseResult;

/**
 * Writes the answer key's fields of every cable of a corpus, as one build of the library
 * parses them: {@code id TAB field TAB value}, one line per field, cables in id order. Two dumps
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
                ParseResult r = parser.parse(f);
                Map<String, String> fields = OracleFields.ofJson(JsonForm.of(id + ".txt", r.cable()));
                fields.forEach((k, v) -> w.append(id).append('\t').append(k).append('\t')
                        .append(v.replace('\t', ' ').replace('\n', ' ')).append('\n'));
            }
        }
        System.err.println("field dump: " + files.size() + " cables -> " + out);
    }
}

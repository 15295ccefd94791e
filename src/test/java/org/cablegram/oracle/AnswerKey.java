package org.cablegram.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The answer key: for each selected cable, what a reader found in its raw text, written by
 * hand after {@code src/test/resources/oracle/GUIDE.md} ({@code key/<ID>.key}), and the
 * selection that says which third is held back.
 */
public final class AnswerKey {

    /** The key's folder in the source tree. */
    public static final Path DIR = Path.of("src/test/resources/oracle");

    /** The fields every key file carries, in order. */
    static final List<String> FIELDS = List.of("id", "reader", "subject", "subject-marking", "tags", "ref",
            "classified-by-name", "classified-by-title", "classified-by-reasons", "signers", "summary", "fm",
            "to-count", "info-count", "dtg", "paragraphs");

    /**
     * One labelled cable.
     *
     * @param id     the cable's file id
     * @param fields each single-valued field as written
     * @param refs   the {@code ref:} lines in order
     * @param notes  the labeller's notes
     */
    public record Entry(String id, Map<String, String> fields, List<String> refs, List<String> notes) {

        /**
         * @param name a field name of the guide
         * @return its value as written, or null when the file lacks it
         */
        public String field(String name) {
            return fields.get(name);
        }
    }

    /**
     * One line of the selection.
     *
     * @param id      the cable's file id
     * @param stratum why it was chosen
     * @param heldBack whether it belongs to the third scored only at the end
     */
    public record Selected(String id, String stratum, boolean heldBack) { }

    private AnswerKey() {
    }

    /**
     * Reads one key file.
     *
     * @param file a {@code .key} file
     * @return its entry
     * @throws IllegalArgumentException when a line is not {@code field: value} of a known field
     */
    public static Entry read(Path file) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> refs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(file + ": not a field line: " + line);
            }
            String name = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (name.equals("note")) {
                notes.add(value);
            } else if (name.equals("ref")) {
                refs.add(value);
            } else if (FIELDS.contains(name)) {
                if (fields.putIfAbsent(name, value) != null) {
                    throw new IllegalArgumentException(file + ": field given twice: " + name);
                }
            } else {
                throw new IllegalArgumentException(file + ": unknown field: " + name);
            }
        }
        String id = fields.getOrDefault("id", file.getFileName().toString().replaceFirst("\\.key$", ""));
        return new Entry(id, fields, refs, notes);
    }

    /**
     * Reads every key file of a folder.
     *
     * @param dir {@code key/} or {@code second/}
     * @return entries by id
     */
    public static Map<String, Entry> readAll(Path dir) {
        Map<String, Entry> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.toString().endsWith(".key")).forEach(p -> {
                Entry e = read(p);
                out.put(e.id(), e);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Reads the selection.
     *
     * @param dir the oracle folder
     * @return the selected cables by id
     */
    public static Map<String, Selected> selection(Path dir) {
        Map<String, Selected> out = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(dir.resolve("selection.tsv"), StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                out.put(f[0], new Selected(f[0], f[1], f[4].equals("held")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

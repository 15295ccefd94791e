package org.cablegram.oracle;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cablegram.CableParser;
import org.cablegram.JsonForm;
import org.cablegram.ParseResult;

/**
 * The corpus figure of the README on references: of the (citing cable, cited id) pairs the
 * parser reads from the REF blocks of a corpus, how many name a cable that is itself in the
 * corpus. Each cable is parsed with its file id as the known id, as a user of an archive would.
 * It reads only {@code CableParser} and {@code JsonForm} (the {@code cableIds} list where a build
 * has it, else {@code cableId}), so that an older build can be measured with the same program.
 *
 * <p>Usage: {@code CitationFigures <corpus dir with cables/> [pairs.tsv]}; the optional file
 * gets every pair, {@code citing TAB cited TAB resolved}.
 */
public final class CitationFigures {

    private CitationFigures() {
    }

    public static void main(String[] args) throws IOException {
        Path cables = Path.of(args[0]).resolve("cables");
        List<Path> files;
        try (Stream<Path> s = Files.list(cables)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        Set<String> ids = new TreeSet<>();
        for (Path f : files) {
            ids.add(f.getFileName().toString().replaceFirst("\\.txt$", ""));
        }
        CableParser parser = CableParser.create();
        List<String[]> pairs = new ArrayList<>();
        int citing = 0;
        for (Path f : files) {
            String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
            ParseResult r = parser.parse(f, id);
            Set<String> cited = new LinkedHashSet<>(cited(JsonForm.of(id + ".txt", r)));
            citing += cited.isEmpty() ? 0 : 1;
            for (String c : cited) {
                pairs.add(new String[] {id, c, String.valueOf(resolves(c, ids))});
            }
        }
        long resolved = pairs.stream().filter(p -> p[2].equals("true")).count();
        System.out.printf(Locale.ROOT, "cables %d, citing a cable %d, pairs %d, resolved in the corpus %d (%.1f %%)%n",
                files.size(), citing, pairs.size(), resolved, pairs.isEmpty() ? 0.0 : 100.0 * resolved / pairs.size());
        if (args.length > 1) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
                for (String[] p : pairs) {
                    w.append(p[0]).append('\t').append(p[1]).append('\t').append(p[2]).append('\n');
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> cited(Map<String, Object> json) {
        List<String> out = new ArrayList<>();
        Object refs = json.get("references");
        if (!(refs instanceof List<?> list)) {
            return out;
        }
        for (Object o : list) {
            Map<String, Object> r = (Map<String, Object>) o;
            if (r.get("cableIds") instanceof List<?> several) {
                several.forEach(x -> out.add(String.valueOf(x)));
            } else if (r.get("cableId") != null) {
                out.add(String.valueOf(r.get("cableId")));
            }
        }
        return out;
    }

    /**
     * Whether a cited id names a corpus file: the Cablegate id itself, or for 1973-79 the NARA
     * document number the PlusD files are named by (four-digit year, serial padded to five digits,
     * six for STATE).
     */
    static boolean resolves(String id, Set<String> ids) {
        if (ids.contains(id)) {
            return true;
        }
        if (id.length() < 4 || !Character.isDigit(id.charAt(0)) || !Character.isDigit(id.charAt(1))) {
            return false;
        }
        int yy = Integer.parseInt(id.substring(0, 2));
        if (yy < 73 || yy > 79) {
            return false;
        }
        int end = id.length();
        while (end > 2 && Character.isDigit(id.charAt(end - 1))) {
            end--;
        }
        String origin = id.substring(2, end);
        StringBuilder serial = new StringBuilder(id.substring(end));
        while (serial.length() < (origin.equals("STATE") ? 6 : 5)) {
            serial.insert(0, '0');
        }
        String o = origin.length() > 6 ? origin.substring(0, 6) : origin;
        return ids.contains("19" + yy + o + serial);
    }
}

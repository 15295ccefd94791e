package org.cablegram.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Picks the cables of the answer key: a fixed-seed sample of the shared corpus, stratified by
 * rendering, era and the header parts a labeller must read (REF, Classified By, summary). It
 * reads only the raw files and the corpus manifest, never the parser, so the choice cannot
 * lean towards cables the parser gets right.
 *
 * <p>Run from the project root (JDK only, no build needed):
 * {@code java src/test/java/org/cablegram/oracle/SelectCables.java ../shared/corpus > src/test/resources/oracle/selection.tsv}
 *
 * <p>Output columns: id, stratum, labelling batch (1-7), second-reader batch (or {@code -}),
 * held back ({@code held} for the third scored only at the end of the field-accuracy work, else
 * {@code open}).
 */
public final class SelectCables {

    static final long SEED = 20261206L;
    static final int BATCHES = 7;
    /** How many cables in all: the last stratum takes what the others leave. */
    static final int TARGET = 224;

    private static final Pattern PAGE_LINE = Pattern.compile("(?m)^PAGE \\d\\d");
    private static final Pattern OFFICE_LINE = Pattern.compile("(?m)^(ACTION|INFO) +[A-Z]{2,6}-\\d\\d");
    private static final Pattern REF = Pattern.compile("(?m)^\\s*(REF|REFS|REF\\(S\\)|REFTEL|REFTELS)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLASSIFIED_BY = Pattern.compile("classified\\s+by", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUMMARY = Pattern.compile("\\bSUMMARY\\b", Pattern.CASE_INSENSITIVE);

    /** One stratum: a name, how many to take, and which cables belong to it. */
    private record Stratum(String name, int quota, java.util.function.Predicate<Row> test) { }

    /** A corpus file with what the manifest and a plain look at the text say of it. */
    private record Row(String id, String notes, String text, int year) {
        boolean note(String n) {
            return (";" + notes + ";").contains(";" + n + ";");
        }
    }

    private SelectCables() { }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("reference_id")) {
                continue;
            }
            String text = Files.readString(corpus.resolve("cables").resolve(f[0] + ".txt"), StandardCharsets.UTF_8);
            rows.add(new Row(f[0], f.length > 5 ? f[5] : "", text, year(f[0])));
        }
        rows.sort((a, b) -> a.id.compareTo(b.id));

        List<Stratum> strata = List.of(
                new Stratum("plusd-raw", 3, r -> r.note("plusd-raw-content")),
                new Stratum("era-1960s-1970s", 12, r -> r.year < 1980),
                new Stratum("era-1980s", 4, r -> r.year < 1990),
                new Stratum("era-1990s", 7, r -> r.year < 2000),
                new Stratum("print-header", 8, r -> PAGE_LINE.matcher(r.text).find() || OFFICE_LINE.matcher(r.text).find()),
                new Stratum("cables-csv-text", 10, r -> r.note("txt")),
                new Stratum("tsv-db-row", 6, r -> r.note("cleaned:tsv-db-row")),
                new Stratum("db-row-fields-in-body", 6, r -> r.note("artifact:db-row-fields-in-body")),
                new Stratum("partial-extract", 30, r -> r.note("partial-extract")),
                new Stratum("fm-to-header", 14, r -> r.note("fm-to-header") && !r.note("vzczc")),
                new Stratum("full-2000-2004", 15, r -> r.year <= 2004),
                new Stratum("full-ref-classifiedby-summary", 30,
                        r -> has(REF, r) && has(CLASSIFIED_BY, r) && has(SUMMARY, r)),
                new Stratum("full-ref", 15, r -> has(REF, r)),
                new Stratum("full-classifiedby", 15, r -> has(CLASSIFIED_BY, r)),
                new Stratum("full-summary", 10, r -> has(SUMMARY, r)),
                new Stratum("full-other", 0, r -> true));

        Random random = new Random(SEED);
        // every cable belongs to the first stratum it matches, so strata do not overlap
        Map<String, List<Row>> members = new LinkedHashMap<>();
        strata.forEach(s -> members.put(s.name, new ArrayList<>()));
        for (Row r : rows) {
            for (Stratum s : strata) {
                if (s.test.test(r)) {
                    members.get(s.name).add(r);
                    break;
                }
            }
        }
        List<String[]> chosen = new ArrayList<>();
        for (Stratum s : strata) {
            List<Row> pool = members.get(s.name);
            Collections.shuffle(pool, random);
            int quota = s == strata.get(strata.size() - 1) ? TARGET - chosen.size() : s.quota;
            for (Row r : pool.subList(0, Math.min(quota, pool.size()))) {
                chosen.add(new String[] {r.id, s.name});
            }
        }

        // batches mix the strata: deal the shuffled list round-robin
        List<String[]> dealt = new ArrayList<>(chosen);
        Collections.shuffle(dealt, random);
        Map<String, String[]> out = new TreeMap<>();
        for (int i = 0; i < dealt.size(); i++) {
            String[] c = dealt.get(i);
            int batch = i % BATCHES + 1;
            // a quarter (every fourth dealt cable) is read again by the next batch's reader
            String second = i % 4 == 0 ? String.valueOf(batch % BATCHES + 1) : "-";
            out.put(c[0], new String[] {c[0], c[1], String.valueOf(batch), second, "open"});
        }
        // a third held back, drawn separately so it is independent of batch and double reading
        List<String> ids = new ArrayList<>(out.keySet());
        Collections.shuffle(ids, random);
        for (String id : ids.subList(0, ids.size() / 3)) {
            out.get(id)[4] = "held";
        }
        System.out.println("# id\tstratum\tbatch\tsecond_reader_batch\tset");
        System.out.println("# made by SelectCables (seed " + SEED + ") from " + rows.size() + " corpus cables");
        for (String[] c : out.values()) {
            System.out.println(String.join("\t", c));
        }
    }

    private static boolean has(Pattern p, Row r) {
        return p.matcher(r.text).find();
    }

    /** The cable's year from its id: two digits (Cablegate) or four (NARA). */
    static int year(String id) {
        if (id.length() >= 4 && id.substring(0, 4).chars().allMatch(Character::isDigit)
                && (id.startsWith("19") || id.startsWith("20"))
                && !Character.isDigit(id.charAt(4))) {
            return Integer.parseInt(id.substring(0, 4));
        }
        int yy = Integer.parseInt(id.substring(0, 2));
        return yy >= 66 ? 1900 + yy : 2000 + yy;
    }
}

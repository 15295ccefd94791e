package org.cablegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Picks the 50 cables of {@link FragmentTest}: a fixed-seed sample of the shared corpus,
 * stratified by era and rendering (PlusD telegrams, received copies with a print header,
 * cables.csv text, database-row artifacts, partial extracts, FM/TO headers, full Cablegate pages
 * with and without REF, Classified By and summary). A cable qualifies when its raw text has a
 * SUBJECT line and a numbered paragraph, so that each of its fragments holds something; the
 * answer key's held-back cables are left out. Like the answer key's selection it reads only the
 * raw files and the manifest, never the parser.
 *
 * <p>Run from the project root (JDK only):
 * {@code java src/test/java/org/cablegram/SelectFragmentCables.java ../shared/corpus > src/test/resources/fragments/selection.tsv}
 */
public final class SelectFragmentCables {

    static final long SEED = 20270115L;

    private static final Pattern SUBJECT = Pattern.compile("(?mi)^\\s*SUBJ(ECT)?\\s*[:.]");
    private static final Pattern NUMBERED = Pattern.compile("(?m)^\\s*\u00b6?\\s?\\d{1,2}\\.\\s");
    private static final Pattern PAGE_LINE = Pattern.compile("(?m)^PAGE \\d\\d");
    private static final Pattern OFFICE_LINE = Pattern.compile("(?m)^(ACTION|INFO) +[A-Z]{2,6}-\\d\\d");
    private static final Pattern REF = Pattern.compile("(?mi)^\\s*(REF|REFS|REF\\(S\\)|REFTEL|REFTELS)\\b");
    private static final Pattern CLASSIFIED_BY = Pattern.compile("(?i)classified\\s+by");
    private static final Pattern SUMMARY = Pattern.compile("(?i)\\bSUMMARY\\b");

    private record Stratum(String name, int quota, Predicate<Row> test) { }

    private record Row(String id, String notes, String text, int year) {
        boolean note(String n) {
            return (";" + notes + ";").contains(";" + n + ";");
        }

        boolean has(Pattern p) {
            return p.matcher(text).find();
        }
    }

    private SelectFragmentCables() { }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        Set<String> held = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/oracle/selection.tsv"))) {
            String[] f = line.split("\t");
            if (f.length > 4 && f[4].equals("held")) {
                held.add(f[0]);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("reference_id") || held.contains(f[0])) {
                continue;
            }
            String text = Files.readString(corpus.resolve("cables").resolve(f[0] + ".txt"), StandardCharsets.UTF_8);
            Row r = new Row(f[0], f.length > 5 ? f[5] : "", text, year(f[0]));
            if (r.has(SUBJECT) && r.has(NUMBERED)) {
                rows.add(r);
            }
        }
        rows.sort((a, b) -> a.id.compareTo(b.id));
        List<Stratum> strata = List.of(
                new Stratum("era-1970s", 4, r -> r.year < 1980),
                new Stratum("era-1980s-1990s", 5, r -> r.year < 2000),
                new Stratum("print-header", 3, r -> r.has(PAGE_LINE) || r.has(OFFICE_LINE)),
                new Stratum("cables-csv-text", 4, r -> r.note("txt")),
                new Stratum("tsv-db-row", 3, r -> r.note("cleaned:tsv-db-row")),
                new Stratum("db-row-fields-in-body", 3, r -> r.note("artifact:db-row-fields-in-body")),
                new Stratum("partial-extract", 6, r -> r.note("partial-extract")),
                new Stratum("fm-to-header", 4, r -> r.note("fm-to-header") && !r.note("vzczc")),
                new Stratum("full-ref-classifiedby-summary", 6,
                        r -> r.has(REF) && r.has(CLASSIFIED_BY) && r.has(SUMMARY)),
                new Stratum("full-ref", 3, r -> r.has(REF)),
                new Stratum("full-classifiedby", 3, r -> r.has(CLASSIFIED_BY)),
                new Stratum("full-summary", 2, r -> r.has(SUMMARY)),
                new Stratum("full-other", 4, r -> true));
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
        Random random = new Random(SEED);
        Map<String, String> chosen = new TreeMap<>();
        for (Stratum s : strata) {
            List<Row> pool = members.get(s.name);
            Collections.shuffle(pool, random);
            pool.subList(0, Math.min(s.quota, pool.size())).forEach(r -> chosen.put(r.id, s.name));
        }
        System.out.println("# id\tstratum");
        System.out.println("# made by SelectFragmentCables (seed " + SEED + ") from " + rows.size()
                + " corpus cables with a subject and a numbered paragraph, the answer key's held-back cables left out");
        chosen.forEach((id, stratum) -> System.out.println(id + "\t" + stratum));
    }

    /** The cable's year from its id: two digits (Cablegate) or four (NARA). */
    static int year(String id) {
        if (id.length() >= 4 && id.substring(0, 4).chars().allMatch(Character::isDigit)
                && (id.startsWith("19") || id.startsWith("20")) && !Character.isDigit(id.charAt(4))) {
            return Integer.parseInt(id.substring(0, 4));
        }
        int yy = Integer.parseInt(id.substring(0, 2));
        return yy >= 66 ? 1900 + yy : 2000 + yy;
    }
}

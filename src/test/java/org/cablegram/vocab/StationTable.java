package org.cablegram.vocab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the station table the parser ships ({@code stations.tsv}): every spelling of a station
 * that a REF citation or a classification line may use, mapped to the origin Cablegate ids
 * spell it with. It is derived, by the rules below, from {@code ../shared/vocab/origins.tsv}
 * (every origin of the 251,287 Cablegate ids with its count; from cablemap's id list, BSD
 * licence) and from the FM, classification and section lines of the corpus cables mapped to
 * their file ids. Run it from the project root (a single-file program, no dependencies):
 *
 * <pre>
 * java src/test/java/org/cablegram/vocab/StationTable.java ../shared/vocab/origins.tsv ../shared/corpus \
 *     &gt; src/main/resources/org/cablegram/internal/fields/stations.tsv
 * </pre>
 *
 * <p>The rules, each named in the table's third column:
 * <ol>
 * <li>{@code list}: an origin of the list is a station, spelt as it is, unless one of the next
 * two rules makes it a damaged spelling;</li>
 * <li>{@code debris}: a classification word glued before an origin by the id's maker
 * ({@code EFTOLONDON}, {@code NOFORNMOGADISHU}, {@code SIFIEDABUJA}) is the origin after it;</li>
 * <li>{@code typo}: a spelling of at most two cables one edit (a letter left out, added, changed,
 * or two swapped) away from an origin of at least fifty cables is that origin
 * ({@code BRUSELS});</li>
 * <li>{@code the}: an origin the corpus writes with THE as a word of its own, without it
 * ({@code HAGUE} of {@code AMEMBASSY THE HAGUE}; not {@code SSALONIKI});</li>
 * <li>{@code mission}: the prefix of a mission that stands before a city ({@code UNVIE} of
 * {@code UNVIEVIENNA}, {@code USEU}, and {@code USUN} from the corpus's {@code USUN NEW
 * YORK}): a first word that starts with US or UN and is no origin itself, of an origin of at
 * least twenty cables;</li>
 * <li>{@code department}: the Department's addressee name, {@code SECSTATE}, is {@code STATE};</li>
 * <li>{@code corpus}: a spelling of the FM line (without AMEMBASSY, AMCONSUL, USMISSION...), the
 * classification line or a section line that is no station yet, seen in at least two corpus
 * cables and in nine of ten of them with the same origin in the file id.</li>
 * </ol>
 * Two rules are the parser's, at look-up, not rows of the table: digit-for-letter typos
 * ({@code BOG0TA}) are folded to letters, and a spelling that ends in CITY ({@code MEXICO CITY})
 * is looked up without it when it is no station itself.
 */
public final class StationTable {

    private StationTable() {
    }

    private static final Pattern FILE_ID = Pattern.compile("^(?:19)?\\d\\d([A-Z]+?)0*(\\d+)$");
    private static final Pattern FM = Pattern.compile("^FM (?:AMEMBASSY|AMCONSUL|AMCONSULATE|USMISSION|AMEMB|AMCONGEN) +([A-Z][A-Z .'-]*?) *$");
    private static final Pattern FM_PLAIN = Pattern.compile("^FM ([A-Z][A-Z .'-]*?) *$");
    private static final Pattern SECTION_LINE = Pattern.compile("^([A-Z][A-Z .'-]*?) +0*(\\d+) +\\d+(?:\\.\\d+)? +OF +\\d+ *$");
    private static final Pattern CLASS_LINE = Pattern.compile(
            "^(?:UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(?: SECTION \\d+ OF \\d+)? +([A-Z][A-Z .'-]*?) +0*(\\d+) *$");
    private static final Pattern LETTERS = Pattern.compile("[A-Z]+");
    private static final List<String> DEBRIS = List.of("EFTO", "NOFORN", "SIFIED");

    public static void main(String[] args) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 2 && !f[0].equals("origin")) {
                counts.put(f[0], Integer.parseInt(f[1]));
            }
        }
        Map<String, String[]> table = new TreeMap<>();
        // damaged spellings first, so that rule "list" keeps only the others
        Map<String, String[]> damaged = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String o = e.getKey();
            for (String d : DEBRIS) {
                if (o.startsWith(d) && counts.containsKey(o.substring(d.length()))) {
                    damaged.put(o, new String[] {o.substring(d.length()), "debris"});
                }
            }
            if (!damaged.containsKey(o) && e.getValue() <= 2) {
                for (Map.Entry<String, Integer> big : counts.entrySet()) {
                    if (big.getValue() >= 50 && oneEdit(o, big.getKey())) {
                        damaged.put(o, new String[] {big.getKey(), "typo"});
                        break;
                    }
                }
            }
        }
        for (String o : counts.keySet()) {
            table.put(o, damaged.getOrDefault(o, new String[] {o, "list"}));
        }
        List<String> stations = new ArrayList<>();
        table.forEach((k, v) -> {
            if (v[1].equals("list")) {
                stations.add(k);
            }
        });
        for (String o : stations) {
            for (String c : stations) {
                if (!c.equals(o) && o.endsWith(c) && counts.get(c) >= 100 && counts.get(o) >= 20) {
                    String p = o.substring(0, o.length() - c.length());
                    if (p.length() >= 4 && (p.startsWith("US") || p.startsWith("UN")) && !counts.containsKey(p)) {
                        table.putIfAbsent(p, new String[] {o, "mission"});
                    }
                }
            }
        }
        table.putIfAbsent("SECSTATE", new String[] {"STATE", "department"});
        // the corpus: spellings of the FM, classification and section lines against the file ids
        Map<String, Map<String, Integer>> seen = new TreeMap<>();
        Path cables = Path.of(args[1]).resolve("cables");
        List<Path> files;
        try (Stream<Path> s = Files.list(cables)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            Matcher id = FILE_ID.matcher(f.getFileName().toString().replace(".txt", ""));
            if (!id.matches() || !stations.contains(id.group(1))) {
                continue;
            }
            String origin = id.group(1);
            String serial = id.group(2);
            Map<String, Boolean> spellings = new HashMap<>();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String t = line.strip().toUpperCase(Locale.ROOT);
                Matcher m;
                if ((m = FM.matcher(t)).matches() || (m = FM_PLAIN.matcher(t)).matches()) {
                    spellings.put(m.group(1), true);
                    // a mission's first word before the city (USMISSION USUN NEW YORK)
                    String[] w = m.group(1).split(" +");
                    if (w.length > 1 && w[0].equals("THE") && blankless(m.group(1)).equals(origin)) {
                        table.putIfAbsent(origin.substring(3), new String[] {origin, "the"});
                    }
                    if (w.length > 1 && (w[0].startsWith("US") || w[0].startsWith("UN")) && w[0].length() >= 4
                            && !counts.containsKey(w[0]) && blankless(m.group(1)).equals(origin)) {
                        table.putIfAbsent(w[0], new String[] {origin, "mission"});
                    }
                } else if (((m = SECTION_LINE.matcher(t)).matches() || (m = CLASS_LINE.matcher(t)).matches())
                        && m.group(2).equals(serial)) {
                    spellings.put(m.group(1), true);
                }
            }
            for (String s : spellings.keySet()) {
                seen.computeIfAbsent(blankless(s), k -> new TreeMap<>()).merge(origin, 1, Integer::sum);
            }
        }
        seen.forEach((spelling, origins) -> {
            int total = origins.values().stream().mapToInt(Integer::intValue).sum();
            origins.forEach((origin, n) -> {
                if (total >= 2 && n * 10 >= total * 9 && !table.containsKey(spelling) && LETTERS.matcher(spelling).matches()) {
                    table.put(spelling, new String[] {origin, "corpus"});
                }
            });
        });
        StringBuilder out = new StringBuilder();
        out.append("# Station spellings of REF citations and classification lines, and the origin Cablegate ids spell them with.\n")
                .append("# Generated by src/test/java/org/cablegram/vocab/StationTable.java (its Javadoc states the rules of the\n")
                .append("# third column) from ../shared/vocab/origins.tsv, the origins of the 251,287 Cablegate ids as listed by\n")
                .append("# the Python project heuer/cablemap (cable2month.csv.gz, id list only; BSD licence, notice in\n")
                .append("# LICENSE-cablemap.txt beside this file, which must ship with it), and from the FM, classification and\n")
                .append("# section lines of the cables of ../shared/corpus. Rebuild from the project root:\n")
                .append("#   java src/test/java/org/cablegram/vocab/StationTable.java ../shared/vocab/origins.tsv ../shared/corpus \\\n")
                .append("#       > src/main/resources/org/cablegram/internal/fields/stations.tsv\n")
                .append("# spelling (capitals, no blanks)\torigin\trule\n");
        table.forEach((k, v) -> out.append(k).append('\t').append(v[0]).append('\t').append(v[1]).append('\n'));
        System.out.print(out);
    }

    private static String blankless(String s) {
        return s.replace(" ", "").replace(".", "");
    }

    /** Whether two spellings are one edit apart: a letter left out, added or changed, or two swapped. */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return a.length() < b.length() ? a.substring(i).equals(b.substring(i + 1)) : a.substring(i + 1).equals(b.substring(i));
    }
}

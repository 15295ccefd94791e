package org.cablegram.vocab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Learns the vocabulary of signers ({@code signers.txt}) from the well-formed endings of the
 * corpus: the last line of a cable's text, once blank lines and the ending's lines (NNNN, BT,
 * #serial, banners, NARA footers, notes) are set aside, that holds one surname in capitals and
 * stands after a blank line or a sentence's end. A surname is kept when at least {@link #MIN_CABLES}
 * cables end with it. It reads only the raw files, never the parser, and leaves out every cable of
 * the answer key (open and held back), so that the key still measures what the rules do on cables
 * they were not learned from.
 *
 * <p>Run from the project root (JDK only, no build needed):
 * {@code java src/test/java/org/cablegram/vocab/LearnSigners.java ../shared/corpus > src/main/resources/org/cablegram/internal/fields/signers.txt}
 */
public final class LearnSigners {

    /** A surname must end this many cables to be learned. */
    static final int MIN_CABLES = 2;

    private static final Path RESOURCES = Path.of("src/main/resources/org/cablegram/internal/fields");

    private LearnSigners() {
    }

    public static void main(String[] args) throws IOException {
        System.out.print(learn(Path.of(args.length > 0 ? args[0] : "../shared/corpus")));
    }

    /** The text of signers.txt learned from the corpus, run from the project root. */
    static String learn(Path corpus) throws IOException {
        Set<String> keyed = keyed(Path.of("src/test/resources/oracle/selection.tsv"));
        Set<String> stop = new HashSet<>();
        for (String f : List.of("not-names.txt", "closers.txt", "classification-words.txt")) {
            for (String l : Files.readAllLines(RESOURCES.resolve(f), StandardCharsets.UTF_8)) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    stop.add(l.strip().toUpperCase(Locale.ROOT));
                }
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        int read = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus.resolve("cables"))) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String id = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            if (keyed.contains(id)) {
                continue;
            }
            read++;
            String signer = signer(Files.readAllLines(f, StandardCharsets.UTF_8), stop);
            if (signer != null) {
                counts.merge(signer, 1, Integer::sum);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# Surnames that sign cables, learned from the well-formed endings of the corpus: the last\n");
        out.append("# line of the text, after the ending's lines are set aside, holding one surname in capitals\n");
        out.append("# after a blank line or a sentence's end. Used to find a signer glued to the last sentence\n");
        out.append("# when the newlines were lost (\"... this happens. Scobey\"). Kept when at least ")
                .append(MIN_CABLES).append(" cables end\n");
        out.append("# with the name; the cables of the answer key are left out. Made by\n");
        out.append("#   java src/test/java/org/cablegram/vocab/LearnSigners.java ../shared/corpus > src/main/resources/org/cablegram/internal/fields/signers.txt\n");
        out.append("# from ").append(read).append(" cables of ../shared/corpus (names are public officials' surnames as\n");
        out.append("# the cables print them).\n");
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= MIN_CABLES) {
                out.append(e.getKey()).append('\n');
            }
        }
        return out.toString();
    }

    private static Set<String> keyed(Path selection) throws IOException {
        Set<String> out = new HashSet<>();
        for (String l : Files.readAllLines(selection, StandardCharsets.UTF_8)) {
            if (!l.startsWith("#") && !l.isBlank()) {
                out.add(l.split("\t")[0]);
            }
        }
        return out;
    }

    /** The surname of a well-formed ending, or null. */
    static String signer(List<String> lines, Set<String> stop) {
        int i = lines.size() - 1;
        while (i >= 0 && isEnding(lines.get(i).strip(), stop)) {
            i--;
        }
        if (i < 1) {
            return null;
        }
        String last = lines.get(i).strip();
        if (last.length() < 3 || last.length() > 20 || stop.contains(last)) {
            return null;
        }
        for (int k = 0; k < last.length(); k++) {
            char c = last.charAt(k);
            if (!(c >= 'A' && c <= 'Z' || c == '\'' || c == '-')) {
                return null;
            }
        }
        String before = lines.get(i - 1).strip();
        if (!before.isEmpty()) {
            char c = before.charAt(before.length() - 1);
            if (".!?\")\u201D".indexOf(c) < 0) {
                return null;
            }
        }
        return last;
    }

    /** A line of the ending, or a blank: set aside before the signer is looked for. */
    private static boolean isEnding(String l, Set<String> stop) {
        if (l.isEmpty() || l.startsWith("NNNN") || l.equals("NNN") || l.equals("BT") || l.startsWith("#")
                || l.startsWith("<<") || l.startsWith("***") || l.startsWith("NOTE BY") || l.startsWith("PAGE ")) {
            return true;
        }
        // a banner or caption: words in capitals that are all classification or caption words
        for (String w : l.split("[\\s/]+")) {
            if (!w.isEmpty() && !stop.contains(w)) {
                return false;
            }
        }
        return true;
    }
}

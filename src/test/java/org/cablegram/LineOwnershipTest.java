package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cablegram.internal.assemble.SideTable;
import org.cablegram.internal.assemble.SideTable.LayoutKind;
import org.cablegram.model.Cable;
import org.junit.jupiter.api.Test;

/**
 * "No line is lost", checked on every file of the shared corpus (cables, variants, quarantine):
 * each input line is either owned by an element of the parsed cable, or is layout of one of the
 * few kinds {@link LayoutKind} lists, and has that kind's shape. For an owned line, every word
 * of it (letters and digits, case ignored) appears in the value or the raw text of one of its
 * owners: a line split into several elements must have each of its pieces held by one of them.
 */
class LineOwnershipTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");

    /** Words a page banner is made of: the classification words, spaced or not, and caveats. */
    private static final Pattern BANNER_WORD = Pattern.compile("UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|TOP|LIMITED"
            + "|OFFICIAL|USE|ONLY|NOFORN|SENSITIVE|SBU|EFTO|[A-Z]|[A-Z]{3}\\d+");

    /** What the corpus gives, summed over its files. */
    static final class Tally {
        int files;
        int lines;
        int unrecognized;
        int ownedByValue;
        final Map<String, Integer> owners = new TreeMap<>();
        final Map<LayoutKind, Integer> layout = new TreeMap<>();
        final List<String> unowned = new ArrayList<>();
        final List<String> foreignOwner = new ArrayList<>();
        final List<String> missingWords = new ArrayList<>();
        final List<String> badLayout = new ArrayList<>();

        synchronized void add(Tally t) {
            files += t.files;
            lines += t.lines;
            unrecognized += t.unrecognized;
            ownedByValue += t.ownedByValue;
            t.owners.forEach((k, v) -> owners.merge(k, v, Integer::sum));
            t.layout.forEach((k, v) -> layout.merge(k, v, Integer::sum));
            unowned.addAll(t.unowned);
            foreignOwner.addAll(t.foreignOwner);
            missingWords.addAll(t.missingWords);
            badLayout.addAll(t.badLayout);
        }

        int failures() {
            return unowned.size() + foreignOwner.size() + missingWords.size() + badLayout.size();
        }
    }

    @Test
    void everyLineOfTheSharedCorpusIsOwnedOrLayout() throws IOException {
        Path root = CorpusTest.corpusRoot();
        CorpusTest.requireCorpus(root.resolve("cables"));
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("cables", "variants", "quarantine")) {
            Path d = root.resolve(dir);
            if (Files.isDirectory(d)) {
                files.addAll(WriterTest.files(d));
            }
        }
        long start = System.nanoTime();
        CableParser parser = CableParser.create();
        Tally all = new Tally();
        files.parallelStream().forEach(f -> all.add(check(f.getFileName().toString(), parser.parse(f))));
        int owned = all.lines - all.layout.values().stream().mapToInt(Integer::intValue).sum()
                - all.unowned.size();
        System.out.printf("[ownership] %d files, %d lines: %d owned (%d of them by their owners' values alone),"
                + " layout %s, %d unowned; owners by kind %s; %d Unrecognized elements;"
                + " %d owned by elements not in the cable, %d with words no owner holds, %d layout lines"
                + " with content (%.1f s)%n", all.files, all.lines, owned, all.ownedByValue, all.layout,
                all.unowned.size(), all.owners, all.unrecognized, all.foreignOwner.size(),
                all.missingWords.size(), all.badLayout.size(), (System.nanoTime() - start) / 1e9);
        assertTrue(all.files > 6000, "corpus of " + all.files + " files");
        if (all.failures() > 0) {
            StringBuilder sb = new StringBuilder(all.failures() + " lines fail the ownership check:");
            appendSamples(sb, "unowned", all.unowned);
            appendSamples(sb, "owned by an element not in the cable", all.foreignOwner);
            appendSamples(sb, "words no owner holds", all.missingWords);
            appendSamples(sb, "layout with content", all.badLayout);
            fail(sb.toString());
        }
    }

    private static void appendSamples(StringBuilder sb, String what, List<String> lines) {
        if (!lines.isEmpty()) {
            sb.append("\n").append(lines.size()).append(' ').append(what).append(':');
            lines.stream().sorted().limit(15).forEach(l -> sb.append("\n  ").append(l));
        }
    }

    /** Checks every line of one parse. */
    static Tally check(String name, ParseResult r) {
        Tally t = new Tally();
        t.files = 1;
        Cable cable = r.cable();
        t.unrecognized = cable.unrecognized().size();
        Map<Object, String> elements = elements(cable);
        SideTable side = r.side();
        List<String> raw = side.rawLines();
        t.lines = raw.size();
        Map<Object, Set<String>> valueWords = new IdentityHashMap<>();
        Map<Object, Set<String>> rawWordsOf = new IdentityHashMap<>();
        for (int i = 1; i <= raw.size(); i++) {
            String line = raw.get(i - 1);
            String where = name + ":" + i + ": " + shorten(line.strip());
            List<Object> owners = side.ownersOf(i);
            LayoutKind layout = side.layoutOf(i);
            if (owners.isEmpty()) {
                if (layout == null) {
                    t.unowned.add(where);
                    continue;
                }
                t.layout.merge(layout, 1, Integer::sum);
                if (!hasShape(layout, line)) {
                    t.badLayout.add(layout + " " + where);
                }
                continue;
            }
            List<Set<String>> value = new ArrayList<>();
            List<Set<String>> held = new ArrayList<>();
            boolean foreign = false;
            for (Object o : owners) {
                String kind = elements.get(o);
                if (kind == null) {
                    foreign = true;
                    kind = "not in the cable";
                }
                t.owners.merge(kind, 1, Integer::sum);
                // an element owns many lines: its words are gathered once
                value.add(valueWords.computeIfAbsent(o,
                        x -> new HashSet<>(words(x == cable ? PARTIAL_NOTICE : String.valueOf(x)))));
            }
            if (foreign) {
                t.foreignOwner.add(where + " " + owners.stream().map(o -> o.getClass().getSimpleName()).toList());
            }
            List<String> lineWords = words(line);
            boolean byValue = lineWords.stream().allMatch(w -> anyHolds(value, w));
            List<String> missing = new ArrayList<>();
            if (!byValue) {
                // the raw text of the owners: the pieces of a split line, the text of a break
                held.addAll(value);
                for (Object o : owners) {
                    held.add(rawWordsOf.computeIfAbsent(o, x -> new HashSet<>(words(r.rawOf(x).orElse("")))));
                }
                if (layout == LayoutKind.BANNER) {
                    // a piece of the line was taken as a banner: its classification words
                    held.add(BANNER_WORDS);
                }
                for (String w : lineWords) {
                    if (!joined(w, held, 3)) {
                        missing.add(w);
                    }
                }
            }
            if (byValue) {
                t.ownedByValue++;
            }
            if (!missing.isEmpty()) {
                t.missingWords.add(where + " " + missing);
            }
        }
        return t;
    }

    private static final Set<String> BANNER_WORDS = Set.of("UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "SECRET",
            "TOP", "LIMITED", "OFFICIAL", "USE");

    private static boolean anyHolds(List<Set<String>> sets, String w) {
        for (Set<String> s : sets) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of the line is words of different owners run together: elements that lost
     * the line break between them ("...SIPDISE.O. 12958") are split apart inside what reads as
     * one word here.
     */
    private static boolean joined(String w, List<Set<String>> held, int parts) {
        if (anyHolds(held, w)) {
            return true;
        }
        if (parts <= 1) {
            return false;
        }
        for (int k = 1; k < w.length(); k++) {
            if (anyHolds(held, w.substring(0, k)) && joined(w.substring(k), held, parts - 1)) {
                return true;
            }
        }
        return false;
    }

    /** The fixed notice the partial-extract flag of a cable stands for. */
    private static final String PARTIAL_NOTICE = "This record is a partial extract of the original cable."
            + " The full text of the original cable is not available.";

    /** Each element of the cable (and the cable itself) by identity, with the component it fills. */
    static Map<Object, String> elements(Cable cable) {
        Map<Object, String> m = new IdentityHashMap<>();
        m.put(cable, "partialExtract");
        for (RecordComponent rc : Cable.class.getRecordComponents()) {
            Object v;
            try {
                v = rc.getAccessor().invoke(cable);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new AssertionError(e);
            }
            if (v instanceof Optional<?> o) {
                o.ifPresent(x -> m.put(x, rc.getName()));
            } else if (v instanceof List<?> l) {
                l.forEach(x -> m.put(x, rc.getName()));
            }
        }
        return m;
    }

    private static boolean hasShape(LayoutKind kind, String line) {
        List<String> w = words(line);
        switch (kind) {
            case BLANK:
            case RULE:
                return w.isEmpty();
            case BANNER:
                return !w.isEmpty() && w.stream().allMatch(x -> BANNER_WORD.matcher(x).matches());
            default:
                return false;
        }
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group().toUpperCase(Locale.ROOT));
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() > 90 ? s.substring(0, 90) + "..." : s;
    }
}

package org.cablegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the shapes of the format in the grammars: the regular expressions and hand-written shape
 * scanners left in the library's internal code are few, named, and each listed with its reason in
 * docs/architecture.md ("Regular expressions and hand scanners left").
 */
class RegexBudgetTest {

    private static final int BUDGET = 30;
    private static final Path SOURCES = Path.of("src/main/java/org/cablegram/internal");
    private static final Path ARCHITECTURE = Path.of("docs/architecture.md");

    private static final Pattern COMPILE = Pattern.compile("Pattern\\.(?:compile|matches)\\(");
    private static final Pattern NAMED = Pattern.compile(
            "Pattern\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*(?:java\\.util\\.regex\\.)?Pattern\\.compile\\(");
    /** String's own regex entry points, called with a literal expression (a Matcher's, after "matcher(...)", take none) */
    private static final Pattern STRING_REGEX = Pattern.compile("(?<!\\))\\.(?:matches|replaceAll|replaceFirst|split)\\(\\s*\"");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z]+)\\.([A-Za-z_0-9]+)` \\| (pattern|hand scanner) \\|");

    @Test
    void fewRegularExpressionsEachListed() throws IOException {
        List<String> patterns = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        List<String> stringCalls = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String src = Files.readString(f, StandardCharsets.UTF_8);
                String cls = f.getFileName().toString().replace(".java", "");
                int compiles = count(COMPILE, src);
                Matcher m = NAMED.matcher(src);
                int named = 0;
                while (m.find()) {
                    patterns.add(cls + "." + m.group(1));
                    named++;
                }
                if (compiles != named) {
                    unnamed.add(cls + ": " + (compiles - named));
                }
                if (count(STRING_REGEX, src) > 0) {
                    stringCalls.add(cls);
                }
            }
        }
        assertEquals(List.of(), unnamed, "regular expressions that are no named constant");
        assertEquals(List.of(), stringCalls, "String.matches, replaceAll, replaceFirst or split with a regular expression");

        TreeSet<String> listedPatterns = new TreeSet<>();
        List<String> scanners = new ArrayList<>();
        for (String line : Files.readAllLines(ARCHITECTURE, StandardCharsets.UTF_8)) {
            Matcher r = ROW.matcher(line);
            if (r.find()) {
                String name = r.group(1) + "." + r.group(2);
                if (r.group(3).equals("pattern")) {
                    listedPatterns.add(name);
                } else {
                    scanners.add(name);
                }
            }
        }
        TreeSet<String> unlisted = new TreeSet<>(patterns);
        unlisted.removeAll(listedPatterns);
        assertEquals(new TreeSet<>(), unlisted, "regular expressions not listed in docs/architecture.md");
        TreeSet<String> gone = new TreeSet<>(listedPatterns);
        gone.removeAll(patterns);
        assertEquals(new TreeSet<>(), gone, "listed regular expressions that no longer exist");
        for (String s : scanners) {
            String method = s.substring(s.indexOf('.') + 1);
            assertTrue(exists(s.substring(0, s.indexOf('.')), method), "listed hand scanner not found: " + s);
        }
        int total = patterns.size() + scanners.size();
        assertTrue(total <= BUDGET, total + " regular expressions and hand scanners: more than " + BUDGET);
    }

    private static boolean exists(String cls, String method) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals(cls + ".java")).toList()) {
                if (Files.readString(f, StandardCharsets.UTF_8).contains(" " + method + "(")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}

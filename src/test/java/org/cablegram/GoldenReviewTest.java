package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Every golden file is in its last reviewed state: either the baseline
 * ({@code golden/BASELINE.sha256}) or the state named by its newest entry in
 * {@code golden/REVIEW.md}, whose quoted lines must be lines of the cable. Regenerating the
 * golden files therefore fails the build until someone has checked each change against the
 * cable text and said why it is right.
 */
class GoldenReviewTest {

    /** One review entry: the cable, the checksum prefix it approves, the quoted cable lines. */
    record Entry(String id, String sha, List<String> quotes, boolean explained) { }

    @Test
    void everyGoldenIsInItsReviewedState() throws IOException {
        Map<String, String> baseline = new LinkedHashMap<>();
        for (String line : Files.readAllLines(GoldenTest.GOLDEN.resolve("BASELINE.sha256"))) {
            if (!line.isBlank()) {
                String[] f = line.split("\\s+");
                baseline.put(f[1].replaceFirst("\\.json$", ""), f[0]);
            }
        }
        Map<String, Entry> reviewed = entries(Files.readString(GoldenTest.GOLDEN.resolve("REVIEW.md")));
        List<String> problems = new ArrayList<>();
        List<String> ids = GoldenTest.ids();
        for (String id : ids) {
            Path file = GoldenTest.GOLDEN.resolve(id + ".json");
            if (!Files.exists(file)) {
                continue; // GoldenTest reports a missing file
            }
            String sha = sha256(Files.readAllBytes(file));
            Entry e = reviewed.get(id);
            if (e == null) {
                if (!sha.equals(baseline.get(id))) {
                    problems.add(id + ".json differs from its reviewed state and has no REVIEW.md entry"
                            + " (add one: ### " + id + " " + sha.substring(0, 12) + ")");
                }
                continue;
            }
            if (!sha.startsWith(e.sha())) {
                problems.add(id + ".json changed after its newest REVIEW.md entry (" + e.sha()
                        + "); now " + sha.substring(0, 12));
            }
            if (e.quotes().isEmpty() || !e.explained()) {
                problems.add("REVIEW.md entry of " + id + " must quote a line of the cable and say why");
            }
            String cable = normal(Files.readString(GoldenTest.cableFile(id), StandardCharsets.UTF_8));
            for (String q : e.quotes()) {
                if (!cable.contains(normal(q))) {
                    problems.add("REVIEW.md entry of " + id + " quotes a line that is not in the cable: " + q);
                }
            }
        }
        for (String id : reviewed.keySet()) {
            if (!ids.contains(id)) {
                problems.add("REVIEW.md has an entry for " + id + ", which is no golden file");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void entriesAreRead() {
        Map<String, Entry> e = entries("### 09ABC1 0123456789ab\n> SUBJECT: X\nbecause\n### 09ABC1 ba9876543210\n> Y\n");
        assertEquals(new Entry("09ABC1", "ba9876543210", List.of("Y"), false), e.get("09ABC1"));
    }

    /** The newest entry of each cable, in file order. */
    static Map<String, Entry> entries(String review) {
        Map<String, Entry> out = new LinkedHashMap<>();
        String id = null;
        String sha = null;
        List<String> quotes = new ArrayList<>();
        boolean explained = false;
        for (String line : (review + "\n### end").split("\n")) {
            if (line.startsWith("### ")) {
                if (id != null) {
                    out.put(id, new Entry(id, sha, List.copyOf(quotes), explained));
                }
                String[] f = line.substring(4).strip().split("\\s+");
                id = f.length == 2 && f[1].matches("[0-9a-f]{12}") ? f[0] : null;
                sha = id == null ? null : f[1];
                quotes.clear();
                explained = false;
            } else if (id != null && line.startsWith(">")) {
                quotes.add(line.substring(1).strip());
            } else if (id != null && !line.isBlank()) {
                explained = true;
            }
        }
        return out;
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

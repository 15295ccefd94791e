package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.cablegram.model.Cable;
import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.DateTimeGroup;
import org.junit.jupiter.api.Test;

/**
 * Parses whole corpora and holds the model against the corpus manifest's independent metadata
 * (WikiLeaks' page metadata): reference id, classification level and date. The full corpus is
 * read from the system property {@code cablegram.corpus} (default {@code ../shared/corpus}); a
 * committed sample of 100 cables keeps the checks running on a machine without it.
 */
public class CorpusTest {

    private static final double REQUIRED = 0.99;

    /**
     * Skips a test on a machine without the shared corpus (or the part of it at {@code dir}), and
     * fails it on CI, which must run the full-corpus checks.
     */
    public static void requireCorpus(Path dir) {
        if (Files.isDirectory(dir)) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("the shared corpus is missing at " + dir.toAbsolutePath()
                    + " (set -Dcablegram.corpus=...); CI must run the full-corpus checks");
        }
        assumeTrue(false, "no corpus at " + dir.toAbsolutePath());
    }

    public static Path corpusRoot() {
        return Path.of(System.getProperty("cablegram.corpus", "../shared/corpus"));
    }

    @Test
    void fullCorpusAgreesWithManifest() throws IOException {
        Path root = corpusRoot();
        requireCorpus(root.resolve("cables"));
        Report r = run(root, "full corpus");
        r.assertAgreement(REQUIRED);
    }

    @Test
    void quarantineNeverThrows() throws IOException {
        Path q = corpusRoot().resolve("quarantine");
        requireCorpus(q);
        CableParser p = CableParser.create();
        int n = 0;
        try (Stream<Path> s = Files.list(q)) {
            for (Path f : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                ParseResult res = p.parse(f);
                assertTrue(res.cable() != null);
                n++;
            }
        }
        assertTrue(n > 0);
        System.out.println("[corpus] quarantine: " + n + " files parsed without exception");
    }

    @Test
    void committedSampleAgreesWithManifest() throws IOException {
        Report r = run(Path.of("src/test/resources/corpus-sample"), "committed sample");
        // the sample over-represents hard cases (mis-filed cables, lost newlines), hence 95%
        r.assertAgreement(0.95);
    }

    /** Canonical form of a corpus file id: WikiLeaks' malformed ids repaired by rule (format ref. 8). */
    static String canonicalId(String fileId) {
        String id = fileId.toUpperCase(Locale.ROOT);
        id = id.replaceFirst("^(\\d{2})\\1(?=[A-Z])", "$1");
        id = id.replaceFirst("^(\\d{2})(?:S?E?C?TION\\d{1,2}[OG]F\\d{1,2}|EFTO)(?=[A-Z])", "$1");
        return id;
    }

    static Report run(Path root, String name) throws IOException {
        Map<String, String> notes = new HashMap<>();
        for (String l : Files.readAllLines(root.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
            String[] f = l.split("\t");
            if (f.length > 5) {
                notes.put(f[0], f[5]);
            }
        }
        CableParser parser = CableParser.create();
        Report r = new Report(name);
        try (Stream<Path> s = Files.list(root.resolve("cables"))) {
            s.filter(x -> x.toString().endsWith(".txt")).sorted().forEach(f -> {
                String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
                try {
                    r.add(id, parser.parse(f), notes.getOrDefault(id, ""), Files.size(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        r.print();
        return r;
    }

    static final class Report {
        final String name;
        int cables;
        long bytes;
        int withId;
        int withDtg;
        int withFrom;
        int withClass;
        int withTags;
        int withSubject;
        int withErrors;
        int idCompared;
        int idAgree;
        int classCompared;
        int classAgree;
        int dateCompared;
        int dateAgree;
        final Map<String, Integer> codes = new TreeMap<>();
        final List<String> disagreements = new ArrayList<>();

        Report(String name) {
            this.name = name;
        }

        void add(String fileId, ParseResult r, String note, long size) {
            Cable c = r.cable();
            cables++;
            bytes += size;
            if (c.referenceId().isPresent()) {
                withId++;
            }
            if (c.dateTimeGroup().flatMap(DateTimeGroup::instant).isPresent()) {
                withDtg++;
            }
            if (c.from().isPresent()) {
                withFrom++;
            }
            if (c.classification().isPresent()) {
                withClass++;
            }
            if (!c.tags().isEmpty()) {
                withTags++;
            }
            if (c.subject().isPresent()) {
                withSubject++;
            }
            if (r.hasErrors()) {
                withErrors++;
            }
            r.diagnostics().forEach(d -> codes.merge(d.code().name(), 1, Integer::sum));
            // reference id, wherever the text gives the year
            if (c.referenceId().isPresent()) {
                idCompared++;
                String want = canonicalId(fileId);
                var id = c.referenceId().get();
                if (id.id().equals(want) || id.naraDocumentNumber().map(want::equals).orElse(false)) {
                    idAgree++;
                } else {
                    disagreements.add("id " + fileId + ": text gives " + id.id());
                }
            }
            String cls = null;
            String created = null;
            for (String kv : note.split(";")) {
                if (kv.startsWith("class=")) {
                    cls = kv.substring(6);
                } else if (kv.startsWith("class-from-text=")) {
                    cls = kv.substring(16);
                } else if (kv.startsWith("created=")) {
                    created = kv.substring(8);
                }
            }
            if (cls != null) {
                classCompared++;
                ClassificationLevel want = levelOf(cls);
                ClassificationLevel got = c.classification().map(k -> k.level()).orElse(null);
                if (want == got) {
                    classAgree++;
                } else {
                    disagreements.add("class " + fileId + ": manifest " + cls + ", text " + got);
                }
            }
            if (created != null && c.dateTimeGroup().flatMap(DateTimeGroup::instant).isPresent()) {
                dateCompared++;
                LocalDate want = createdDate(created);
                LocalDate got = c.dateTimeGroup().get().instant().get().atZone(ZoneOffset.UTC).toLocalDate();
                if (Math.abs(want.toEpochDay() - got.toEpochDay()) <= 1) {
                    dateAgree++;
                } else {
                    disagreements.add("date " + fileId + ": manifest " + created + ", DTG " + got);
                }
            }
        }

        static ClassificationLevel levelOf(String manifest) {
            String u = manifest.toUpperCase(Locale.ROOT);
            if (u.startsWith("UNCLASSIFIED")) {
                return ClassificationLevel.UNCLASSIFIED;
            }
            if (u.startsWith("LIMITED")) {
                return ClassificationLevel.LIMITED_OFFICIAL_USE;
            }
            if (u.startsWith("CONFIDENTIAL")) {
                return ClassificationLevel.CONFIDENTIAL;
            }
            if (u.startsWith("TOP SECRET")) {
                return ClassificationLevel.TOP_SECRET;
            }
            return ClassificationLevel.SECRET;
        }

        static LocalDate createdDate(String s) {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return LocalDate.parse(s.substring(0, 10));
            }
            DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM yyyy")
                    .toFormatter(Locale.ENGLISH);
            return LocalDate.parse(s.strip(), f);
        }

        double pct(int a, int b) {
            return b == 0 ? 100.0 : 100.0 * a / b;
        }

        void print() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("[corpus] %s: %d cables, %.1f MB%n", name, cables, bytes / 1e6));
            sb.append(String.format("[corpus]   with reference id %d, DTG %d, FM %d, classification %d, TAGS %d,"
                    + " SUBJECT %d; with ERROR diagnostics %d%n", withId, withDtg, withFrom, withClass, withTags,
                    withSubject, withErrors));
            sb.append(String.format("[corpus]   reference id = file id: %d/%d (%.2f%%)%n", idAgree, idCompared,
                    pct(idAgree, idCompared)));
            sb.append(String.format("[corpus]   classification = manifest class: %d/%d (%.2f%%)%n", classAgree,
                    classCompared, pct(classAgree, classCompared)));
            sb.append(String.format("[corpus]   DTG within a day of created: %d/%d (%.2f%%)%n", dateAgree, dateCompared,
                    pct(dateAgree, dateCompared)));
            sb.append("[corpus]   diagnostics by code: ").append(codes).append('\n');
            System.out.print(sb);
            try {
                Path out = Path.of("target", "corpus-report-" + name.replace(' ', '-') + ".txt");
                Files.createDirectories(out.getParent());
                Files.writeString(out, sb + String.join("\n", disagreements) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void assertAgreement(double required) {
            assertTrue(pct(idAgree, idCompared) >= required * 100, "reference id agreement below target: " + idAgree
                    + "/" + idCompared);
            assertTrue(pct(classAgree, classCompared) >= required * 100, "classification agreement below target: "
                    + classAgree + "/" + classCompared);
            assertTrue(pct(dateAgree, dateCompared) >= required * 100, "date agreement below target: " + dateAgree
                    + "/" + dateCompared);
            assertTrue(withErrors * 100 <= cables, "more than 1% of cables have ERROR diagnostics: " + withErrors);
        }
    }
}

package org.cablegram.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cablegram.CableParser;
import org.cablegram.JsonForm;

/**
 * The worst case a user can meet: cables made of one shape of the format repeated to a size
 * (REF citations, header keywords, Classified By, TAGS, paragraph numbers, pilcrows, section, page,
 * DTG and signature-like lines, spaced class words, one long word, deep parentheses). Each one is
 * written to a file, parsed by the command-line tool ({@code parse --format jsonl}, output to a
 * file, JVM start included) or in this JVM, timed, and its output checked: a REF block of 10,000
 * citations must give 10,000 cited cables, so a run that skipped the work, or lost part of the input, shows.
 * The parser's limits on characters and lines are raised to each input's size.
 *
 * <pre>
 * java -cp corpus-runner.jar org.cablegram.bench.Adversarial [--cli LAUNCHER] [--sizes 1,4,16]
 *      [--only NAME-PART] [--work DIR]
 * </pre>
 *
 * <p>Without {@code --cli} the cables are parsed in this JVM (after one warm-up parse of each
 * family at the smallest size). Prints a Markdown table: family, MiB, seconds, MB/s, check.
 */
public final class Adversarial {

    private static final String HEAD = "UNCLAS ASTANA 002256\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PGOV\n"
            + "SUBJECT: WORST CASE\n\n";
    private static final String TAIL = "\n\n1. (U) First paragraph of the body.\n\n2. (U) Second paragraph.\n\nSMITH\n";

    /** A cable text and how many times its shape was repeated. */
    record Sample(String text, int count) {
    }

    /**
     * A shape repeated to a size, and what the JSON form of its cable must hold: {@code check}
     * returns null when the output is right, else what is wrong.
     */
    record Family(String name, IntFunction<Sample> build, BiFunction<JsonNode, Integer, String> check) {
    }

    private Adversarial() {
    }

    /**
     * The unit repeated until the text reaches {@code size}; in the unit {@code %1$d} is the
     * repetition's number counted 1 to 999 and again, {@code %2$d} the plain repetition number.
     */
    static Sample repeat(String before, String unit, String separator, String after, int size) {
        StringBuilder sb = new StringBuilder(size + 256).append(before);
        int n = 0;
        while (sb.length() < size) {
            if (n > 0) {
                sb.append(separator);
            }
            sb.append(String.format(Locale.ROOT, unit, n % 999 + 1, n + 1));
            n++;
        }
        return new Sample(sb.append(after).toString(), n);
    }

    private static String expect(String what, long got, long want) {
        return got == want ? null : what + ": " + got + ", expected " + want;
    }

    /** The cable ids the references cite, all items together. */
    private static long cited(JsonNode cable) {
        long n = 0;
        for (JsonNode r : cable.path("references")) {
            n += r.path("cableIds").size();
        }
        return n;
    }

    private static long count(JsonNode cable, String list, String field, String value) {
        long n = 0;
        for (JsonNode x : cable.path(list)) {
            if (x.path(field).asText().equals(value)) {
                n++;
            }
        }
        return n;
    }

    /** Whether a string anywhere in the cable's JSON form holds {@code needle}. */
    private static boolean holds(JsonNode node, String needle) {
        if (node.isTextual()) {
            return node.asText().contains(needle);
        }
        for (JsonNode child : node) {
            if (holds(child, needle)) {
                return true;
            }
        }
        return false;
    }

    private static String kept(JsonNode cable, String needle) {
        return holds(cable, needle) ? null : "the last repetition (" + needle + ") is missing from the output";
    }

    /** The families, each with the check its output must pass. */
    static List<Family> families() {
        List<Family> f = new ArrayList<>();
        // a REF block's bullets run to Z or (99), and citations after a separator belong to one
        // item: a block of megabytes is one of citations, each of which must come out as a cable id
        f.add(new Family("REF citations on one line",
                size -> repeat(HEAD + "REF: ", "2009 STATE %2$d", "; ", TAIL, size),
                (c, n) -> expect("cited cables", cited(c), n)));
        f.add(new Family("REF citations on many lines",
                size -> repeat(HEAD + "REF: ", "2009 STATE %2$d", ";\n", TAIL, size),
                (c, n) -> expect("cited cables", cited(c), n)));
        f.add(new Family("header keywords in a subject line",
                size -> repeat("UNCLAS ASTANA 002256\n\nSUBJECT: ", "TALKS REF: STATE %2$d TAGS: PREL E.O. 12958: N/A",
                        " ", TAIL, size),
                (c, n) -> c.path("subject").asText().equals("TALKS") ? kept(c, "STATE " + n)
                        : "subject: " + abbreviate(c.path("subject").asText())));
        f.add(new Family("header keywords in a collapsed line",
                size -> repeat("UNCLAS ASTANA 002256\n\n", "E.O. 12958: N/A TAGS: PREL SUBJECT: TALKS %2$d REF: STATE %2$d",
                        " ", TAIL, size),
                (c, n) -> c.path("subject").asText().startsWith("TALKS 1") ? kept(c, "STATE " + n)
                        : "subject: " + abbreviate(c.path("subject").asText())));
        f.add(new Family("Classified By of megabytes",
                size -> repeat(HEAD + "Classified By: ", "Deputy Chief of Mission John Smith %2$d", " ",
                        " for reasons 1.4 (b) and (d)" + TAIL, size),
                (c, n) -> c.path("classifiedBy").path("reasons").size() == 2
                        ? kept(c.path("classifiedBy"), "Smith " + n + " for") : "reasons: " + c.path("classifiedBy").path("reasons")));
        f.add(new Family("Classified By on many lines",
                size -> repeat(HEAD + "Classified By: ", "Deputy Chief of Mission John Smith %2$d", "\n",
                        " for reasons 1.4 (b) and (d)" + TAIL, size),
                (c, n) -> kept(c, "Smith " + n)));
        f.add(new Family("TAGS of megabytes",
                size -> repeat("UNCLAS ASTANA 002256\n\nTAGS: ", "T%2$d", " ", "\nSUBJECT: WORST CASE" + TAIL, size),
                (c, n) -> expect("tags", c.path("tags").size(), n)));
        f.add(new Family("paragraph numbers on many lines",
                size -> repeat(HEAD, "%1$d. (C) Some text here.", "\n", TAIL, size),
                (c, n) -> expect("paragraphs", c.path("paragraphs").size(), n + 2)));
        f.add(new Family("paragraph numbers run into one line",
                size -> repeat("UNCLAS ASTANA 002256\n\nSUBJECT: TEST ", "%1$d. (C) Some text here.", " ", TAIL, size),
                (c, n) -> expect("paragraphs", c.path("paragraphs").size(), Math.min(n, 999) + 2)));
        f.add(new Family("pilcrow paragraphs on one line",
                size -> repeat(HEAD + "Text ", "\u00B6%1$d. (C) Some text here.", " ", TAIL, size),
                (c, n) -> expect("paragraphs", c.path("paragraphs").size(), n + 2)));
        f.add(new Family("section lines",
                size -> repeat(HEAD, "%1$d. (U) Some text of the paragraph.\nASTANA 00002256 002.2 OF 002", "\n", TAIL, size),
                (c, n) -> expect("section breaks", count(c, "breaks", "kind", "SECTION"), n)));
        f.add(new Family("page lines",
                size -> repeat(HEAD, "%1$d. (U) Some text of the paragraph.\nPAGE 02 ASTANA 02256 141042Z", "\n", TAIL, size),
                (c, n) -> expect("page breaks", count(c, "breaks", "kind", "PAGE"), n)));
        f.add(new Family("DTG-like lines in the body",
                size -> repeat(HEAD + "1. (U) Times:\n", "O %1$02d1042Z NOV 08 ZFF%2$d", "\n", TAIL, size),
                (c, n) -> kept(c, "ZFF" + n)));
        f.add(new Family("signature-like lines",
                size -> repeat(HEAD + "1. (U) Names:\n", "SMITH%2$d", "\n", TAIL, size),
                (c, n) -> kept(c, "SMITH" + n)));
        f.add(new Family("spaced class words",
                size -> repeat(HEAD + "1. (U) ", "C O N F I D E N T I A L %2$d", " ", TAIL, size),
                (c, n) -> kept(c, "L " + n)));
        f.add(new Family("one long word",
                size -> {
                    StringBuilder sb = new StringBuilder(size + 256).append(HEAD).append("1. (U) ");
                    while (sb.length() < size) {
                        sb.append('A');
                    }
                    return new Sample(sb.append('Z').append(TAIL).toString(), 1);
                },
                (c, n) -> kept(c, "AAAAZ")));
        f.add(new Family("deep parentheses",
                size -> {
                    StringBuilder sb = new StringBuilder(size + 256).append(HEAD).append("1. (U) ");
                    int depth = (size - sb.length()) / 2;
                    sb.append("(".repeat(depth)).append("CORE").append(")".repeat(depth));
                    return new Sample(sb.append(TAIL).toString(), depth);
                },
                (c, n) -> kept(c, "(CORE)")));
        return f;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }

    /**
     * Runs the families.
     *
     * @param args options, see the class comment
     * @throws Exception on I/O errors or a failed command
     */
    public static void main(String[] args) throws Exception {
        String cli = null;
        int[] sizes = {1, 4, 16};
        String only = null;
        Path work = Files.createTempDirectory("cablegram-adversarial");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cli" -> cli = args[++i];
                case "--sizes" -> sizes = java.util.Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--only" -> only = args[++i].toLowerCase(Locale.ROOT);
                case "--work" -> work = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(work);
        ObjectMapper mapper = new ObjectMapper();
        CableParser parser = CableParser.create();
        System.out.println("| family | MiB | seconds | MB/s | output |");
        System.out.println("|---|---|---|---|---|");
        boolean allRight = true;
        for (Family family : families()) {
            if (only != null && !family.name().toLowerCase(Locale.ROOT).contains(only)) {
                continue;
            }
            if (cli == null) {
                // one small parse first, so that the table shows the parse and not the warm-up
                parser.parse(family.build().apply(64 * 1024).text());
            }
            for (int mib : sizes) {
                Sample s = family.build().apply(mib * 1024 * 1024);
                byte[] bytes = s.text().getBytes(StandardCharsets.UTF_8);
                Path in = work.resolve(family.name().replace(' ', '-') + "-" + mib + ".txt");
                Files.write(in, bytes);
                long t0 = System.nanoTime();
                JsonNode cable;
                if (cli != null) {
                    Path out = work.resolve("out.jsonl");
                    // the library's limits (16 MiB, 200,000 lines) raised to the input: the whole of
                    // it is parsed and checked
                    long lines = s.text().chars().filter(ch -> ch == '\n').count() + 1;
                    Process p = new ProcessBuilder(cli, "parse", "--format", "jsonl", "--max-chars",
                            Integer.toString(s.text().length() + 1), "--max-lines", Long.toString(lines + 1), in.toString())
                            .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                    int rc = p.waitFor();
                    if (rc != 0 && rc != 1) {
                        throw new IOException(cli + " exited with " + rc + " on " + in);
                    }
                    t0 = System.nanoTime() - t0;
                    cable = mapper.readTree(Files.readString(out, StandardCharsets.UTF_8).lines().findFirst().orElse("{}"));
                } else {
                    var r = CableParser.create(org.cablegram.ParserOptions.builder().maxInputChars(s.text().length() + 1)
                            .maxLines((int) s.text().chars().filter(ch -> ch == '\n').count() + 2).build()).parse(in);
                    t0 = System.nanoTime() - t0;
                    cable = mapper.valueToTree(JsonForm.of(s.text(), r));
                }
                String wrong = family.check().apply(cable, s.count());
                allRight &= wrong == null;
                double seconds = t0 / 1e9;
                System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.1f | %s |%n", family.name(), mib, seconds,
                        bytes.length / 1e6 / seconds, wrong == null ? "right (" + s.count() + " repetitions)" : "WRONG: " + wrong);
                Files.deleteIfExists(in);
            }
        }
        if (!allRight) {
            System.exit(1);
        }
    }
}

package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.cablegram.internal.assemble.SideTable;
import org.cablegram.model.Cable;
import org.cablegram.model.Reference;
import org.cablegram.model.Tag;
import org.cablegram.model.Unrecognized;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's property: for files of the shared corpus (cables, variants, quarantine), random
 * edits of every element kind (replace, remove, add), at least 30 % of them on elements that
 * share a line with an element of another kind; the lossless writer's text for each edited
 * cable reads back as that cable, and each element the edit did not touch keeps its own text
 * verbatim. A refusal (LosslessWriteException) is counted and printed with its kind (the edited
 * part and the part that does not read back); see {@link #MAX_REFUSED}.
 *
 * <p>A build edits a sample: 120 files chosen with a fixed seed and 120 with a seed of its own,
 * printed so that a failure can be repeated with {@code -Dcablegram.edits.seed=<seed>}, topped
 * up with files that have elements sharing a line when the sample has too few. The
 * whole corpus: {@code mvn -B -Pedit-corpus test -Dtest=LosslessEditProperties} (or
 * {@code -Dcablegram.edits=all}).
 */
class LosslessEditProperties {

    private static final CableParser PARSER = CableParser.create();
    private static final int EDITS_PER_FILE = 20;
    /** More edits, of elements sharing a line, for a file that has such elements. */
    private static final int EXTRA_SHARED = 40;
    private static final long FIXED_SEED = 18;
    private static final int SAMPLE = 120;
    /**
     * Refusals allowed on the whole corpus, as a share of the edits (issue 18 asks for 0.5 %); the
     * kinds are printed with each run.
     */
    private static final double MAX_REFUSED = 0.005;
    /**
     * Refusals allowed on a build's sample: its 5,000 or so edits fall on the few files that hold
     * most refusals by chance (0.28 and 0.29 % in two draws), so its ceiling stands higher.
     */
    private static final double MAX_REFUSED_SAMPLE = 0.01;
    private static final double MIN_SHARED = 0.30;

    /** Figures summed over the files. */
    static final class Tally {
        int files;
        int edits;
        int shared;
        int refused;
        int checkedTexts;
        int unplacedTexts;
        final Map<String, Integer> byKind = new TreeMap<>();
        final Map<String, Integer> refusals = new TreeMap<>();
        final Map<String, Integer> inexpressible = new TreeMap<>();
        final List<String> refusalSamples = new ArrayList<>();
        final List<String> failures = new ArrayList<>();

        synchronized void add(Tally t) {
            files += t.files;
            edits += t.edits;
            shared += t.shared;
            refused += t.refused;
            checkedTexts += t.checkedTexts;
            unplacedTexts += t.unplacedTexts;
            t.byKind.forEach((k, v) -> byKind.merge(k, v, Integer::sum));
            t.refusals.forEach((k, v) -> refusals.merge(k, v, Integer::sum));
            t.inexpressible.forEach((k, v) -> inexpressible.merge(k, v, Integer::sum));
            refusalSamples.addAll(t.refusalSamples);
            failures.addAll(t.failures);
        }
    }

    /** The files of the shared corpus (cables, variants, quarantine); skips the test when there is none. */
    private static List<Path> corpusFiles() throws IOException {
        Path root = CorpusTest.corpusRoot();
        CorpusTest.requireCorpus(root.resolve("cables"));
        List<Path> all = new ArrayList<>();
        for (String dir : List.of("cables", "variants", "quarantine")) {
            all.addAll(WriterTest.files(root.resolve(dir)));
        }
        return all;
    }

    /**
     * Issue 18's "changing only the subject keeps every other part": on every file (the sample in
     * a build), the subject changed, or added where there is none, is written with no refusal,
     * reads back as the changed cable and keeps every other element's text verbatim.
     */
    @Test
    void changingOnlyTheSubjectKeepsEveryOtherPart() throws IOException {
        List<Path> all = corpusFiles();
        boolean whole = "all".equals(System.getProperty("cablegram.edits", ""));
        List<Path> files = whole ? all : sample(all, Long.getLong("cablegram.edits.seed", System.nanoTime()));
        Tally tally = new Tally();
        files.parallelStream().forEach(f -> {
            ParseResult r = PARSER.parse(f);
            Tally t = new Tally();
            String name = f.getParent().getFileName() + "/" + f.getFileName();
            Edits.candidates(r).stream().filter(e -> e.kind().equals("subject") && e.op() != Edits.Op.REMOVE)
                    .findFirst().ifPresent(e -> check(name, r, e, t));
            t.files = 1;
            tally.add(t);
        });
        System.out.printf("[edits] the subject alone changed or added in %d files: %d written, %d refused%n", tally.files,
                tally.edits, tally.refused);
        tally.refusalSamples.stream().sorted().limit(20).forEach(s -> System.out.println("[edits]   refused: " + s));
        assertTrue(tally.failures.isEmpty(), String.join("\n", tally.failures.stream().sorted().limit(20).toList()));
        assertEquals(0, tally.refused, "refused");
        assertEquals(tally.files, tally.edits + tally.inexpressible.values().stream().mapToInt(Integer::intValue).sum(),
                "one subject edit per file");
    }

    @Test
    void editsReadBackAndKeepEveryUntouchedElementsText() throws IOException {
        List<Path> all = corpusFiles();
        boolean whole = "all".equals(System.getProperty("cablegram.edits", ""));
        long buildSeed = Long.getLong("cablegram.edits.seed", System.nanoTime());
        List<Path> files = whole ? all : sample(all, buildSeed);
        long start = System.nanoTime();
        Tally tally = new Tally();
        files.parallelStream().forEach(f -> tally.add(editFile(f, buildSeed)));
        if (!whole) {
            // a sample has fewer elements sharing a line than the corpus (32 %) by chance: it
            // is topped up with files that have them, in the seed's order
            List<Path> rest = new ArrayList<>(all);
            rest.removeAll(files);
            Collections.shuffle(rest, new Random(buildSeed));
            for (Path f : rest) {
                if (tally.shared >= MIN_SHARED * tally.edits) {
                    break;
                }
                if (!Edits.sharedCandidates(PARSER.parse(f)).isEmpty()) {
                    tally.add(editFile(f, buildSeed));
                }
            }
        }
        String where = whole ? "the whole corpus" : "a sample (fixed seed " + FIXED_SEED + ", build seed " + buildSeed
                + "; -Dcablegram.edits.seed=" + buildSeed + " repeats it)";
        System.out.printf("[edits] %d files of %s, %d edits (%d = %.1f %% on elements sharing a line),"
                + " %d refused (%.2f %%), %d untouched texts found verbatim, %d with no known place on a line (%.1f s)%n"
                + "[edits] per kind/operation/shared: %s%n[edits] refusals: %s%n"
                + "[edits] not made (the edited cable has no text, not even canonical): %s%n", tally.files, where, tally.edits,
                tally.shared, 100.0 * tally.shared / Math.max(1, tally.edits), tally.refused,
                100.0 * tally.refused / Math.max(1, tally.edits), tally.checkedTexts, tally.unplacedTexts,
                (System.nanoTime() - start) / 1e9, tally.byKind, tally.refusals, tally.inexpressible);
        tally.refusalSamples.stream().sorted().limit(20).forEach(s -> System.out.println("[edits]   refused: " + s));
        String report = System.getProperty("cablegram.edits.report", "");
        if (!report.isEmpty()) {
            // every refusal, one a line, for looking into them (the console shows 20)
            List<String> lines = new ArrayList<>(tally.refusalSamples.stream().sorted().toList());
            tally.failures.stream().sorted().forEach(f -> lines.add("FAIL " + f));
            Files.write(Path.of(report), lines);
        }
        if (!tally.failures.isEmpty()) {
            fail(tally.failures.size() + " edits fail:\n" + String.join("\n", tally.failures.stream().sorted().limit(20)
                    .toList()));
        }
        assertTrue(tally.edits >= EDITS_PER_FILE * tally.files, "at least 20 edits per file");
        assertTrue(tally.shared >= MIN_SHARED * tally.edits, "shared: " + tally.shared + " of " + tally.edits);
        double max = whole ? MAX_REFUSED : MAX_REFUSED_SAMPLE;
        assertTrue(tally.refused <= max * tally.edits, "refused: " + tally.refused + " of " + tally.edits);
    }

    private static List<Path> sample(List<Path> all, long buildSeed) {
        List<Path> fixed = new ArrayList<>(all);
        Collections.shuffle(fixed, new Random(FIXED_SEED));
        List<Path> out = new ArrayList<>(fixed.subList(0, Math.min(SAMPLE, fixed.size())));
        List<Path> rest = new ArrayList<>(fixed.subList(out.size(), fixed.size()));
        Collections.shuffle(rest, new Random(buildSeed));
        out.addAll(rest.subList(0, Math.min(SAMPLE, rest.size())));
        return out;
    }

    /** Makes the edits of one file and checks each. */
    static Tally editFile(Path f, long seed) {
        Tally t = new Tally();
        t.files = 1;
        ParseResult r = PARSER.parse(f);
        // each edit once, as long as there are edits not yet made
        List<Edits.Edit> candidates = new ArrayList<>(Edits.candidates(r));
        List<Edits.Edit> shared = new ArrayList<>(Edits.sharedCandidates(candidates));
        List<Edits.Edit> all = List.copyOf(candidates);
        Random rnd = new Random(seed ^ f.getFileName().toString().hashCode());
        String name = f.getParent().getFileName() + "/" + f.getFileName();
        int made = 0;
        for (int tries = 0; made < EDITS_PER_FILE && tries < 10 * EDITS_PER_FILE; tries++) {
            boolean fromShared = !shared.isEmpty() && rnd.nextInt(8) > 0;
            Edits.Edit e = pick(fromShared ? shared : candidates, all, rnd);
            candidates.remove(e);
            shared.remove(e);
            if (check(name, r, e, t)) {
                made++;
            }
        }
        // elements sharing a line are rarer than others: a file that has them gets more edits
        made = 0;
        for (int tries = 0; !shared.isEmpty() && made < EXTRA_SHARED && tries < 10 * EXTRA_SHARED; tries++) {
            Edits.Edit e = pick(shared, shared, rnd);
            shared.remove(e);
            if (check(name, r, e, t)) {
                made++;
            }
        }
        return t;
    }

    /**
     * A kind first, then an edit of it: every kind a file has is edited about as often. From the
     * edits not yet made, or when none is left, from all.
     */
    private static Edits.Edit pick(List<Edits.Edit> left, List<Edits.Edit> all, Random rnd) {
        List<Edits.Edit> from = left.isEmpty() ? all : left;
        List<String> kinds = from.stream().map(Edits.Edit::kind).distinct().toList();
        String kind = kinds.get(rnd.nextInt(kinds.size()));
        List<Edits.Edit> of = from.stream().filter(e -> e.kind().equals(kind)).toList();
        return of.get(rnd.nextInt(of.size()));
    }

    /** @return false when the edit made a cable no text gives (not counted) */
    private static boolean check(String name, ParseResult r, Edits.Edit e, Tally t) {
        Cable changed = e.apply().apply(r.cable());
        if (!expressible(changed)) {
            t.inexpressible.merge(e.kind() + "/" + e.op(), 1, Integer::sum);
            return false;
        }
        if (e.op() == Edits.Op.REMOVE && readAgainWithout(r, e)) {
            t.inexpressible.merge(e.kind() + "/" + e.op() + " (its repeat would be read in its place)", 1, Integer::sum);
            return false;
        }
        t.edits++;
        if (e.shared()) {
            t.shared++;
        }
        t.byKind.merge(e.kind() + "/" + e.op() + "/" + (e.shared() ? "shared" : "alone"), 1, Integer::sum);
        String text;
        try {
            text = CableWriter.lossless(r, changed);
        } catch (LosslessWriteException x) {
            t.refused++;
            String part = x.problems().get(0).split(":")[0];
            t.refusals.merge(e.kind() + "/" + e.op() + " -> " + part, 1, Integer::sum);
            t.refusalSamples.add(name + " " + e.kind() + "/" + e.op() + ": " + shorten(x.problems().get(0)));
            return true;
        }
        Cable back = PARSER.parse(text).cable();
        if (!written(back).equals(written(changed))) {
            t.failures.add(name + " " + e.kind() + "/" + e.op() + ": reads back otherwise");
            return true;
        }
        for (String own : untouchedTexts(r, e, changed, t)) {
            if (!text.contains(own)) {
                t.failures.add(name + " " + e.kind() + "/" + e.op() + ": lost '" + shorten(own) + "'");
                return true;
            }
        }
        return true;
    }

    /**
     * Whether any text gives the cable: its canonical text reads back as it (unrecognized lines
     * aside, which that text leaves out). An edit can make a cable the parser gives for no text
     * (a tag twice, a signature with no paragraph before it); no writer could write it, and the
     * property does not count it.
     */
    private static boolean expressible(Cable c) {
        Cable back = PARSER.parse(CableWriter.canonical().write(c)).cable();
        return written(back).toBuilder().unrecognized(List.of()).build()
                .equals(written(c).toBuilder().unrecognized(List.of()).build());
    }

    /**
     * Whether the input without the lines of a removed part, every other byte as it was, still
     * gives that part: the parser keeps a second envelope, FM line, E.O., SUBJECT or Classified By
     * as unrecognized lines only because the first came before it, and once the first is gone the
     * repeat is read in its place. No text that keeps the other elements' bytes where they stand
     * then gives the edited cable, so the edit is not counted, like any edit no text gives; the
     * writer refuses it, saying which part reads back otherwise ({@code EditingTest} holds that).
     * A part that shares a line with another is not looked at (its edits count as they are).
     */
    private static boolean readAgainWithout(ParseResult r, Edits.Edit e) {
        java.util.function.Function<Cable, java.util.Optional<?>> part = REPEATABLE_PARTS.get(e.kind());
        if (e.shared() || e.target() == null || part == null) {
            return false;
        }
        SideTable side = r.side();
        List<String> raw = side.rawLines();
        StringBuilder without = new StringBuilder();
        boolean owned = false;
        for (int line = 1; line <= raw.size(); line++) {
            List<Object> owners = side.ownersOf(line);
            if (owners.size() == 1 && owners.get(0) == e.target()) {
                owned = true;
                continue;
            }
            without.append(raw.get(line - 1));
        }
        if (!owned) {
            return false;
        }
        return part.apply(PARSER.parse(without.toString()).cable()).isPresent();
    }

    /** The parts whose repeat the parser keeps as unrecognized lines, by their edits' kind. */
    private static final Map<String, java.util.function.Function<Cable, java.util.Optional<?>>> REPEATABLE_PARTS = Map.of(
            "envelope", Cable::envelope, "from", Cable::from, "executiveOrder", Cable::executiveOrder,
            "subject", Cable::subject, "classifiedBy", Cable::classifiedBy);

    /** The parts a text gives: all but those read from others, unrecognized lines by their text. */
    private static Cable written(Cable c) {
        List<Unrecognized> us = new ArrayList<>();
        c.unrecognized().forEach(u -> us.add(new Unrecognized(0, u.text())));
        return c.toBuilder().referenceId(java.util.Optional.empty()).summary(java.util.Optional.empty())
                .comments(List.of()).unrecognized(us).build();
    }

    /**
     * The own texts of the elements the edit did not touch: the lines an element was read from
     * alone, and where it shared a line, the pieces of it the parser recorded for it, or what the
     * others' pieces leave of the line.
     */
    private static List<String> untouchedTexts(ParseResult r, Edits.Edit e, Cable changed, Tally t) {
        SideTable side = r.side();
        Cable c = r.cable();
        Map<Object, String> kinds = LineOwnershipTest.elements(c);
        Set<Object> touched = touched(c, e, changed, kinds.keySet());
        List<String> out = new ArrayList<>();
        // an item of a TAGS or REF block: its block's lines but for the changed items' bytes
        List<?> block = e.kind().equals("tags") ? c.tags() : e.kind().equals("references") ? c.references() : List.of();
        if (!block.isEmpty() && !(e.kind().equals("tags") ? changed.tags() : changed.references()).isEmpty()) {
            List<String> kept = BlockChecks.keptTexts(side, c, block, touched,
                    e.op() == Edits.Op.ADD ? e.target() : null, e.op() == Edits.Op.REMOVE);
            if (kept == null) {
                t.unplacedTexts++;
            } else {
                out.addAll(kept);
            }
        }
        if (!block.isEmpty()) {
            touched.addAll(block);
        }
        List<String> raw = side.rawLines();
        for (int line = 1; line <= raw.size(); line++) {
            String text = raw.get(line - 1).replaceAll("(\r\n|[\n\r\u2028])$", "");
            List<Object> owners = side.ownersOf(line);
            for (Object o : owners) {
                if (touched.contains(o) || !kinds.containsKey(o)) {
                    continue;
                }
                List<Object> others = owners.stream().filter(x -> x != o && !sameBlock(x, o)).toList();
                if (others.isEmpty()) {
                    out.add(text);
                    continue;
                }
                // its recorded pieces, or the line; what other elements' pieces of the line fill
                // in them is theirs (a signature recorded with the paragraph line it ends)
                List<String> pieces = side.textsOn(o, line);
                boolean whole = pieces.isEmpty() || pieces.size() == 1 && pieces.get(0).strip().equals(text.strip());
                List<String> own = whole ? List.of(text) : pieces;
                boolean placed = true;
                List<String> theirs = new ArrayList<>();
                for (Object x : others) {
                    List<String> xs = side.textsOn(x, line);
                    if (xs.isEmpty() || xs.size() == 1 && xs.get(0).strip().equals(text.strip())) {
                        placed &= !whole;
                        continue;
                    }
                    xs.forEach(p -> theirs.add(p.strip()));
                }
                if (!placed) {
                    t.unplacedTexts++;
                    continue;
                }
                for (String piece : own) {
                    String rest = piece;
                    for (String p : theirs) {
                        if (p.length() < rest.strip().length() && !p.isEmpty()) {
                            rest = rest.replace(p, "\n");
                        }
                    }
                    for (String x : rest.split("\n")) {
                        if (!x.isBlank()) {
                            out.add(x.strip());
                        }
                    }
                }
            }
        }
        t.checkedTexts += out.size();
        return out;
    }

    private static boolean sameBlock(Object a, Object b) {
        return a instanceof Tag && b instanceof Tag || a instanceof Reference && b instanceof Reference;
    }

    /**
     * The elements an edit touches: the one replaced or removed (for TAGS and REF, the items the
     * copy does not keep: the one replaced or removed, and references lettered anew after it);
     * and the addressee that becomes the first of its list when the first is removed (it takes
     * the keyword).
     */
    /** @param elements every element of the cable */
    private static Set<Object> touched(Cable c, Edits.Edit e, Cable changed, Set<Object> elements) {
        Set<Object> out = Collections.newSetFromMap(new IdentityHashMap<>());
        if (e.kind().equals("tags")) {
            out.addAll(BlockChecks.changedItems(c.tags(), changed.tags()));
        } else if (e.kind().equals("references")) {
            out.addAll(BlockChecks.changedItems(c.references(), changed.references()));
        }
        if (e.op() == Edits.Op.ADD || e.target() == null) {
            return out;
        }
        out.add(e.target());
        if (e.op() == Edits.Op.REMOVE) {
            // of equal elements the writer pairs the earliest (docs/model.md): removing one of
            // them by value may remove another's text, so none of them is held to its own text
            for (Object o : elements) {
                if (o != e.target() && o.equals(e.target())) {
                    out.add(o);
                }
            }
        }
        for (List<?> l : List.of(c.to(), c.info())) {
            if (e.op() == Edits.Op.REMOVE && l.size() > 1 && l.get(0) == e.target()) {
                out.add(l.get(1));
            }
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}

package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cablegram.model.Cable;
import org.cablegram.model.Classification;
import org.cablegram.model.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * A fragment of a cable is read by what it holds: the text header alone, the body alone (as
 * cables.csv stores them apart, and as corpora that publish bodies only give them) and the last
 * 300 characters of a cable give the same fields as the whole cable. The 50 cables are listed in
 * {@code fragments/selection.tsv} ({@link SelectFragmentCables}). Each is parsed whole and cut
 * where the whole parse puts its parts: the header fragment runs from the first line of the text
 * header (classification line, passing line, E.O., TAGS, SUBJECT, REF, Classified By) to the last
 * line of those elements before the first paragraph; the body fragment from the next line to the
 * end; the tail is cut at a character, so its first line may be a piece of a line. A field of the
 * whole cable whose source lines all lie in a fragment must come out of the fragment's own parse
 * the same: classification level and captions, E.O., TAGS, subject, REF items (letter, text,
 * kind; the cited id where the fragment gives one, since a citation without a year takes the
 * envelope's), Classified By for the header; paragraphs, summary and signers for the body; the
 * last whole paragraphs and the signers for the tail.
 */
class FragmentTest {

    /** How many characters the tail fragment keeps. */
    static final int TAIL = 300;

    /** The fragment kinds, in the order the report gives them. */
    enum Kind { HEADER, BODY, TAIL }

    @Test
    void fragmentsGiveTheFieldsOfTheWholeCable() throws IOException {
        Path root = CorpusTest.corpusRoot().resolve("cables");
        CorpusTest.requireCorpus(root);
        List<String> ids = selection();
        assertEquals(50, ids.size(), "cables in fragments/selection.tsv");
        CableParser parser = CableParser.create();
        Map<Kind, Integer> passed = new LinkedHashMap<>();
        Map<Kind, Integer> compared = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Kind k : Kind.values()) {
            passed.put(k, 0);
            compared.put(k, 0);
        }
        for (String id : ids) {
            String text = Files.readString(root.resolve(id + ".txt"), StandardCharsets.UTF_8);
            for (Kind k : Kind.values()) {
                List<String> diffs = new ArrayList<>();
                int fields = check(parser, text, k, diffs);
                compared.merge(k, fields, Integer::sum);
                if (diffs.isEmpty()) {
                    passed.merge(k, 1, Integer::sum);
                } else {
                    diffs.forEach(d -> failures.add(id + " " + k + ": " + d));
                }
            }
        }
        System.out.printf("[fragments] %d cables: header %d pass, body %d pass, tail %d pass;"
                + " fields compared: header %d, body %d, tail %d%n", ids.size(), passed.get(Kind.HEADER),
                passed.get(Kind.BODY), passed.get(Kind.TAIL), compared.get(Kind.HEADER), compared.get(Kind.BODY),
                compared.get(Kind.TAIL));
        if (!failures.isEmpty()) {
            fail(failures.size() + " fields differ from the whole cable's:\n  " + String.join("\n  ", failures));
        }
    }

    static List<String> selection() throws IOException {
        List<String> ids = new ArrayList<>();
        try (var in = FragmentTest.class.getResourceAsStream("/fragments/selection.tsv")) {
            for (String line : new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
                    .split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    ids.add(line.substring(0, line.indexOf('\t')));
                }
            }
        }
        return ids;
    }

    /**
     * Parses one fragment of a cable and compares its fields with the whole cable's.
     *
     * @return how many fields were compared
     */
    static int check(CableParser parser, String text, Kind kind, List<String> diffs) {
        ParseResult whole = parser.parse(text);
        Cable c = whole.cable();
        List<String> lines = lines(text);
        int firstParagraph = c.paragraphs().isEmpty() ? lines.size() + 1 : start(whole, c.paragraphs().get(0));
        int headerStart = Integer.MAX_VALUE;
        int headerEnd = 0;
        for (Object e : headerElements(c)) {
            Optional<SourceSpan> s = whole.spanOf(e);
            if (s.isPresent() && s.get().startLine() < firstParagraph) {
                headerStart = Math.min(headerStart, s.get().startLine());
                // the classification's captions may be read from the body (SIPDIS): its class line counts
                headerEnd = Math.max(headerEnd, e instanceof Classification ? s.get().startLine() : s.get().endLine());
            }
        }
        int bodyStart = headerEnd > 0 ? headerEnd + 1 : firstParagraph;
        Fields f = new Fields(diffs);
        switch (kind) {
            case HEADER -> {
                if (headerEnd == 0) {
                    return 0;
                }
                Cable part = parser.parse(join(lines, headerStart, headerEnd)).cable();
                Span in = new Span(whole, headerStart, headerEnd);
                if (in.holds(c.classification())) {
                    f.same("classification level", c.classification().map(x -> x.level()),
                            part.classification().map(x -> x.level()));
                    f.same("captions", c.classification().map(x -> x.captions()),
                            part.classification().map(x -> x.captions()));
                }
                if (in.holds(c.executiveOrder())) {
                    f.same("E.O.", c.executiveOrder(), part.executiveOrder());
                }
                if (!c.tags().isEmpty() && c.tags().stream().allMatch(in::holds)) {
                    f.same("TAGS", c.tags(), part.tags());
                }
                if (in.holds(c.subject())) {
                    f.same("subject", c.subject(), part.subject());
                }
                if (!c.references().isEmpty() && c.references().stream().allMatch(in::holds)) {
                    f.same("REF", c.references().stream().map(r -> r.letter() + " " + r.text() + " " + r.kind()).toList(),
                            part.references().stream().map(r -> r.letter() + " " + r.text() + " " + r.kind()).toList());
                    // a citation without its year takes the citing cable's, from the date-time group
                    // of the envelope: a text header alone gives an id only for a citation with a year
                    for (int i = 0; i < Math.min(c.references().size(), part.references().size()); i++) {
                        if (part.references().get(i).cableId().isPresent()) {
                            f.same("REF id", c.references().get(i).cableId(), part.references().get(i).cableId());
                        }
                    }
                }
                if (in.holds(c.classifiedBy())) {
                    f.same("Classified By", c.classifiedBy(), part.classifiedBy());
                }
            }
            case BODY -> {
                if (bodyStart > lines.size()) {
                    return 0;
                }
                Cable part = parser.parse(join(lines, bodyStart, lines.size())).cable();
                Span in = new Span(whole, bodyStart, lines.size());
                List<Paragraph> held = c.paragraphs().stream().filter(in::holds).toList();
                if (held.size() == c.paragraphs().size()) {
                    f.same("paragraphs", c.paragraphs(), part.paragraphs());
                    f.same("summary", c.summary(), part.summary());
                } else {
                    // a paragraph begun on a line it shares with a header element (lost newlines)
                    // is not whole in the fragment: the ones after it are compared
                    List<Paragraph> got = part.paragraphs();
                    f.same("paragraphs", held, got.subList(Math.max(0, got.size() - held.size()), got.size()));
                }
                if (c.signers().stream().allMatch(in::holds)) {
                    f.same("signers", c.signers(), part.signers());
                }
            }
            case TAIL -> {
                int cut = Math.max(0, text.length() - TAIL);
                String tail = text.substring(cut);
                // the first line of the tail may be cut anywhere: only the lines after it are compared
                int firstWhole = lineOf(text, cut) + (cut == 0 || text.charAt(cut - 1) == '\n' ? 0 : 1);
                Cable part = parser.parse(tail).cable();
                Span in = new Span(whole, firstWhole, lines.size());
                List<Paragraph> held = c.paragraphs().stream().filter(in::holds).toList();
                if (!held.isEmpty()) {
                    List<Paragraph> got = part.paragraphs();
                    f.same("last paragraphs", held, got.subList(Math.max(0, got.size() - held.size()), got.size()));
                }
                if (!c.signers().isEmpty() && c.signers().stream().allMatch(in::holds)) {
                    f.same("signers", c.signers(), part.signers());
                }
            }
        }
        return f.count;
    }

    /** The elements of a cable's text header. */
    static List<Object> headerElements(Cable c) {
        List<Object> elements = new ArrayList<>();
        c.classification().ifPresent(elements::add);
        elements.addAll(c.passing());
        c.executiveOrder().ifPresent(elements::add);
        elements.addAll(c.tags());
        c.subject().ifPresent(elements::add);
        elements.addAll(c.references());
        c.classifiedBy().ifPresent(elements::add);
        return elements;
    }

    private static int start(ParseResult r, Object element) {
        return r.spanOf(element).map(SourceSpan::startLine).orElse(Integer.MAX_VALUE);
    }

    /** The lines an element of the whole cable came from lie inside a fragment. */
    private record Span(ParseResult whole, int from, int to) {
        boolean holds(Object element) {
            Object e = element instanceof Optional<?> o ? o.orElse(null) : element;
            if (e == null) {
                return false;
            }
            Optional<SourceSpan> s = whole.spanOf(e);
            return s.isPresent() && s.get().startLine() >= from && s.get().endLine() <= to;
        }
    }

    /** Compares fields and notes the differences. */
    private static final class Fields {
        final List<String> diffs;
        int count;

        Fields(List<String> diffs) {
            this.diffs = diffs;
        }

        void same(String field, Object whole, Object part) {
            count++;
            if (Objects.equals(whole, part)) {
                return;
            }
            if (whole instanceof List<?> w && part instanceof List<?> p) {
                int i = 0;
                while (i < w.size() && i < p.size() && Objects.equals(w.get(i), p.get(i))) {
                    i++;
                }
                diffs.add(field + " (" + w.size() + " in the whole cable, " + p.size() + " in the fragment) differ at "
                        + i + ": whole " + shorten(i < w.size() ? w.get(i) : "none") + " | fragment "
                        + shorten(i < p.size() ? p.get(i) : "none"));
            } else {
                diffs.add(field + ": whole " + shorten(whole) + " | fragment " + shorten(part));
            }
        }
    }

    private static String shorten(Object o) {
        String s = String.valueOf(o);
        return s.length() > 240 ? s.substring(0, 240) + "..." : s;
    }

    /** The text's lines with their terminators. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl + 1;
            out.add(text.substring(at, end));
            at = end;
        }
        return out;
    }

    /** Lines {@code from} to {@code to}, counted from 1, joined again. */
    static String join(List<String> lines, int from, int to) {
        return String.join("", lines.subList(from - 1, to));
    }

    /** The line number (from 1) of a character offset. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}

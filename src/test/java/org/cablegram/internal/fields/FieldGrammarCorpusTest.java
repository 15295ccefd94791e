package org.cablegram.internal.fields;

import org.cablegram.internal.engine.FieldEngine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.cablegram.CableParser;
import org.cablegram.internal.grammar.TelegramLexer;
import org.cablegram.CorpusTest;
import org.junit.jupiter.api.Test;

/**
 * The field grammar over the whole shared corpus: no field parse needs full LL, and for every
 * entry rule the share of lines a structured alternative matches is at least the share of lines
 * the hand-written readers it replaced read well (measured on the same corpus before they were
 * deleted, commit 994bdd9; text header lines at df7034c; body lines at 0021fcf; REF lines at 7547511).
 */
class FieldGrammarCorpusTest {

    /** Lines the old readers read well, out of all lines of the kind, on the shared corpus. */
    private static final Map<String, int[]> OLD = new LinkedHashMap<>();

    static {
        OLD.put("start of message", new int[] {5557, 5557});
        OLD.put("DE line", new int[] {5562, 5562});
        OLD.put("security line", new int[] {5562, 5562});
        OLD.put("date-time group", new int[] {5874, 5874});
        // the old reader gave a value for every addressee line, but for 4 lines holding a
        // classification line after a tab that value was wrong (the class line inside the name)
        OLD.put("addressee", new int[] {41595, 41599});
        OLD.put("page line", new int[] {52, 52});
        OLD.put("classification line", new int[] {6703, 6703});
        OLD.put("caption line", new int[] {9739, 9739});
        // text header lines, measured at df7034c before the regex readers of HeaderFields were
        // deleted: an order number read (and no invalid date); a SUBJECT keyword and a text after it;
        OLD.put("E.O. line", new int[] {6141, 6141});
        OLD.put("SUBJECT line", new int[] {6261, 6276});
        // a keyword, and a name, title or reasons read after it
        OLD.put("Classified By line", new int[] {3777, 3786});
        // a keyword, and at least one tag after it
        OLD.put("TAGS line", new int[] {6248, 6249});
        // a REF line alone, measured before the REF reader of HeaderFields was deleted: at least
        // one item read after the keyword
        OLD.put("REF line", new int[] {3622, 3637});
        // body lines, measured before BodyFields was deleted (commit 0021fcf): the trailer
        // lines were kept as written, all of them read well
        OLD.put("paragraph start", new int[] {51677, 51677});
        OLD.put("marked paragraph", new int[] {47052, 51677});
        OLD.put("section line", new int[] {3822, 3822});
        OLD.put("trailer line", new int[] {171, 171});
    }

    static List<Path> corpusFiles() throws IOException {
        Path root = Path.of(System.getProperty("cablegram.corpus", "../shared/corpus"));
        CorpusTest.requireCorpus(root.resolve("cables"));
        List<Path> files = new ArrayList<>();
        for (String d : List.of("cables", "variants", "quarantine")) {
            try (Stream<Path> s = Files.list(root.resolve(d))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void noFallbackToFullLLAndStructuredSharesHold() throws IOException {
        List<Path> files = corpusFiles();
        long before = FieldEngine.llFallbacks();
        CableParser parser = CableParser.create();
        for (Path f : files) {
            parser.parse(f);
        }
        assertEquals(0, FieldEngine.llFallbacks() - before, "field parses that fell back to full LL");

        Map<String, int[]> now = new LinkedHashMap<>();
        OLD.keySet().forEach(k -> now.put(k, new int[2]));
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            TelegramLexer lexer = new TelegramLexer(CharStreams.fromString(text));
            lexer.removeErrorListeners();
            boolean inAddressees = false;
            for (Token t : lexer.getAllTokens()) {
                String line = t.getText().replaceAll("[\\r\\n\\u2028]+$", "");
                int type = t.getType();
                if (type == TelegramLexer.TO_LINE || type == TelegramLexer.INFO_LINE) {
                    String rest = Words.clean(line);
                    count(now, "addressee", rest.substring(rest.indexOf(' ') + 1).strip(), FieldGrammarCorpusTest::addressee);
                    inAddressees = true;
                    continue;
                }
                if (type == TelegramLexer.LEAD_TEXT || type == TelegramLexer.RI_LINE) {
                    if (inAddressees) {
                        count(now, "addressee", line, FieldGrammarCorpusTest::addressee);
                    }
                    continue;
                }
                inAddressees = false;
                if (type == TelegramLexer.SOM_LINE) {
                    count(now, "start of message", line, l -> Fields.som(l).wellFormed());
                } else if (type == TelegramLexer.DE_LINE) {
                    count(now, "DE line", line, l -> Fields.de(l).wellFormed());
                } else if (type == TelegramLexer.SECURITY_LINE) {
                    count(now, "security line", line, l -> Fields.security(l).wellFormed());
                } else if (type == TelegramLexer.DTG_LINE) {
                    count(now, "date-time group", line, l -> Fields.dtg(l).wellFormed());
                } else if (type == TelegramLexer.PAGE_LINE || type == TelegramLexer.PRINT_PAGE_LINE) {
                    count(now, "page line", line, l -> Fields.page(l).isPresent());
                } else if (type == TelegramLexer.CLASS_LINE || type == TelegramLexer.BANNER
                        || type == TelegramLexer.BODY_CLASS_LINE) {
                    count(now, "classification line", line, l -> Fields.classLine(l).isPresent());
                } else if (type == TelegramLexer.EO_LINE) {
                    count(now, "E.O. line", line, l -> HeaderFields.eo(l).wellFormed());
                } else if (type == TelegramLexer.SUBJECT_LINE) {
                    count(now, "SUBJECT line", line, l -> HeaderFields.subject(List.of(l)).wellFormed());
                } else if (type == TelegramLexer.TAGS_LINE) {
                    count(now, "TAGS line", line, l -> {
                        Tags.Items read = Tags.items(List.of(l));
                        return read.wellFormed() && !read.codes().isEmpty();
                    });
                } else if (type == TelegramLexer.REF_LINE) {
                    count(now, "REF line", line, l -> {
                        HeaderFields.ReferenceRead read = HeaderFields.references(List.of(l), -1, null);
                        return read.wellFormed() && !read.items().isEmpty();
                    });
                } else if (type == TelegramLexer.CLASSIFIED_BY_LINE) {
                    count(now, "Classified By line", line, l -> HeaderFields.classifiedByRead(l).wellFormed());
                } else if (type == TelegramLexer.CAPTION_LINE) {
                    count(now, "caption line", line, l -> Fields.captions(l).wellFormed());
                } else if (type == TelegramLexer.PARA_LINE) {
                    count(now, "paragraph start", line, l -> Fields.paragraph(l).isPresent());
                    count(now, "marked paragraph", line,
                            l -> Fields.paragraph(l).flatMap(Fields.ParaStart::marking).isPresent());
                } else if (type == TelegramLexer.SECTION_MARK) {
                    count(now, "section line", line, l -> Fields.sectionMark(l).isPresent());
                } else if (type == TelegramLexer.BT_LINE || type == TelegramLexer.SERIAL_LINE
                        || type == TelegramLexer.END_LINE || type == TelegramLexer.FOOTER_LINE) {
                    count(now, "trailer line", line, l -> Fields.trailer(l).wellFormed());
                }
            }
        }
        StringBuilder report = new StringBuilder("[fields] structured share per entry rule (shared corpus):\n");
        List<String> worse = new ArrayList<>();
        now.forEach((k, c) -> {
            int[] o = OLD.get(k);
            double share = 100.0 * c[0] / c[1];
            double old = 100.0 * o[0] / o[1];
            report.append(String.format(Locale.ROOT, "[fields]   %-20s %6d of %6d lines structured (%.2f %%), old readers %.2f %%%n",
                    k, c[0], c[1], share, old));
            if (share + 1e-9 < old) {
                worse.add(k);
            }
        });
        System.out.print(report);
        assertTrue(worse.isEmpty(), "structured share below the old readers' for " + worse);
    }

    private static boolean addressee(String line) {
        return Fields.addressee(line).map(Fields.AddresseeRead::wellFormed).orElse(true);
    }

    private static void count(Map<String, int[]> counts, String kind, String line, Predicate<String> structured) {
        int[] c = counts.get(kind);
        c[1]++;
        if (structured.test(line)) {
            c[0]++;
        }
    }
}

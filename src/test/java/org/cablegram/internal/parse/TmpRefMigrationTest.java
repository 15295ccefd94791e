package org.cablegram.internal.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.cablegram.internal.grammar.TelegramLexer;
import org.cablegram.model.Reference;
import org.junit.jupiter.api.Test;

/** Compares the old REF reader with the grammar on every REF block of the corpus (temporary). */
class TmpRefMigrationTest {

    @Test
    void compare() throws IOException {
        StringBuilder report = new StringBuilder();
        int blocks = 0;
        int differ = 0;
        int lineCount = 0;
        int oldWell = 0;
        int newWell = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        for (Path f : FieldGrammarCorpusTest.corpusFiles()) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            TelegramLexer lexer = new TelegramLexer(CharStreams.fromString(text));
            lexer.removeErrorListeners();
            List<? extends Token> toks = lexer.getAllTokens();
            for (int i = 0; i < toks.size(); i++) {
                if (toks.get(i).getType() != TelegramLexer.REF_LINE) {
                    continue;
                }
                List<String> lines = new ArrayList<>();
                lines.add(strip(toks.get(i).getText()));
                int j = i + 1;
                while (j < toks.size() && toks.get(j).getType() == TelegramLexer.HEADER_TEXT) {
                    lines.add(strip(toks.get(j).getText()));
                    j++;
                }
                blocks++;
                String first = lines.get(0);
                lineCount++;
                if (!OldReferences.references(OldReferences.refText(first), 2009).isEmpty()) {
                    oldWell++;
                }
                HeaderFields.ReferenceRead one = HeaderFields.references(List.of(first), 2009, null);
                if (one.wellFormed() && !one.items().isEmpty()) {
                    newWell++;
                }
                StringBuilder sb = new StringBuilder(OldReferences.refText(lines.get(0)));
                for (int k = 1; k < lines.size(); k++) {
                    sb.append(' ').append(lines.get(k));
                }
                List<Reference> old = OldReferences.references(sb.toString(), 2009);
                List<Reference> now = new ArrayList<>();
                for (HeaderFields.RefItem r : HeaderFields.references(lines, 2009, null).items()) {
                    now.add(r.reference());
                }
                if (!old.equals(now)) {
                    differ++;
                    String kind = old.size() != now.size() ? "count" : "value";
                    kinds.merge(kind, 1, Integer::sum);
                    report.append("== ").append(f.getFileName()).append('\n').append(String.join("\n", lines))
                            .append("\n  old: ").append(show(old)).append("\n  new: ").append(show(now)).append('\n');
                }
            }
        }
        Files.writeString(Path.of("target/ref-migration.txt"), report.toString());
        System.out.println("[ref] lines " + lineCount + " old well " + oldWell + " new well " + newWell);
        System.out.println("[ref] " + blocks + " blocks, " + differ + " differ " + kinds);
    }

    private static String strip(String s) {
        return s.replaceAll("[\\r\\n\\u2028]+$", "");
    }

    private static String show(List<Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (Reference r : refs) {
            sb.append("\n     [").append(r.letter().orElse("-")).append("|").append(r.kind()).append("|")
                    .append(r.cableId().orElse("")).append("] ").append(r.text());
        }
        return sb.toString();
    }
}

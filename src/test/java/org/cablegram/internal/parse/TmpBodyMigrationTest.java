package org.cablegram.internal.parse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.cablegram.internal.grammar.TelegramLexer;
import org.junit.jupiter.api.Test;

/** Temporary: old readers against the field grammar on every corpus line of the kind. */
class TmpBodyMigrationTest {

    @Test
    void compare() throws Exception {
        int[] markedPara = new int[2]; int[] para = new int[3], sect = new int[3], mark = new int[3], trail = new int[3];
        Map<String, List<String>> diffs = new TreeMap<>();
        for (Path f : FieldGrammarCorpusTest.corpusFiles()) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            TelegramLexer lexer = new TelegramLexer(CharStreams.fromString(text));
            lexer.removeErrorListeners();
            for (Token t : lexer.getAllTokens()) {
                String line = t.getText().replaceAll("[\\r\\n\\u2028]+$", "");
                int type = t.getType();
                if (type == TelegramLexer.PARA_LINE) {
                    var o = BodyFields.paragraph(line);
                    var n = Fields.paragraph(line);
                    para[0]++;
                    if (o.isPresent()) para[1]++;
                    if (n.isPresent()) para[2]++;
                    if (o.isPresent() && o.get().marking().isPresent()) markedPara[0]++;
                    if (n.isPresent() && n.get().marking().isPresent()) markedPara[1]++;
                    String os = o.map(x -> x.digits() + "|" + x.pilcrow() + "|" + x.marking() + "|" + x.text()).orElse("-");
                    String ns = n.map(x -> x.digits() + "|" + x.pilcrow() + "|" + x.marking() + "|" + x.text()).orElse("-");
                    if (!os.equals(ns)) diffs.computeIfAbsent("para", k -> new ArrayList<>()).add(f.getFileName() + ": [" + line + "] old " + os + " new " + ns);
                    String body = Words.bodyText(line);
                    checkMarking(f, body, mark, diffs);
                    if (o.isPresent()) checkMarking(f, Words.bodyText(o.get().text()), mark, diffs);
                } else if (type == TelegramLexer.TEXT) {
                    checkMarking(f, Words.bodyText(line), mark, diffs);
                } else if (type == TelegramLexer.SECTION_MARK) {
                    var o = BodyFields.sectionMark(line);
                    var n = Fields.sectionMark(line);
                    sect[0]++;
                    if (o.isPresent()) sect[1]++;
                    if (n.isPresent()) sect[2]++;
                    if (!String.valueOf(o).equals(String.valueOf(n))) diffs.computeIfAbsent("section", k -> new ArrayList<>()).add(f.getFileName() + ": [" + line + "] old " + o + " new " + n);
                } else if (type == TelegramLexer.BT_LINE || type == TelegramLexer.SERIAL_LINE || type == TelegramLexer.END_LINE || type == TelegramLexer.FOOTER_LINE) {
                    var n = Fields.trailer(line);
                    trail[0]++;
                    trail[1]++;
                    if (n.wellFormed()) trail[2]++;
                    if (!Words.clean(line).equals(n.text()) || !n.wellFormed()) diffs.computeIfAbsent("trailer", k -> new ArrayList<>()).add(f.getFileName() + ": [" + line + "] new " + n);
                }
            }
        }
        System.out.println("[tmp] paragraph lines " + Arrays.toString(para) + " section " + Arrays.toString(sect)
                + " marking texts " + Arrays.toString(mark) + " trailer " + Arrays.toString(trail) + " marked para old/new " + Arrays.toString(markedPara));
        diffs.forEach((k, v) -> {
            System.out.println("[tmp] " + k + ": " + v.size() + " differences");
            v.stream().limit(40).forEach(x -> System.out.println("[tmp]   " + x));
        });
    }

    private static void checkMarking(Path f, String t, int[] mark, Map<String, List<String>> diffs) {
        if (t.isEmpty() || t.charAt(0) != '(') return;
        var o = BodyFields.marking(t);
        var n = Fields.marking(t);
        mark[0]++;
        if (o.marking().isPresent()) mark[1]++;
        if (n.marking().isPresent()) mark[2]++;
        if (!o.marking().equals(n.marking()) || !o.text().equals(n.text()))
            diffs.computeIfAbsent("marking", k -> new ArrayList<>()).add(f.getFileName() + ": [" + t + "] old " + o + " new " + n);
    }
}

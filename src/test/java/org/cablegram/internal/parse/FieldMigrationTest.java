package org.cablegram.internal.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.cablegram.internal.grammar.TelegramLexer;
import org.junit.jupiter.api.Test;

/** Temporary: old field readers against the field grammar on every corpus line of each kind. */
class FieldMigrationTest {

    static boolean oldWell(String kind, String line, Object a) {
        switch (kind) {
            case "som": { var o = EnvelopeFields.som(line); return !o.channel().isEmpty() && !o.sequence().isEmpty(); }
            case "de": return EnvelopeFields.de(line).wellFormed();
            case "security": return EnvelopeFields.security(line).level().isPresent();
            case "dtg": return EnvelopeFields.dtg(line).instant().isPresent();
            case "addressee": return String.valueOf(a).startsWith("Optional[");
            case "class": return ClassificationFields.read(line).isPresent();
            case "caption": return ClassificationFields.isCaptionLine(line);
            case "page": return BodyFields.page(line).isPresent();
            default: return false;
        }
    }

    static boolean newWell(String kind, String line) {
        switch (kind) {
            case "som": return Fields.som(line).wellFormed();
            case "de": return Fields.de(line).wellFormed();
            case "security": return Fields.security(line).wellFormed();
            case "dtg": return Fields.dtg(line).wellFormed();
            case "addressee": {
                String t = Words.clean(line);
                if (t.startsWith("TO ") || t.startsWith("INFO ")) {
                    t = t.substring(t.indexOf(' ') + 1).strip();
                }
                return Fields.addressee(t).map(Fields.AddresseeRead::wellFormed).orElse(false);
            }
            case "class": return Fields.classLine(line).isPresent();
            case "caption": return Fields.captions(line).wellFormed();
            case "page": return Fields.page(line).isPresent();
            default: return false;
        }
    }

    @Test
    void compare() throws IOException {
        Path root = Path.of(System.getProperty("cablegram.corpus", "../shared/corpus"));
        List<Path> files = new ArrayList<>();
        for (String d : List.of("cables", "variants", "quarantine")) {
            try (Stream<Path> s = Files.list(root.resolve(d))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, int[]> shares = new TreeMap<>();
        StringBuilder diffs = new StringBuilder();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            TelegramLexer lexer = new TelegramLexer(CharStreams.fromString(text));
            lexer.removeErrorListeners();
            String prev = "";
            for (Token t : lexer.getAllTokens()) {
                String line = t.getText().replaceAll("[\\r\\n\\u2028]+$", "");
                int type = t.getType();
                String kind = null;
                Object a = null;
                Object b = null;
                if (type == TelegramLexer.SOM_LINE) {
                    kind = "som";
                    var o = EnvelopeFields.som(line);
                    var n = Fields.som(line);
                    a = List.of(o.text(), o.channel(), o.sequence());
                    b = List.of(n.text(), n.channel(), n.sequence());
                } else if (type == TelegramLexer.DE_LINE) {
                    kind = "de";
                    var o = EnvelopeFields.de(line);
                    var n = Fields.de(line);
                    a = List.of(o.station(), o.serial(), o.section(), o.day(), o.time(), o.leftover(), o.wellFormed());
                    b = List.of(n.station(), n.serial(), n.section(), n.day(), n.time(), n.leftover(), n.wellFormed());
                } else if (type == TelegramLexer.SECURITY_LINE) {
                    kind = "security";
                    var o = EnvelopeFields.security(line);
                    var n = Fields.security(line);
                    a = List.of(o.prosign(), o.level(), o.signals());
                    b = List.of(n.prosign(), n.level(), n.signals());
                } else if (type == TelegramLexer.DTG_LINE) {
                    kind = "dtg";
                    var o = EnvelopeFields.dtg(line);
                    var n = Fields.dtg(line);
                    a = List.of(o.precedence(), o.infoPrecedence(), o.text(), o.instant(), o.signals(), o.gluedFrom());
                    b = List.of(n.precedence(), n.infoPrecedence(), n.text(), n.instant(), n.signals(), n.gluedFrom());
                } else if (type == TelegramLexer.LEAD_TEXT || type == TelegramLexer.RI_LINE) {
                    if (prev.equals("addr")) {
                        kind = "addressee";
                        a = EnvelopeFields.addressee(line);
                        b = Fields.addressee(line).map(Fields.AddresseeRead::addressee);
                    }
                } else if (type == TelegramLexer.TO_LINE || type == TelegramLexer.INFO_LINE) {
                    kind = "addressee";
                    String t2 = Words.clean(line);
                    t2 = t2.substring(t2.indexOf(' ') + 1).strip();
                    a = EnvelopeFields.addressee(t2);
                    b = Fields.addressee(t2).map(Fields.AddresseeRead::addressee);
                } else if (type == TelegramLexer.CLASS_LINE || type == TelegramLexer.BANNER
                        || type == TelegramLexer.BODY_CLASS_LINE) {
                    kind = "class";
                    var o = ClassificationFields.read(line);
                    var n = Fields.classLine(line);
                    a = o.map(x -> List.of(x.level(), x.efto(), x.caveats(), x.section(), x.origin(), x.serial(),
                            ClassificationFields.isLevelWithCaveats(line), ClassificationFields.endBeforeRunInText(line)));
                    b = n.map(x -> List.of(x.level(), x.efto(), x.caveats(), x.section(), x.origin(), x.serial(),
                            x.onlyCaveats(), x.serialEnd()));
                } else if (type == TelegramLexer.CAPTION_LINE) {
                    kind = "caption";
                    a = ClassificationFields.captions(line);
                    b = Fields.captions(line).captions();
                } else if (type == TelegramLexer.PAGE_LINE || type == TelegramLexer.PRINT_PAGE_LINE) {
                    kind = "page";
                    a = BodyFields.page(line).map(p -> List.of(p.number(), p.total(), p.rest()));
                    b = Fields.page(line).map(p -> List.of(p.number(), p.total(), p.rest()));
                }
                if (type == TelegramLexer.TO_LINE || type == TelegramLexer.INFO_LINE) {
                    prev = "addr";
                } else if (type != TelegramLexer.LEAD_TEXT && type != TelegramLexer.RI_LINE) {
                    prev = "";
                }
                if (kind != null) {
                    int[] w = shares.computeIfAbsent(kind, k -> new int[3]);
                    w[0]++;
                    if (oldWell(kind, line, a)) {
                        w[1]++;
                    }
                    if (newWell(kind, line)) {
                        w[2]++;
                    }
                    int[] c = counts.computeIfAbsent(kind, k -> new int[2]);
                    c[0]++;
                    if (!Objects.equals(String.valueOf(a), String.valueOf(b))) {
                        c[1]++;
                        diffs.append(kind).append('\t').append(f.getFileName()).append('\t').append(line)
                                .append("\n  old ").append(a).append("\n  new ").append(b).append('\n');
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        shares.forEach((k, c) -> out.append(String.format("share %s: %d lines, old well-formed %d (%.2f%%), new structured %d (%.2f%%)%n",
                k, c[0], c[1], 100.0 * c[1] / c[0], c[2], 100.0 * c[2] / c[0])));
        counts.forEach((k, c) -> out.append(k).append(": ").append(c[0]).append(" lines, ").append(c[1]).append(" differ\n"));
        System.out.print(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/field-migration.txt"), out + "\n" + diffs);
    }
}

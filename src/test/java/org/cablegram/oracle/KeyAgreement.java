package org.cablegram.oracle;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Agreement of the two readers on the double-read quarter of the answer key: per field, the
 * share of cables where both wrote the same value (in the comparable form of
 * {@link OracleFields}), then every disagreement with both values.
 *
 * <p>Usage (after {@code mvn test-compile}): {@code java -cp target/test-classes
 * org.cablegram.oracle.KeyAgreement [oracle dir]}
 */
public final class KeyAgreement {

    private KeyAgreement() {
    }

    public static void main(String[] args) {
        Path dir = args.length > 0 ? Path.of(args[0]) : AnswerKey.DIR;
        Map<String, AnswerKey.Entry> first = AnswerKey.readAll(dir.resolve("key"));
        Map<String, AnswerKey.Entry> second = AnswerKey.readAll(dir.resolve("second"));
        Map<String, int[]> agree = new LinkedHashMap<>();
        OracleFields.FIELDS.forEach(f -> agree.put(f, new int[2]));
        StringBuilder disagreements = new StringBuilder();
        int cables = 0;
        for (AnswerKey.Entry s : second.values()) {
            AnswerKey.Entry f = first.get(s.id());
            if (f == null) {
                continue;
            }
            cables++;
            Map<String, String> a = OracleFields.ofKey(f);
            Map<String, String> b = OracleFields.ofKey(s);
            for (String field : OracleFields.FIELDS) {
                int[] t = agree.get(field);
                t[1]++;
                if (a.get(field).equals(b.get(field))) {
                    t[0]++;
                } else {
                    disagreements.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", s.id(), field,
                            cell(a.get(field)), cell(b.get(field))));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Double-read cables: %d%n%n", cables));
        out.append("| field | agree | of | agreement % |\n|---|---:|---:|---:|\n");
        agree.forEach((f, t) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f |%n", f, t[0], t[1],
                t[1] == 0 ? 100.0 : 100.0 * t[0] / t[1])));
        out.append("\n| cable | field | first reader | second reader |\n|---|---|---|---|\n").append(disagreements);
        System.out.print(out);
    }

    private static String cell(String v) {
        return v.isEmpty() ? "–" : v.replace("|", "\\|");
    }
}

package org.cablegram.oracle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The differential report on hand-made dumps: verdicts from the key, the held-back third hidden. */
class FieldDiffTest {

    private static Map<String, Map<String, String>> dump(String... idFieldValue) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (int i = 0; i < idFieldValue.length; i += 3) {
            out.computeIfAbsent(idFieldValue[i], k -> new LinkedHashMap<>()).put(idFieldValue[i + 1], idFieldValue[i + 2]);
        }
        return out;
    }

    @Test
    void verdictsComeFromTheKeyAndTheHeldBackThirdStaysHidden() {
        // 03ABUDHABI2641 is in the open part of the key, 04BRASILIA2151 is held back
        String right = OracleFields.ofKey(AnswerKey.read(AnswerKey.DIR.resolve("key/03ABUDHABI2641.key"))).get("subject");
        String held = OracleFields.ofKey(AnswerKey.read(AnswerKey.DIR.resolve("key/04BRASILIA2151.key"))).get("subject");
        var before = dump("03ABUDHABI2641", "subject", "uae to support",
                "04BRASILIA2151", "subject", "x",
                "99NOWHERE1", "fm", "AMEMBASSY A",
                "99NOWHERE1", "json.to[0].name", "SECSTATE WASHDC",
                "99NOWHERE1", "json.to[1].name", "USUN");
        var after = dump("03ABUDHABI2641", "subject", right,
                "04BRASILIA2151", "subject", held,
                "99NOWHERE1", "fm", "AMEMBASSY B",
                "99NOWHERE1", "json.to[0].name", "SECSTATE WASHDC",
                "99NOWHERE1", "json.to[1].name", "USUN NEW YORK");
        String report = FieldDiff.report(before, after, AnswerKey.DIR);
        assertTrue(report.contains("| 03ABUDHABI2641 | uae to support | " + right + " | new right |"), report);
        assertTrue(report.contains("| 04BRASILIA2151 | x | " + held.replace("|", "\\|") + " | held back |"), report);
        assertTrue(report.contains("| subject | 2 | 1 | 0 | 0 |"), report);
        assertTrue(report.contains("| 99NOWHERE1 | AMEMBASSY A | AMEMBASSY B | not in key |"), report);
        assertTrue(report.contains("| json.to[].name | 1 |"), report);
        assertTrue(report.contains("| 99NOWHERE1 | json.to[1].name | USUN | USUN NEW YORK |"), report);
        assertFalse(report.contains("json.to[0]"), "unchanged values are not listed");
    }
}

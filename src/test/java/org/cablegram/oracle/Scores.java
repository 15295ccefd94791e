package org.cablegram.oracle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-field tallies of parsed values against the answer key. A cable that has the field (by
 * the key) is right, wrong (a different value) or missed (no value); a cable that lacks it is
 * right when the parser finds none too, else a false positive.
 */
public final class Scores {

    /** The tally of one field. */
    public static final class Tally {
        int right;
        int wrong;
        int missed;
        int absentRight;
        int falsePositive;
        int unknown;
        final List<String> failures = new ArrayList<>();

        /** @return cables that have the field */
        public int present() {
            return right + wrong + missed;
        }

        /** @return share of cables having the field whose value is right, in percent (100 when none) */
        public double rightPercent() {
            return present() == 0 ? 100.0 : 100.0 * right / present();
        }

        /** @return cables without the field where the parser found one */
        public int falsePositives() {
            return falsePositive;
        }

        /** @return the cables that were not right, with key and parsed values */
        public List<String> failures() {
            return failures;
        }
    }

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private int cables;

    /** Makes empty tallies for every field. */
    public Scores() {
        OracleFields.FIELDS.forEach(f -> tallies.put(f, new Tally()));
    }

    /**
     * Scores one cable.
     *
     * @param id     the cable id
     * @param key    the key's comparable fields
     * @param parsed the parser's comparable fields
     */
    public void add(String id, Map<String, String> key, Map<String, String> parsed) {
        cables++;
        for (String f : OracleFields.FIELDS) {
            Tally t = tallies.get(f);
            String k = key.getOrDefault(f, "");
            String p = parsed.getOrDefault(f, "");
            if (k.equals(OracleFields.UNKNOWN)) {
                t.unknown++;
            } else if (k.isEmpty()) {
                if (p.isEmpty()) {
                    t.absentRight++;
                } else {
                    t.falsePositive++;
                    t.failures.add(id + " false positive: parsed [" + p + "]");
                }
            } else if (k.equals(p)) {
                t.right++;
            } else if (p.isEmpty()) {
                t.missed++;
                t.failures.add(id + " missed: key [" + k + "]");
            } else {
                t.wrong++;
                t.failures.add(id + " wrong: key [" + k + "] parsed [" + p + "]");
            }
        }
    }

    /** @return the tallies by field, in report order */
    public Map<String, Tally> tallies() {
        return tallies;
    }

    /**
     * The table of figures.
     *
     * @param title what was scored
     * @return a Markdown table
     */
    public String table(String title) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: %d cables%n", title, cables));
        b.append("| field | have it | right | wrong | missed | right % | lack it | false positives | undecided |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        tallies.forEach((f, t) -> b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f | %d | %d | %d |%n",
                f, t.present(), t.right, t.wrong, t.missed, t.rightPercent(), t.absentRight + t.falsePositive,
                t.falsePositive, t.unknown)));
        return b.toString();
    }
}

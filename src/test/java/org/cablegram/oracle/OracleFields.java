package org.cablegram.oracle;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The fields of the answer key in one comparable form, computed both from a labelled key
 * entry and from the parser's JSON form ({@code JsonForm.of}). Comparing the two forms is
 * string equality; the empty string means "the cable has none". The forms normalise only what
 * the labelling guide leaves free (case of names, blanks, punctuation that ends a name), so a
 * difference here is a difference a reader would see.
 *
 * <p>It reads the JSON form rather than the model types so that the differential report can
 * run the same code against an older build of the library (the JSON keys only ever grow).
 */
public final class OracleFields {

    /** The compared fields, in report order. */
    public static final List<String> FIELDS = List.of(
            "subject", "subject-marking", "tags", "ref-ids", "ref-items",
            "classified-by-name", "classified-by-title", "classified-by-reasons",
            "signers", "summary", "fm", "to-count", "info-count", "dtg", "paragraphs");

    /** Marks a field the labeller could not decide; such a field is not scored. */
    public static final String UNKNOWN = "?";

    private static final List<String> MONTHS = List.of(
            "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

    private OracleFields() {
    }

    /**
     * The comparable fields of a labelled cable.
     *
     * @param key the key entry
     * @return field name to comparable value (empty: none; {@link #UNKNOWN}: not scored)
     */
    public static Map<String, String> ofKey(AnswerKey.Entry key) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("subject", text(key.field("subject")));
        out.put("subject-marking", marking(key.field("subject-marking")));
        out.put("tags", tags(splitBars(key.field("tags"))));
        List<String> ids = new ArrayList<>();
        List<String> items = new ArrayList<>();
        boolean unknownRef = false;
        for (String ref : key.refs()) {
            if (ref.equals("-")) {
                continue;
            }
            if (ref.equals(UNKNOWN)) {
                unknownRef = true;
                continue;
            }
            String[] parts = ref.split("\\|", -1);
            String letter = parts[0].strip();
            String kind = parts.length > 1 ? parts[1].strip() : "";
            items.add(item(letter.equals("-") ? null : letter, kind));
            if (parts.length > 2) {
                for (String id : parts[2].strip().split("\\s+")) {
                    if (!id.isEmpty() && !id.equals("-")) {
                        ids.add(id.toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        out.put("ref-ids", unknownRef ? UNKNOWN : ids(ids));
        out.put("ref-items", unknownRef ? UNKNOWN : String.join(" ", items));
        out.put("classified-by-name", name(key.field("classified-by-name")));
        out.put("classified-by-title", name(key.field("classified-by-title")));
        String reasons = key.field("classified-by-reasons");
        out.put("classified-by-reasons", reasons(isNone(reasons) || reasons.equals(UNKNOWN)
                ? List.of() : List.of(reasons.split("\\s+(?=\\d)"))));
        if (reasons.equals(UNKNOWN)) {
            out.put("classified-by-reasons", UNKNOWN);
        }
        out.put("signers", signers(splitBars(key.field("signers"))));
        out.put("summary", summary(key.field("summary")));
        out.put("fm", fm(key.field("fm")));
        out.put("to-count", count(key.field("to-count")));
        out.put("info-count", count(key.field("info-count")));
        out.put("dtg", dtg(key.field("dtg")));
        out.put("paragraphs", count(key.field("paragraphs")));
        // an undecided field stays undecided, whatever its normal form would be
        for (String f : List.of("subject", "subject-marking", "tags", "classified-by-name", "classified-by-title",
                "signers", "summary", "fm", "to-count", "info-count", "dtg", "paragraphs")) {
            if (UNKNOWN.equals(key.field(f))) {
                out.put(f, UNKNOWN);
            }
        }
        return out;
    }

    /**
     * The comparable fields of a parsed cable, from its JSON form.
     *
     * @param json {@code JsonForm.of(source, cable)}
     * @return field name to comparable value (empty: none)
     */
    @SuppressWarnings("unchecked")
    public static Map<String, String> ofJson(Map<String, Object> json) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("subject", text(str(json.get("subject"))));
        out.put("subject-marking", marking(str(json.get("subjectMarking"))));
        List<String> codes = new ArrayList<>();
        for (Object t : list(json.get("tags"))) {
            codes.add(str(((Map<String, Object>) t).get("code")));
        }
        out.put("tags", tags(codes));
        List<String> ids = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (Object o : list(json.get("references"))) {
            Map<String, Object> r = (Map<String, Object>) o;
            items.add(item(str(r.get("letter")), str(r.get("kind"))));
            if (r.get("cableIds") instanceof List<?> several) {
                several.forEach(id -> ids.add(str(id)));
            } else if (r.get("cableId") != null) {
                ids.add(str(r.get("cableId")));
            }
        }
        out.put("ref-ids", ids(ids));
        out.put("ref-items", String.join(" ", items));
        Map<String, Object> cb = (Map<String, Object>) json.get("classifiedBy");
        out.put("classified-by-name", cb == null ? "" : name(str(cb.get("name"))));
        out.put("classified-by-title", cb == null ? "" : name(str(cb.get("title"))));
        List<String> reasons = new ArrayList<>();
        if (cb != null) {
            list(cb.get("reasons")).forEach(r -> reasons.add(str(r)));
        }
        out.put("classified-by-reasons", reasons(reasons));
        List<String> signers = new ArrayList<>();
        list(json.get("signers")).forEach(s -> signers.add(str(s)));
        out.put("signers", signers(signers));
        out.put("summary", summary(str(json.get("summary"))));
        out.put("fm", fm(str(json.get("from"))));
        out.put("to-count", count(String.valueOf(list(json.get("to")).size())));
        out.put("info-count", count(String.valueOf(list(json.get("info")).size())));
        Object dateTime = json.get("dateTime");
        out.put("dtg", dateTime == null ? "" : instant(dateTime.toString()));
        int numbered = 0;
        for (Object p : list(json.get("paragraphs"))) {
            if (((Map<String, Object>) p).get("number") != null) {
                numbered++;
            }
        }
        out.put("paragraphs", count(String.valueOf(numbered)));
        return out;
    }

    static boolean isNone(String v) {
        return v == null || v.isBlank() || v.strip().equals("-");
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static String blanks(String s) {
        return s.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    }

    static String text(String v) {
        return isNone(v) ? "" : blanks(v).toLowerCase(Locale.ROOT);
    }

    static String marking(String v) {
        if (isNone(v)) {
            return "";
        }
        return v.replaceAll("[()\\s]", "").toUpperCase(Locale.ROOT);
    }

    static List<String> splitBars(String v) {
        List<String> out = new ArrayList<>();
        if (isNone(v)) {
            return out;
        }
        for (String p : v.split("\\|")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /** Tags: upper case, each code once, in first-seen order. */
    static String tags(List<String> codes) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (String c : codes) {
            if (c != null && !c.isBlank()) {
                seen.add(blanks(c).toUpperCase(Locale.ROOT));
            }
        }
        return String.join(" | ", seen);
    }

    /** Cited ids as a sorted multiset: the list of cables cited, whatever item holds them. */
    static String ids(List<String> ids) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        return String.join(" ", sorted);
    }

    private static String item(String letter, String kind) {
        String l = letter == null || letter.isBlank() ? "-" : letter.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        return l + ":" + (kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
    }

    /** A name or title: case and blanks free, a closing comma, period or semicolon dropped. */
    static String name(String v) {
        if (isNone(v)) {
            return "";
        }
        String s = blanks(v).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return s.replaceAll("[\\s,.;:]+$", "").replaceAll("^[\\s,.;:]+", "");
    }

    /** Reasons: each without blanks, letters in lower case, as a sorted set. */
    static String reasons(List<String> reasons) {
        TreeSet<String> set = new TreeSet<>();
        for (String r : reasons) {
            String s = r.replaceAll("\\s+", "").toLowerCase(Locale.ROOT).replaceAll("[.,;]+$", "");
            if (!s.isEmpty()) {
                set.add(s);
            }
        }
        return String.join(" ", set);
    }

    static String signers(List<String> signers) {
        List<String> out = new ArrayList<>();
        for (String s : signers) {
            if (s != null && !s.isBlank()) {
                out.add(name(s));
            }
        }
        return String.join(" | ", out);
    }

    /** The first eight words of a summary, case-free, pilcrows dropped. */
    static String summary(String v) {
        if (isNone(v)) {
            return "";
        }
        String[] words = blanks(v.replace("\u00b6", " ")).split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(8, words.length); i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(words[i]);
        }
        return b.toString().toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replace('\u201c', '"').replace('\u201d', '"');
    }

    static String fm(String v) {
        return isNone(v) ? "" : blanks(v).toUpperCase(Locale.ROOT);
    }

    static String count(String v) {
        if (isNone(v)) {
            return "";
        }
        String s = v.strip();
        return s.equals("0") ? "" : s;
    }

    /** A written DTG ({@code 141042Z NOV 08}, blanks free) as the instant it names. */
    static String dtg(String v) {
        if (isNone(v)) {
            return "";
        }
        if (v.strip().equals(UNKNOWN)) {
            return UNKNOWN;
        }
        String s = v.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!s.matches("\\d{6}Z[A-Z]{3}\\d{2}")) {
            return "dtg:" + s;
        }
        int month = MONTHS.indexOf(s.substring(7, 10)) + 1;
        int yy = Integer.parseInt(s.substring(10, 12));
        try {
            LocalDateTime t = LocalDateTime.of(yy >= 50 ? 1900 + yy : 2000 + yy, month,
                    Integer.parseInt(s.substring(0, 2)), Integer.parseInt(s.substring(2, 4)),
                    Integer.parseInt(s.substring(4, 6)));
            return instant(t.toInstant(ZoneOffset.UTC).toString());
        } catch (RuntimeException e) {
            return "dtg:" + s;
        }
    }

    private static String instant(String iso) {
        return iso;
    }
}

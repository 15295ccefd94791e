package org.cablegram.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cablegram.model.Reference;
import org.cablegram.model.ReferenceId;
import org.cablegram.model.ReferenceKind;

/** The REF reader of HeaderFields before the field grammar, kept while the grammar is compared with it. */
final class OldReferences {
    private static final Pattern SEMICOLON = Pattern.compile("\\s*;\\s*");
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[\\s:.,;]*");
    private static final Pattern TRAILING_AND = Pattern.compile("[,;]\\s*(AND)?$");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern EMAIL = Pattern.compile("\\bE-?MAILS?\\b");
    private static final Pattern TELCON = Pattern.compile("\\b(TELCON|TELECON|TELEPHONE|PHONE CALL|PHONECALL|TELCONS)\\b");
    private static final Pattern MEMO = Pattern.compile("\\b(MEMO|MEMORANDUM|MEMCON|NON-PAPER|NONPAPER)\\b");
    private static final Pattern REPORT = Pattern.compile(
            "\\b(REPORT|AIRGRAM|LETTER|DIPLOMATIC NOTE|DIP NOTE|FAX|STUDY|IIR|OI)\\b");
    private static final Pattern MEETING = Pattern.compile("\\b(MEETING|MEETINGS|CONVERSATION|DISCUSSION|VISIT|CALL)\\b");

    // ----------------------------------------------------------------------------------- REF

    private static final Pattern REF_HEAD = Pattern.compile(
            "^\\s*(?i:REFERENCES|REFERENCE|REFTELS|REFTEL|REF\\(S\\)|REFS|REF)\\s*[:.]?\\s*");
    private static final Pattern LABEL = Pattern.compile(
            "(?<![A-Za-z0-9.'/\\-])\u00B6?\\s?(?:\\((?<p>[A-Za-z])\\)(?=\\s|$)|\\((?<q>[A-Za-z])\\s\\)|(?<d>[A-Za-z])[.)](?=\\s|$))");
    private static final Pattern CABLE = Pattern.compile(
            "^(?:(?<y>\\d{4}|\\d{2})\\s+)?(?<o>[A-Za-z][A-Za-z'\\-]*(?:\\s+[A-Za-z][A-Za-z'\\-]*){0,2}?)\\s+-?\\s?(?<n>\\d{1,7})(?![\\d/:])");
    private static final Set<String> NOT_ORIGINS = Set.of(
            "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
            "NOVEMBER", "DECEMBER", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV",
            "DEC", "DATED", "OF", "ON", "THE", "AND", "TO", "IN", "PARA", "PARAS", "PARAGRAPH", "REFTEL", "REF",
            "SECTION", "NO", "NUMBER", "E", "EO", "PAGE", "PAGES", "CHAPTER", "ARTICLE", "RESOLUTION", "FAM", "UNSCR",
            "FAX", "LETTER", "EMAIL", "MEMO", "TELCON", "A", "AN", "TAGS");

    /** Strips the REF keyword. */
    static String refText(String firstLine) {
        Matcher m = REF_HEAD.matcher(firstLine);
        return m.find() ? firstLine.substring(m.end()) : firstLine;
    }

    /**
     * Splits the REF text into items at their letters (A., B), (C)) taken in alphabetical order,
     * so that initials inside an item ("JOHN E. SMITH") are not read as letters.
     */
    static List<Reference> references(String text, int citingYear) {
        String t = Words.collapse(text);
        List<int[]> cuts = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        Matcher m = LABEL.matcher(t);
        char expect = 'A';
        while (m.find()) {
            String l = m.group("p") != null ? m.group("p") : m.group("q") != null ? m.group("q") : m.group("d");
            char c = Character.toUpperCase(l.charAt(0));
            if (c == expect) {
                cuts.add(new int[] {m.start(), m.end()});
                letters.add(String.valueOf(c));
                expect++;
            }
        }
        List<Reference> out = new ArrayList<>();
        if (cuts.isEmpty() || cuts.get(0)[0] > 3 && !t.substring(0, cuts.get(0)[0]).isBlank()
                && cuts.size() == 1) {
            for (String part : SEMICOLON.split(t)) {
                if (!part.isBlank()) {
                    out.add(reference(Optional.empty(), part.strip(), citingYear));
                }
            }
            return out;
        }
        String before = t.substring(0, cuts.get(0)[0]).strip();
        if (!before.isEmpty() && !ONLY_PUNCTUATION.matcher(before).matches()) {
            out.add(reference(Optional.empty(), before, citingYear));
        }
        for (int i = 0; i < cuts.size(); i++) {
            int end = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : t.length();
            String body = TRAILING_AND.matcher(t.substring(cuts.get(i)[1], end).strip()).replaceAll("").strip();
            // a label written twice ("A. A. Lahore 318")
            body = withoutLabel(body, letters.get(i).charAt(0));
            out.add(reference(Optional.of(letters.get(i)), body, citingYear));
        }
        return out;
    }

    /**
     * The text without a leading label of the given letter (an optional opening parenthesis, the
     * letter in either case, a period or closing parenthesis, blanks), if it has one.
     */
    static String withoutLabel(String text, char letter) {
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '(' ? 1 : 0;
        if (i >= n || text.charAt(i) != letter && text.charAt(i) != Character.toLowerCase(letter)) {
            return text;
        }
        i++;
        if (i >= n || text.charAt(i) != '.' && text.charAt(i) != ')') {
            return text;
        }
        int blanks = ++i;
        while (i < n && Words.isRegexBlank(text.charAt(i))) {
            i++;
        }
        return i > blanks ? text.substring(i) : text;
    }

    static Reference reference(Optional<String> letter, String text, int citingYear) {
        String u = text.toUpperCase(Locale.ROOT);
        ReferenceKind kind = ReferenceKind.OTHER;
        Optional<String> id = Optional.empty();
        Matcher c = CABLE.matcher(u.replace('\u00B6', ' ').strip());
        boolean cable = false;
        if (c.lookingAt()) {
            String origin = BLANKS.matcher(c.group("o")).replaceAll(" ");
            String first = origin.split(" ")[0];
            boolean ok = !NOT_ORIGINS.contains(first) && !NOT_ORIGINS.contains(origin);
            for (String w : origin.split(" ")) {
                if (NOT_ORIGINS.contains(w) && !w.equals("OF")) {
                    ok = false;
                }
            }
            if (ok) {
                cable = true;
                int year = citingYear;
                String y = c.group("y");
                if (y != null) {
                    year = Words.fullYear(Integer.parseInt(y), y.length());
                }
                String o = origin.replace(" ", "");
                if (o.equals("SECSTATE")) {
                    o = "STATE";
                }
                if (year > 0) {
                    id = Optional.of(ReferenceId.of(year, o, c.group("n")).id());
                }
            }
        }
        if (cable) {
            kind = ReferenceKind.CABLE;
        } else if (EMAIL.matcher(u).find()) {
            kind = ReferenceKind.EMAIL;
        } else if (TELCON.matcher(u).find()) {
            kind = ReferenceKind.TELCON;
        } else if (MEMO.matcher(u).find()) {
            kind = ReferenceKind.MEMO;
        } else if (REPORT.matcher(u).find()) {
            kind = ReferenceKind.REPORT;
        } else if (MEETING.matcher(u).find()) {
            kind = ReferenceKind.MEETING;
        }
        return new Reference(letter, text, kind, id);
    }

}

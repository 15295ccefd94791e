package org.cablegram.internal.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cablegram.internal.grammar.FieldLexer;
import org.cablegram.internal.grammar.FieldParser;

import org.cablegram.model.ClassifiedBy;
import org.cablegram.model.ExecutiveOrder;
import org.cablegram.model.Reference;
import org.cablegram.model.ReferenceId;
import org.cablegram.model.ReferenceKind;
import org.cablegram.model.Subject;
import org.cablegram.model.Tag;
import org.cablegram.model.TagKind;

/** Reads the fields of text-header lines: E.O., TAGS, SUBJECT, REF and Classified By. */
final class HeaderFields {

    private HeaderFields() {
    }

    // ---------------------------------------------------------------------------------- E.O.

    /**
     * The E.O. line read, with TAGS text that was glued onto it; {@code wellFormed} is false when
     * only the catch-all alternative fits (no order number), and the line is kept whole as text.
     */
    record Eo(ExecutiveOrder order, Optional<String> gluedTags, boolean badDate, boolean wellFormed) {
    }

    /** Reads the E.O. line (rule {@code standaloneEo}, lexer mode EO). */
    static Eo eo(String joined) {
        String t = Words.clean(joined);
        FieldParser.StandaloneEoContext tree = FieldEngine.parse(t, FieldLexer.EO, FieldParser::standaloneEo);
        return (Eo) new HeaderFieldVisitor(t).visit(tree.eoLine());
    }

    // ---------------------------------------------------------------------------------- TAGS

    /**
     * The items of a TAGS block as written, upper case: codes with the parenthesised groups they
     * take, and whether a comma or semicolon followed each.
     */
    record TagItems(List<String> codes, List<Boolean> commaAfter, boolean wellFormed) {
    }

    /**
     * Reads a TAGS block (rule {@code standaloneTags}, lexer mode TAGS): the TAGS line and its
     * continuation lines, or tags run into the end of an E.O. line (without the keyword).
     */
    static TagItems tagItems(List<String> lines) {
        return tagItems(String.join("\n", lines), FieldLexer.TAGS);
    }

    private static TagItems tagItems(String t, int mode) {
        FieldParser.StandaloneTagsContext tree = FieldEngine.parse(t, mode, FieldParser::standaloneTags);
        return (TagItems) new HeaderFieldVisitor(t).visit(tree.tagsBlock());
    }

    /** The tags of a text without the TAGS keyword (run into the end of an E.O. line). */
    static List<Tag> tags(String text) {
        return tags(tagItems(text, FieldLexer.TAGS_TEXT));
    }

    static List<Tag> tags(TagItems read) {
        List<String> items = new ArrayList<>(read.codes().size());
        for (String code : read.codes()) {
            items.add(code.toUpperCase(Locale.ROOT).replace('\u00A0', ' '));
        }
        List<Boolean> commaAfter = read.commaAfter();
        boolean commaSeparated = commaAfter.contains(true);
        Set<String> seen = new LinkedHashSet<>();
        List<Tag> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String code = items.get(i);
            if (code.equals("OVIP") && i + 1 < items.size() && !items.get(i + 1).contains("(")) {
                // WikiLeaks links split "OVIP (CLINTON, HILLARY)" into OVIP CLINTON HILLARY
                List<String> names = new ArrayList<>();
                int j = i + 1;
                while (j < items.size() && names.size() < 3 && isNameWord(items.get(j))) {
                    names.add(nameChars(items.get(j)));
                    j++;
                }
                if (!names.isEmpty()) {
                    code = "OVIP (" + String.join(", ", names) + ")";
                    i = j - 1;
                }
            } else if (commaSeparated && i + 1 < items.size() && commaAfter.get(i)
                    && isPersonWord(code) && isPersonWord(items.get(i + 1))) {
                // "OBAMA, BARACK": two name words that are no known code
                code = code + ", " + nameChars(items.get(i + 1));
                i++;
            }
            List<String> parts = splitGlued(code);
            for (String p : parts) {
                if (seen.add(p)) {
                    out.add(new Tag(p, kindOf(p)));
                }
            }
        }
        return out;
    }

    // compiled once: these run on every tag, reference and Classified By line
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

    private static boolean isPersonWord(String s) {
        return s.length() >= 4 && Words.allUpperLetters(s) && !isKnownCode(s);
    }

    /** A word of a person's name in a tag: a capital, then capitals, apostrophes, dashes and periods. */
    private static boolean isNameWord(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ',')) {
            end--;
        }
        String w = s.substring(0, end);
        if (w.length() < 2 || w.length() == 2 || w.charAt(0) < 'A' || w.charAt(0) > 'Z' || isKnownCode(w)) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == '\'' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** The letters, periods, apostrophes and dashes of a name word. */
    private static String nameChars(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c == '.' || c == '\'' || c == '-') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isKnownCode(String w) {
        return Vocabulary.SUBJECT_TAGS.contains(w) || Vocabulary.ORGANIZATION_TAGS.contains(w)
                || w.length() == 2 || (w.length() == 4 && w.charAt(0) == 'K');
    }

    /** Splits tags glued by lost blanks (ECONEFIN, VTPREL) when every piece is a known code. */
    static List<String> splitGlued(String code) {
        if (code.length() < 6 || !Words.allUpperLetters(code) || isKnownCode(code)) {
            return List.of(code);
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        if (code.length() % 4 == 2) {
            out.add(code.substring(0, 2));
            i = 2;
        }
        if ((code.length() - i) % 4 != 0) {
            return List.of(code);
        }
        for (; i < code.length(); i += 4) {
            String p = code.substring(i, i + 4);
            if (!(Vocabulary.SUBJECT_TAGS.contains(p) || p.charAt(0) == 'K' || Vocabulary.ORGANIZATION_TAGS.contains(p))) {
                return List.of(code);
            }
            out.add(p);
        }
        return out;
    }

    static TagKind kindOf(String code) {
        if (code.contains("(") || code.contains(",")) {
            return TagKind.PERSON;
        }
        if (code.length() == 4 && code.charAt(0) == 'K' && Words.allUpperLetters(code)) {
            return TagKind.PROGRAM;
        }
        if (Vocabulary.SUBJECT_TAGS.contains(code)) {
            return TagKind.SUBJECT;
        }
        if (Vocabulary.ORGANIZATION_TAGS.contains(code)) {
            return TagKind.ORGANIZATION;
        }
        if (code.length() == 2 && Words.allUpperLetters(code)) {
            return TagKind.COUNTRY;
        }
        if (code.length() == 4 && Words.allUpperLetters(code) && "ABCELMOPST".indexOf(code.charAt(0)) >= 0) {
            return TagKind.SUBJECT;
        }
        return TagKind.UNKNOWN;
    }

    // ------------------------------------------------------------------------------- SUBJECT

    /** The SUBJECT read; {@code wellFormed} is false when only the catch-all alternative fits. */
    record SubjectRead(Subject subject, boolean wellFormed) {
    }

    /**
     * Reads a SUBJECT line and its continuation lines (rule {@code standaloneSubject}, lexer mode
     * SUBJECT): the lines are read as one block, blank lines left out.
     */
    static SubjectRead subject(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String l = Words.clean(line);
            if (l.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(l);
        }
        String t = sb.toString();
        FieldParser.StandaloneSubjectContext tree = FieldEngine.parse(t, FieldLexer.SUBJECT,
                FieldParser::standaloneSubject);
        return (SubjectRead) new HeaderFieldVisitor(t).visit(tree.subjectLine());
    }

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

    // ------------------------------------------------------------------------- CLASSIFIED BY

    /** The Classified By line read; {@code wellFormed} is false when only the catch-all alternative fits. */
    record ClassifiedByRead(ClassifiedBy classifiedBy, boolean wellFormed) {
    }

    /**
     * Reads a Classified By line with its wrapped lines, joined by blanks (rule
     * {@code standaloneClassifiedBy}, lexer mode CLASSIFIED_BY).
     */
    static ClassifiedByRead classifiedByRead(String joined) {
        String t = Words.collapse(joined);
        FieldParser.StandaloneClassifiedByContext tree = FieldEngine.parse(t, FieldLexer.CLASSIFIED_BY,
                FieldParser::standaloneClassifiedBy);
        return (ClassifiedByRead) new HeaderFieldVisitor(t).visit(tree.classifiedByLine());
    }

    static ClassifiedBy classifiedBy(String joined) {
        return classifiedByRead(joined).classifiedBy();
    }

    /** Splits "Acting Deputy Chief of Mission Marc Wall" into name and title. */
    static String[] nameAndTitle(String who) {
        if (who.isBlank()) {
            return new String[] {null, null};
        }
        int comma = who.indexOf(',');
        if (comma > 0) {
            String a = who.substring(0, comma).strip();
            String b = who.substring(comma + 1).strip();
            boolean aTitle = titleWords(a) == Words.split(a).size();
            if (titleWords(a) == 0 && looksLikeName(a) && titleWords(b) > 0) {
                return new String[] {a, b};
            }
            int comma2 = b.indexOf(',');
            String b1 = comma2 > 0 ? b.substring(0, comma2).strip() : b;
            if (aTitle && !b1.isEmpty() && titleWords(b1) == 0 && looksLikeName(b1)) {
                String title = comma2 > 0 ? a + ", " + b.substring(comma2 + 1).strip() : a;
                return new String[] {b1, title};
            }
        }
        List<String> w = Words.split(who.replace(",", " , "));
        int i = w.size();
        while (i > 0 && !isTitleWord(w.get(i - 1)) && !w.get(i - 1).equals(",")) {
            i--;
        }
        List<String> nameWords = w.subList(i, w.size());
        List<String> titleW = new ArrayList<>(w.subList(0, i));
        while (!titleW.isEmpty() && titleW.get(titleW.size() - 1).equals(",")) {
            titleW.remove(titleW.size() - 1);
        }
        String name = nameWords.isEmpty() ? null : String.join(" ", nameWords);
        String title = titleW.isEmpty() ? null : String.join(" ", titleW).replace(" ,", ",");
        return new String[] {name, title};
    }

    /** Two to five capitalised words or initials: "Gene A. Cretz", "EARL IRVING", "Robert van Voorst". */
    static boolean looksLikeName(String s) {
        List<String> w = Words.split(s);
        if (w.size() < 2 || w.size() > 5) {
            return false;
        }
        for (String x : w) {
            if (!isNamePart(x)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> NAME_PARTICLES = Set.of("van", "de", "von", "da", "del", "di", "la", "le", "al",
            "bin", "el");

    /** A capitalised word of letters, apostrophes and dashes, maybe abbreviated, or a particle (van, de, bin). */
    private static boolean isNamePart(String x) {
        if (NAME_PARTICLES.contains(x)) {
            return true;
        }
        if (x.isEmpty() || x.charAt(0) < 'A' || x.charAt(0) > 'Z') {
            return false;
        }
        int end = x.endsWith(".") ? x.length() - 1 : x.length();
        for (int i = 1; i < end; i++) {
            char c = x.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '\'' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static int titleWords(String s) {
        int n = 0;
        for (String w : Words.split(s)) {
            if (isTitleWord(w)) {
                n++;
            }
        }
        return n;
    }

    static boolean isTitleWord(String w) {
        String k = w.toLowerCase(Locale.ROOT);
        int end = k.length();
        while (end > 0 && ",;:".indexOf(k.charAt(end - 1)) >= 0) {
            end--;
        }
        k = k.substring(0, end);
        if (Vocabulary.TITLE_WORDS.contains(k)) {
            return true;
        }
        String noDot = k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
        return !noDot.equals(k) && noDot.length() > 1 && Vocabulary.TITLE_WORDS.contains(noDot);
    }
}

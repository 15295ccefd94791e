package org.cablegram.internal.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cablegram.model.ClassificationLevel;
import org.cablegram.model.SectionCount;

/** Reads classification lines, banners and caption lines. */
final class ClassificationFields {

    private ClassificationFields() {
    }

    // One blank allowed between letters (letter-spaced words), first letter doubled or dropped
    // as in the damaged forms of the corpus; the same shapes as the lexer's class words.
    private static final Pattern LEVEL = Pattern.compile(
            "^\\s*(?:"
            + "(?<ts>T ?O ?P\\s+(?:S ?)?(?:S ?)?E ?C ?R ?E ?T)"
            + "|(?<lou>LIMITED\\s+OFFICIAL\\s+USE)"
            + "|(?<u>(?:U ?)?U ?N ?C ?L ?A ?S(?: ?S ?I ?F ?I ?E ?D)?)(?<efto>\\s+E ?F ?T ?O)?"
            + "|(?<c>(?:C ?)?(?:C ?)?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L)"
            + "|(?<s>(?:S ?)?(?:S ?)?E ?C ?R ?E ?T)"
            + ")(?=$|[\\s/\\\\,\\-])", Pattern.CASE_INSENSITIVE);

    private static final Pattern SECTION = Pattern.compile(
            "(?i)\\b(?:S?E?C?TION)\\s*(\\d{1,3})\\s+(?:OF|GF)\\s+(\\d{1,3})\\b");
    private static final Pattern CAVEAT_PHRASE = Pattern.compile(
            "^(?i)(?:FOR\\s+OFFICIAL\\s+USE\\s+ONLY|REL\\s+TO(?:\\s+[A-Z]{2,5}(?:\\s*,)?)+|SENSITIVE\\s+BUT\\s+UNCLASSIFIED)");
    private static final Pattern GLUED_SERIAL = Pattern.compile(
            "(?:^|\\s)([A-Z][A-Z.'\\-]*(?:\\s+[A-Z][A-Z.'\\-]*){0,3})\\s+(\\d{6})(?=[A-Z])");
    private static final Pattern EFTO_WORD = Pattern.compile("^(?i)E ?F ?T ?O(?=\\s|$)");
    private static final Pattern FINAL_SECTION = Pattern.compile("(?i)\\bFINAL\\s+SECTION\\s+OF\\s+(\\d{1,3})\\b");
    private static final Pattern ORIGIN_SERIAL = Pattern.compile(
            "(?i)(?:^|\\s)([A-Z][A-Z.'\\-]*(?:\\s+[A-Z][A-Z.'\\-]*){0,3})\\s+(\\d{3,8})\\s*$");

    /** A classification line read into its parts. */
    record ClassLine(ClassificationLevel level, boolean efto, List<String> caveats, Optional<SectionCount> section,
            Optional<String> origin, Optional<String> serial) {
    }

    /** @return whether the line is a level word followed only by //caveats (SECRET//FGI//NOFORN) */
    static boolean isLevelWithCaveats(String line) {
        String t = Words.clean(line);
        Matcher m = LEVEL.matcher(t);
        if (!m.lookingAt()) {
            return false;
        }
        String rest = t.substring(m.end()).strip();
        return rest.isEmpty() || SLASHED_CAVEATS.matcher(rest).matches();
    }

    // compiled once: they run on every classification and caption line
    private static final Pattern SLASHED_CAVEATS = Pattern.compile("(?://?[A-Z][A-Z0-9 ]*)+");
    private static final Pattern CABLE_DATED = Pattern.compile("^(?i)Cable dated:\\s*[0-9T:\\-]+");
    private static final Pattern CSV_QUOTES = Pattern.compile("^\"(?:,\")?");
    private static final Pattern LEADING_SLASHES = Pattern.compile("^/+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.:;,]+$");
    private static final Pattern CAPTION_SEPARATORS = Pattern.compile("[,;/.:\\\\]+");
    private static final Pattern DASH_BETWEEN_BLANKS = Pattern.compile("\\s-+\\s");

    /** @return the level word at the start of the text, with where it ends */
    static Optional<ClassLine> read(String line) {
        String t = Words.clean(line);
        if (t.regionMatches(true, 0, "Cable dated:", 0, 12)) {
            t = CABLE_DATED.matcher(t).replaceFirst("");
        }
        if (t.startsWith("\"")) {
            t = CSV_QUOTES.matcher(t).replaceFirst("");
        }
        Matcher m = LEVEL.matcher(t);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        ClassificationLevel level;
        if (m.group("ts") != null) {
            level = ClassificationLevel.TOP_SECRET;
        } else if (m.group("lou") != null) {
            level = ClassificationLevel.LIMITED_OFFICIAL_USE;
        } else if (m.group("u") != null) {
            level = ClassificationLevel.UNCLASSIFIED;
        } else if (m.group("c") != null) {
            level = ClassificationLevel.CONFIDENTIAL;
        } else {
            level = ClassificationLevel.SECRET;
        }
        boolean efto = m.group("efto") != null;
        String rest = t.substring(m.end()).strip();
        List<String> caveats = new ArrayList<>();
        while (rest.startsWith("/")) {
            // a caveat runs to the next slash or blank; FOR OFFICIAL USE ONLY and REL TO ... are phrases
            String r = LEADING_SLASHES.matcher(rest).replaceFirst("");
            Matcher phrase = CAVEAT_PHRASE.matcher(r);
            int stop;
            if (phrase.lookingAt()) {
                stop = phrase.end();
            } else {
                stop = 0;
                while (stop < r.length() && r.charAt(stop) != '/' && !Character.isWhitespace(r.charAt(stop))) {
                    stop++;
                }
            }
            String cav = r.substring(0, stop).strip();
            if (!cav.isEmpty()) {
                caveats.add(Words.collapse(cav).toUpperCase(Locale.ROOT));
            }
            rest = r.substring(stop).strip();
        }
        if (!efto) {
            Matcher em = EFTO_WORD.matcher(rest);
            if (em.lookingAt()) {
                efto = true;
                rest = rest.substring(em.end()).strip();
            }
        }
        Optional<SectionCount> section = Optional.empty();
        Matcher sm = SECTION.matcher(rest);
        if (sm.find()) {
            section = Optional.of(new SectionCount(Integer.parseInt(sm.group(1)), Integer.parseInt(sm.group(2))));
            rest = rest.substring(sm.end()).strip();
        } else {
            Matcher fm = FINAL_SECTION.matcher(rest);
            if (fm.find()) {
                int total = Integer.parseInt(fm.group(1));
                section = Optional.of(new SectionCount(total, total));
                rest = rest.substring(fm.end()).strip();
            }
        }
        Optional<String> origin = Optional.empty();
        Optional<String> serial = Optional.empty();
        Matcher om = ORIGIN_SERIAL.matcher(rest);
        if (om.find()) {
            origin = Optional.of(Words.collapse(om.group(1)).toUpperCase(Locale.ROOT));
            serial = Optional.of(om.group(2));
        } else {
            // a six-digit serial glued to the next element ("ANKARA 008305S/CT FOR ...")
            Matcher gm = GLUED_SERIAL.matcher(rest);
            if (gm.find()) {
                origin = Optional.of(Words.collapse(gm.group(1)).toUpperCase(Locale.ROOT));
                serial = Optional.of(gm.group(2));
            }
        }
        return Optional.of(new ClassLine(level, efto, caveats, section, origin, serial));
    }

    /** The caption words and phrases of the lexer's caption line. */
    private static final String CAPTION_WORD = "SIPDIS|NOFORN/REL|NOFORN|SENSITIVE|EXDIS|NODIS|LIMDIS|STADIS|FGI"
            + "|ROGER CHANNEL|DISSENT CHANNEL|OFFICIAL INFORMAL|SPECAT|EXCLUSIVE|CHEROKEE|COUNTRY TEAM MESSAGE|NOTAL"
            + "|REL TO(?:\\s+[A-Z]+)+";
    private static final Pattern CAPTION_LINE = Pattern.compile(
            "(?i)^\\s*(?:SENSITIVE\\s+BUT\\s+UNCLASSIFIED.*|(?:" + CAPTION_WORD + ")(?:[\\s,/;\\-]+(?:"
            + CAPTION_WORD + "))*[\\s.,;:\\\\]*)$");

    private static final Pattern CAPTION_PREFIX = Pattern.compile(
            "(?i)^\\s*(?:" + CAPTION_WORD + ")(?:[\\s,/;\\-]+(?:" + CAPTION_WORD + "))*[.,;:]*(?=\\s|$)");
    private static final Pattern CORRECTED = Pattern.compile("(?i)^\\s*(?:C O R R E C T E D|CORRECTED COPY|CORRECTED CAPTION)");
    private static final Pattern SERIAL_THEN_TEXT = Pattern.compile(
            "(?:^|\\s)[A-Z][A-Z.'\\-]*(?:\\s+[A-Z][A-Z.'\\-]*){0,3}\\s+\\d{6}(?=\\s+[^\\s\\\\])");

    /** @return whether the text is a caption line (caption words and phrases only), as the lexer reads one */
    static boolean isCaptionLine(String text) {
        return CAPTION_LINE.matcher(Words.clean(text)).matches() || CORRECTED.matcher(text).lookingAt();
    }

    /**
     * Where the caption words at the start of a text end ("SIPDIS SENSITIVE STATE FOR EUR/RUS"
     * gives the end of SENSITIVE); 0 when it does not start with one.
     */
    static int captionPrefixEnd(String text) {
        if (CORRECTED.matcher(text).lookingAt()) {
            return text.length();
        }
        Matcher m = CAPTION_PREFIX.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    /**
     * Where a classification line ends when other header text was run into it after the origin
     * and six-digit serial ("C O N F I D E N T I A L NASSAU 000273 SIPDIS"); -1 when nothing follows.
     */
    static int endBeforeRunInText(String line) {
        Matcher l = LEVEL.matcher(line);
        if (!l.lookingAt()) {
            return -1;
        }
        Matcher m = SERIAL_THEN_TEXT.matcher(line);
        return m.find(l.end()) ? m.end() : -1;
    }

    private static final String[] PHRASES = {
        "SENSITIVE BUT UNCLASSIFIED", "ROGER CHANNEL", "DISSENT CHANNEL", "OFFICIAL INFORMAL",
        "COUNTRY TEAM MESSAGE", "SPECAT EXCLUSIVE", "CORRECTED COPY", "CORRECTED CAPTION",
    };

    /** Splits a caption line into caption words and phrases. */
    static List<String> captions(String line) {
        String t = Words.clean(line).toUpperCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        if (t.startsWith("SENSITIVE BUT UNCLASSIFIED") || t.startsWith("C O R R E C T E D")
                || t.startsWith("CORRECTED")) {
            String c = TRAILING_PUNCTUATION.matcher(t).replaceAll("");
            if (c.startsWith("C O R R E C T E D")) {
                c = "CORRECTED COPY" + c.substring(c.indexOf("C O P Y") >= 0 ? c.indexOf("C O P Y") + 7 : 17);
            }
            out.add(Words.collapse(c));
            return List.copyOf(out);
        }
        List<String> w = Words.split(DASH_BETWEEN_BLANKS.matcher(CAPTION_SEPARATORS.matcher(t).replaceAll(" ")).replaceAll(" "));
        for (int i = 0; i < w.size(); i++) {
            boolean matched = false;
            for (String p : PHRASES) {
                String[] pw = p.split(" ");
                if (i + pw.length <= w.size() && String.join(" ", w.subList(i, i + pw.length)).equals(p)) {
                    out.add(p);
                    i += pw.length - 1;
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                if (w.get(i).equals("REL") && i + 1 < w.size() && w.get(i + 1).equals("TO")) {
                    out.add(String.join(" ", w.subList(i, w.size())));
                    break;
                }
                out.add(w.get(i));
            }
        }
        return List.copyOf(out);
    }
}

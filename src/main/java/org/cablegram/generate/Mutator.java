package org.cablegram.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Applies the {@link Mutation}s. */
final class Mutator {

    private static final Pattern PARAGRAPH = Pattern.compile("^(\\s*)\u00B6?(\\d{1,3})\\.(\\s.*|$)");
    private static final Pattern REF_LETTER = Pattern.compile("^(\\s+)([A-Z][.)]\\s.*)$");
    private static final Pattern TAGS = Pattern.compile("^(\\s*)(?i:TAGS)\\s*:?\\s*(.*)$");
    private static final Pattern SPACED_CLASS = Pattern.compile("^(\\s*)([A-Z](?: [A-Z]){2,})(?=[\\s/]|$)");
    private static final Pattern PLAIN_CLASS = Pattern.compile(
            "^(\\s*)(TOP SECRET|UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET)(?=[\\s/\\\\]|$)");
    private static final String[] ODD = {"\u0000", "\u0007", "\u001B", "\t", "\r", "\n", "\u00E9", "\u00FC",
        "\u201C", "\u201D", "\u2019", "\u00B6", "\uFFFD", "\u00A0", "\u2028", "\uD83D\uDE00", "\u00C2", "\u0416",
        "\\", "#", "[", "](#)", "(", ")"};

    private Mutator() {
    }

    static String apply(String text, Mutation m, RandomGenerator r) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        switch (m) {
            case DELETE_LINE:
                if (text.isEmpty()) {
                    return text;
                }
                lines.remove(r.nextInt(lines.size()));
                return join(lines);
            case DUPLICATE_LINE: {
                int i = r.nextInt(lines.size());
                lines.add(i, lines.get(i));
                return join(lines);
            }
            case SWAP_LINES: {
                if (lines.size() < 2) {
                    return text;
                }
                int i = r.nextInt(lines.size() - 1);
                String t = lines.get(i);
                lines.set(i, lines.get(i + 1));
                lines.set(i + 1, t);
                return join(lines);
            }
            case TRUNCATE_LINE: {
                int i = nonEmptyLine(lines, r);
                if (i < 0) {
                    return text;
                }
                lines.set(i, lines.get(i).substring(0, r.nextInt(lines.get(i).length())));
                return join(lines);
            }
            case TRUNCATE_TEXT:
                return text.isEmpty() ? text : text.substring(0, r.nextInt(text.length()));
            case RANDOM_CHARACTERS: {
                StringBuilder sb = new StringBuilder(text);
                int k = r.nextInt(1, 9);
                for (int j = 0; j < k; j++) {
                    sb.insert(r.nextInt(sb.length() + 1), randomChars(r));
                }
                return sb.toString();
            }
            case REPLACE_CHARACTERS: {
                if (text.isEmpty()) {
                    return text;
                }
                StringBuilder sb = new StringBuilder(text);
                int k = r.nextInt(1, 9);
                for (int j = 0; j < k && sb.length() > 0; j++) {
                    int at = r.nextInt(sb.length());
                    sb.replace(at, at + 1, randomChars(r));
                }
                return sb.toString();
            }
            case WRONG_CASE: {
                int i = nonEmptyLine(lines, r);
                if (i < 0) {
                    return text;
                }
                String l = lines.get(i);
                int how = r.nextInt(3);
                lines.set(i, how == 0 ? l.toLowerCase(Locale.ROOT) : how == 1 ? l.toUpperCase(Locale.ROOT) : swapCase(l));
                return join(lines);
            }
            case EXTRA_WHITESPACE: {
                String[] lead = {" ", "  ", "\t", " \t", "    "};
                String[] trail = {" ", "  ", "\t", " \t "};
                int k = r.nextInt(1, 4);
                for (int j = 0; j < k; j++) {
                    int i = nonEmptyLine(lines, r);
                    if (i < 0) {
                        return text;
                    }
                    String l = lines.get(i);
                    if (r.nextBoolean()) {
                        l = lead[r.nextInt(lead.length)] + l;
                    }
                    lines.set(i, l + trail[r.nextInt(trail.length)]);
                }
                return join(lines);
            }
            case DOUBLED_SPACES: {
                List<Integer> with = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).strip().contains(" ")) {
                        with.add(i);
                    }
                }
                if (with.isEmpty()) {
                    return text;
                }
                int i = with.get(r.nextInt(with.size()));
                lines.set(i, lines.get(i).replace(" ", "  "));
                return join(lines);
            }
            case DOUBLED_BLANK_LINES: {
                List<Integer> blanks = new ArrayList<>();
                for (int i = 0; i < lines.size() - 1; i++) {
                    if (lines.get(i).isBlank()) {
                        blanks.add(i);
                    }
                }
                if (blanks.isEmpty()) {
                    return text;
                }
                if (r.nextBoolean()) {
                    for (int j = blanks.size() - 1; j >= 0; j--) {
                        lines.add(blanks.get(j), "");
                    }
                } else {
                    lines.add(blanks.get(r.nextInt(blanks.size())), "");
                }
                return join(lines);
            }
            case INSERTED_BLANK_LINES: {
                int at = r.nextInt(lines.size() + 1);
                int k = r.nextInt(1, 4);
                for (int j = 0; j < k; j++) {
                    lines.add(at, "");
                }
                return join(lines);
            }
            case GLUED_LINES: {
                if (lines.size() < 2) {
                    return text;
                }
                int i = r.nextInt(lines.size() - 1);
                String[] sep = {"", " ", "\t\t"};
                lines.set(i, lines.get(i) + sep[r.nextInt(sep.length)] + lines.remove(i + 1));
                return join(lines);
            }
            case COLLAPSED_LINES: {
                if (lines.size() < 2) {
                    return text;
                }
                int a = 0;
                int b = lines.size();
                if (r.nextDouble() >= 0.3) {
                    a = r.nextInt(lines.size() - 1);
                    b = r.nextInt(a + 2, lines.size() + 1);
                }
                String joined = String.join(r.nextBoolean() ? " " : "  ", lines.subList(a, b));
                List<String> out = new ArrayList<>(lines.subList(0, a));
                out.add(joined);
                out.addAll(lines.subList(b, lines.size()));
                return join(out);
            }
            case SPACED_CLASSIFICATION: {
                List<Integer> cls = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (SPACED_CLASS.matcher(lines.get(i)).find() || PLAIN_CLASS.matcher(lines.get(i)).find()) {
                        cls.add(i);
                    }
                }
                if (cls.isEmpty()) {
                    return text;
                }
                int i = cls.get(r.nextInt(cls.size()));
                lines.set(i, toggleSpacing(lines.get(i)));
                return join(lines);
            }
            case MARKDOWN_TAGS:
                for (int i = 0; i < lines.size(); i++) {
                    Matcher t = TAGS.matcher(lines.get(i));
                    if (t.find()) {
                        List<String> links = new ArrayList<>();
                        for (String w : t.group(2).split("[\\s,()]+")) {
                            if (!w.isEmpty()) {
                                links.add("[" + w + "](#)");
                            }
                        }
                        lines.set(i, t.group(1) + "TAGS: " + String.join(" ", links));
                        return join(lines);
                    }
                }
                return text;
            case PILCROWS: {
                boolean any = false;
                for (int i = 0; i < lines.size(); i++) {
                    Matcher p = PARAGRAPH.matcher(lines.get(i));
                    if (p.find() && !lines.get(i).contains("\u00B6")) {
                        lines.set(i, p.group(1) + "\u00B6" + p.group(2) + "." + p.group(3));
                        any = true;
                    } else {
                        Matcher q = REF_LETTER.matcher(lines.get(i));
                        if (q.find() && i > 0 && isRefBlock(lines, i)) {
                            lines.set(i, q.group(1) + "\u00B6" + q.group(2));
                            any = true;
                        }
                    }
                }
                return any ? join(lines) : text;
            }
            case PILCROW_MANGLING: {
                List<Integer> paras = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    Matcher p = PARAGRAPH.matcher(lines.get(i));
                    if (p.find() && p.group(2).length() < 3) {
                        paras.add(i);
                    }
                }
                if (paras.isEmpty()) {
                    return text;
                }
                int from = r.nextInt(paras.size());
                for (int j = from; j < paras.size(); j++) {
                    int i = paras.get(j);
                    Matcher p = PARAGRAPH.matcher(lines.get(i));
                    if (p.find()) {
                        lines.set(i, p.group(1) + "1" + p.group(2) + "." + p.group(3));
                    }
                }
                return join(lines);
            }
            case TRAILING_BACKSLASH: {
                int k = r.nextInt(1, 4);
                for (int j = 0; j < k; j++) {
                    int i = nonEmptyLine(lines, r);
                    if (i < 0) {
                        return text;
                    }
                    lines.set(i, lines.get(i) + (r.nextBoolean() ? " \\" : "\\"));
                }
                return join(lines);
            }
            case LINE_ENDINGS: {
                String[] ends = {"\r\n", "\r", "\u2028"};
                int how = r.nextInt(ends.length + 1);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < lines.size(); i++) {
                    if (i > 0) {
                        sb.append(how < ends.length ? ends[how] : ends[r.nextInt(ends.length)]);
                    }
                    sb.append(lines.get(i));
                }
                return sb.toString();
            }
            default:
                throw new IllegalArgumentException("unknown mutation " + m);
        }
    }

    private static boolean isRefBlock(List<String> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String l = lines.get(j).strip();
            if (l.toUpperCase(Locale.ROOT).startsWith("REF")) {
                return true;
            }
            if (!REF_LETTER.matcher(lines.get(j)).find()) {
                return false;
            }
        }
        return false;
    }

    static String toggleSpacing(String line) {
        Matcher s = SPACED_CLASS.matcher(line);
        if (s.find()) {
            String word = s.group(2).replace(" ", "");
            if (word.equals("TOPSECRET")) {
                word = "TOP SECRET";
            }
            return s.group(1) + word + line.substring(s.end());
        }
        Matcher p = PLAIN_CLASS.matcher(line);
        if (p.find()) {
            String word = p.group(2).replace(" ", "");
            return p.group(1) + String.join(" ", word.split("")) + line.substring(p.end());
        }
        return line;
    }

    private static String swapCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return sb.toString();
    }

    private static int nonEmptyLine(List<String> lines, RandomGenerator r) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                idx.add(i);
            }
        }
        return idx.isEmpty() ? -1 : idx.get(r.nextInt(idx.size()));
    }

    private static String randomChars(RandomGenerator r) {
        if (r.nextDouble() < 0.5) {
            return String.valueOf((char) r.nextInt(32, 127));
        }
        return ODD[r.nextInt(ODD.length)];
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines);
    }
}

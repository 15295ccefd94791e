package org.cablegram.internal.assemble;

import org.cablegram.internal.fields.Fields;
import org.cablegram.internal.fields.Words;

import org.cablegram.internal.engine.Item;
import org.cablegram.internal.engine.ItemKind;
import org.cablegram.internal.engine.SourceLine;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a subject written in capitals ends when text in small letters follows it on its own line
 * or on the same line (TELEGRAM-FORMAT.md 6.5): {@code SUBJECT: TALKS ON FOO} and a next line
 * {@code This is an action request; see paragraph 4.}, or {@code ... MORE FANFARE THAN Derived
 * from: DSCG 05-1}, {@code ... HIGHLIGHTS 06/26/09 Index:}. A change from capitals to ordinary
 * writing is where a lost newline or the next element was; in a subject written in small letters
 * nothing can be told that way and the block is left as it is.
 */
final class SubjectEnd {

    private SubjectEnd() {
    }

    /**
     * The header items with each SUBJECT block cut where its text in capitals ends, and a subject
     * in capitals that a blank line interrupts joined again: a single line in capitals after the
     * blank that the next element (REF, Classified By, a section line) follows is still the
     * subject's ({@code SUBJECT: INSOR REPORT ... ON POLITICAL} / blank / {@code REFORM} / blank /
     * {@code REF: MOSCOW 199}), and so is the line after a keyword left without its text.
     */
    static List<Item> apart(List<Item> all) {
        List<Item> items = joined(all);
        List<Item> out = null;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            List<Item> cut = it.kind() == ItemKind.SUBJECT ? cut(it) : null;
            if (cut != null && out == null) {
                out = new ArrayList<>(items.subList(0, i));
            }
            if (out != null) {
                if (cut != null) {
                    out.addAll(cut);
                } else {
                    out.add(it);
                }
            }
        }
        return out == null ? items : out;
    }

    private static List<Item> joined(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind() != ItemKind.SUBJECT || !capitalsOnly(items.get(i))) {
                continue;
            }
            int j = i + 1;
            while (j < items.size() && items.get(j).kind() == ItemKind.BLANK) {
                j++;
            }
            int k = j + 1;
            while (k < items.size() && items.get(k).kind() == ItemKind.BLANK) {
                k++;
            }
            if (j == i + 1 || k >= items.size() || items.get(j).kind() != ItemKind.HEADER_TEXT
                    || items.get(j).lines().size() != 1 || !continuation(items.get(j).first().text())
                    || items.get(i).first().text().contains(items.get(j).first().text().strip())) {
                continue;
            }
            ItemKind next = items.get(k).kind();
            if (next == ItemKind.REF || next == ItemKind.CLASSIFIED_BY || next == ItemKind.SECTION_MARK) {
                List<SourceLine> lines = new ArrayList<>();
                for (Item it : items.subList(i, j + 1)) {
                    lines.addAll(it.lines());
                }
                List<Item> out = new ArrayList<>(items.subList(0, i));
                out.add(new Item(ItemKind.SUBJECT, lines));
                out.addAll(items.subList(j + 1, items.size()));
                return out;
            }
        }
        return items;
    }

    /** Whether a subject block is in capitals, or empty after its keyword, and not closed by a period. */
    private static boolean capitalsOnly(Item subject) {
        int from = afterKeyword(subject.first().text());
        if (from < 0 || subject.last().text().strip().endsWith(".")) {
            return false;
        }
        for (SourceLine l : subject.lines()) {
            String t = l.text();
            for (int c = l == subject.first() ? from : 0; c < t.length(); c++) {
                if (Character.isLowerCase(t.charAt(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A line that may go on with a subject in capitals: letters, none of them small, no paragraph start. */
    private static boolean continuation(String line) {
        return inCapitals(line, 0, 1) && !CollapsedLines.startsParagraph(line) && !Fields.isCaptionLine(line)
                && !passing(Words.clean(line).strip()) && !Words.hasEightDigits(line);
    }

    /** A passing line's opening word (DEPT FOR WHA/CEN ..., STATE FOR ..., PASS TO ...). */
    private static boolean passing(String line) {
        for (String w : new String[] {"DEPT ", "DEPT. ", "STATE ", "FOR ", "PASS ", "PLEASE PASS "}) {
            if (line.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** The subject item and the text after its end, or null when it ends where the block does. */
    private static List<Item> cut(Item it) {
        List<SourceLine> lines = it.lines();
        String first = lines.get(0).text();
        int from = afterKeyword(first);
        if (from < 0) {
            return null;
        }
        int firstTail = tailStart(first, from);
        if (!inCapitals(first.substring(0, firstTail < 0 ? first.length() : firstTail), from, firstTail < 0 ? 1 : 4)) {
            return null;
        }
        for (int j = 0; j < lines.size(); j++) {
            SourceLine l = lines.get(j);
            int at = j == 0 ? firstTail : tailStart(l.text(), 0);
            if (at < 0) {
                continue;
            }
            List<SourceLine> subject = new ArrayList<>(lines.subList(0, j));
            List<SourceLine> rest = new ArrayList<>();
            String before = l.text().substring(0, at).stripTrailing();
            if (before.isBlank()) {
                rest.add(l);
            } else {
                subject.add(new SourceLine(l.number(), before, ""));
                rest.add(new SourceLine(l.number(), l.text().substring(at), l.terminator()));
            }
            rest.addAll(lines.subList(j + 1, lines.size()));
            if (subject.isEmpty()) {
                return null;
            }
            List<Item> out = new ArrayList<>();
            out.add(new Item(ItemKind.SUBJECT, subject));
            // one item a line, as the grammar gives text lines
            for (SourceLine r : rest) {
                out.add(new Item(ItemKind.HEADER_TEXT, List.of(r)));
            }
            return out;
        }
        return null;
    }

    /** Where the text after the keyword and its colon starts, or -1 when the line has no colon. */
    private static int afterKeyword(String line) {
        int colon = line.indexOf(':');
        return colon < 0 ? -1 : colon + 1;
    }

    /**
     * Whether a text from {@code from} on has no small letters and more letters than digits, with
     * at least {@code words} words of letters: a subject prefix in capitals (NSDD 38:, CODEL,
     * MEXICO:) before a title in ordinary writing is too short to tell a lost newline by.
     */
    private static boolean inCapitals(String line, int from, int words) {
        int letters = 0;
        int digits = 0;
        int counted = 0;
        boolean inWord = false;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
                counted += inWord ? 0 : 1;
                inWord = true;
            } else {
                digits += Character.isDigit(c) ? 1 : 0;
                inWord = inWord && c != ' ';
            }
        }
        return letters >= 3 && letters > digits && counted >= words;
    }

    /**
     * Where ordinary writing starts at or after {@code from}: a capitalised word (a capital, then
     * two or more small letters) at a word's start, followed directly by a colon or by a blank and
     * a word in small letters; -1 if there is none.
     */
    static int tailStart(String line, int from) {
        int n = line.length();
        for (int i = from; i < n; i++) {
            if (!Character.isUpperCase(line.charAt(i)) || i > from && !Character.isWhitespace(line.charAt(i - 1))) {
                continue;
            }
            int k = i + 1;
            while (k < n && Character.isLowerCase(line.charAt(k))) {
                k++;
            }
            if (k - i < 3) {
                continue;
            }
            if (k < n && line.charAt(k) == ':') {
                return i;
            }
            int w = k;
            while (w < n && line.charAt(w) == ' ') {
                w++;
            }
            if (w > k && w + 1 < n && Character.isLowerCase(line.charAt(w)) && Character.isLowerCase(line.charAt(w + 1))) {
                return i;
            }
        }
        return -1;
    }
}

package org.cablegram.internal.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.cablegram.model.ReferenceId;
import org.junit.jupiter.api.Test;

/** The hand-written readers agree with their plain definitions (regular expressions, splits). */
class FastPathsTest {

    private static String random(Random random, char[] alphabet, int maxLength) {
        char[] s = new char[random.nextInt(maxLength)];
        for (int i = 0; i < s.length; i++) {
            s[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(s);
    }

    @Test
    void referenceIdPartsAsTheirPatternsSay() {
        Random random = new Random(11);
        char[] alphabet = {'0', '0', '1', '9', 'A', 'b', ' ', '\t'};
        for (int k = 0; k < 20_000; k++) {
            String origin = random(random, alphabet, 8);
            String serial = random(random, alphabet, 8);
            int year = 1960 + random.nextInt(60);
            ReferenceId id = ReferenceId.of(year, origin, serial);
            String o = origin.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            String s = serial.replaceFirst("^0+(?=\\d)", "");
            assertEquals(String.format("%02d%s%s", year % 100, o, s), id.id());
            assertEquals(o, id.origin());
            assertEquals(s, id.serial());
        }
    }

    @Test
    void sectionMarkAsItsPatternSays() {
        Random random = new Random(13);
        String[] parts = {"LONDON", "SAN JOSE", "A", " ", "  ", "00000592", "0000059", "001", "002.2", "OF", "of",
            "003", "x", "\t"};
        for (int k = 0; k < 50_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(9);
            for (int i = 0; i < n; i++) {
                sb.append(parts[random.nextInt(parts.length)]);
                if (random.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String in = sb.toString();
            for (String origin : new String[] {null, "LONDON", "SAN JOSE"}) {
                // without a known origin, the word of capitals before the serial is the origin
                String o = origin == null ? "[A-Z]+" : Pattern.quote(origin);
                boolean expected = Words.hasEightDigits(in)
                        && in.strip().matches(o + "\\s\\d{8}\\s{1,2}\\d{3}(?:\\.\\d+)?\\s(?i:OF)\\s\\d{3}");
                List<RunTogether.Segment> s = RunTogether.sectionSegments(in, origin);
                assertEquals(expected, s.size() == 1 && s.get(0).mark(), "[" + in + "] " + origin);
            }
        }
    }

    @Test
    void bodyTextInOnePass() {
        Random random = new Random(17);
        char[] alphabet = {'a', 'B', '.', ' ', ' ', '\t', '\u00A0', '\f', '\u2003', '\u00B6', '\\'};
        for (int k = 0; k < 50_000; k++) {
            String in = random(random, alphabet, 12);
            String expected = Words.collapse(Words.clean(in).replace("\u00B6", ""));
            assertEquals(expected, Words.bodyText(in), "[" + in + "]");
        }
    }

    @Test
    void eightDigitsAnywhere() {
        Pattern eight = Pattern.compile("\\d{8}");
        Random random = new Random(9);
        char[] alphabet = {'1', '2', '3', '0', '9', ' ', 'A'};
        for (int k = 0; k < 50_000; k++) {
            String in = random(random, alphabet, 40);
            assertEquals(eight.matcher(in).find(), Words.hasEightDigits(in), "[" + in + "]");
        }
    }


    @Test
    void collapseJoinsTheWordsWithOneSpace() {
        assertEquals("a b", Words.collapse("a \u00A0b"));
        assertEquals("a b c", Words.collapse("  a\t\tb  c \u00A0"));
        assertEquals("a. B", Words.collapse("a.  B"));
        Random random = new Random(3);
        char[] alphabet = {'a', 'B', '.', ' ', ' ', '\t', '\u00A0', '\f', '\u2003'};
        for (int k = 0; k < 20_000; k++) {
            char[] s = new char[random.nextInt(12)];
            for (int i = 0; i < s.length; i++) {
                s[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String in = new String(s);
            assertEquals(String.join(" ", Words.split(in.strip())), Words.collapse(in), "[" + in + "]");
        }
    }
}

package org.cablegram.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The text helpers' fast paths agree with their plain definitions. */
class WordsTest {

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

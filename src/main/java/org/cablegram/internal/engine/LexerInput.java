package org.cablegram.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.cablegram.internal.grammar.TelegramLexer;

/**
 * The character stream the lexer reads, made in one pass over the input that also counts lines
 * and finds the first control character.
 *
 * <p>ANTLR's lexer caches its transitions for characters up to U+007F only; every other
 * character (accented letters, curly quotes, dashes) goes through the slow ATN path each time
 * it is seen. But the grammar names very few characters beyond ASCII, so most of them are
 * indistinguishable, for every rule, from some ASCII character: they fall in exactly the same
 * character sets of the lexer's ATN. The stream shows the lexer that ASCII character instead.
 * The equivalence is computed from the generated ATN itself, so it stays right when the
 * grammar changes; characters the grammar does name (pilcrow, no-break space, U+2028...) are
 * passed through unchanged. The stream has one element per UTF-16 char of the input, so token
 * offsets are offsets into the original string, from which the lines' text is taken.
 */
public final class LexerInput {

    /** For each char, the ASCII char the lexer cannot tell it from, or the char itself. */
    private static final char[] FOLD = foldTable(TelegramLexer._ATN);

    /** Largest reusable buffer kept per thread; longer inputs get a buffer of their own. */
    private static final int KEEP = 1 << 20;

    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[8192]);

    /** What the scan found. */
    public record Scan(FoldedStream stream, int end, int binaryLine, int binaryColumn, char binaryChar) {

        /** @return whether the input holds a control character */
        public boolean binary() {
            return binaryLine > 0;
        }
    }

    /** The chars beyond ASCII that the grammar names, which the stream passes through unchanged. */
    static final char[] NAMED = named(FOLD);

    private LexerInput() {
    }

    private static char[] named(char[] fold) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0x80; c < fold.length; c++) {
            if (fold[c] == c) {
                sb.append((char) c);
            }
        }
        return sb.toString().toCharArray();
    }

    /**
     * Scans the input up to its {@code maxLines}-th line terminator.
     *
     * @param text     the input
     * @param maxLines most lines read
     * @return the stream over the first {@code end} chars of the text (the lines kept), and the
     *         position of the first control character in them
     */
    public static Scan scan(String text, int maxLines) {
        int n = text.length();
        char[] chars = CHARS.get();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
            if (chars.length <= KEEP) {
                CHARS.set(chars);
            }
        }
        // one bulk copy, folded in place with plain array reads (no per-char checks of charAt)
        text.getChars(0, n, chars, 0);
        int lines = 0;
        int lineStart = 0;
        int binary = -1;
        int binaryLine = 0;
        int binaryColumn = 0;
        char binaryChar = 0;
        int i = 0;
        for (; i < n; i++) {
            char c = chars[i];
            if (c >= 0x20 && c < 0x7F) {
                // printable ASCII, nearly every character: itself
                continue;
            }
            chars[i] = FOLD[c];
            if (c == '\n' || c == '\r' || c == '\u2028') {
                if (c == '\r' && i + 1 < n && chars[i + 1] == '\n') {
                    i++;
                }
                lineStart = i + 1;
                if (++lines == maxLines) {
                    i++;
                    break;
                }
            } else if (binary < 0 && (c < 0x20 && c != '\t' && c != '\f' || c == 0x7F || c >= '\uFFFE')) {
                binary = i;
                binaryLine = lines + 1;
                binaryColumn = i - lineStart + 1;
                binaryChar = c;
            }
        }
        return new Scan(new FoldedStream(chars, i), i, binaryLine, binaryColumn, binaryChar);
    }

    /**
     * Builds the fold table: two chars are equivalent when every character set on a transition of
     * the lexer's ATN holds both or neither.
     */
    static char[] foldTable(ATN atn) {
        Set<IntervalSet> sets = new LinkedHashSet<>();
        for (ATNState s : atn.states) {
            if (s == null) {
                continue;
            }
            for (int k = 0; k < s.getNumberOfTransitions(); k++) {
                Transition t = s.transition(k);
                IntervalSet label = t.label();
                if (label != null) {
                    sets.add(label);
                }
            }
        }
        List<IntervalSet> list = new ArrayList<>(sets);
        // the signature of a char: which sets hold it; constant between two set boundaries
        TreeSet<Integer> bounds = new TreeSet<>();
        bounds.add(0);
        bounds.add(0x10000);
        for (IntervalSet set : list) {
            for (org.antlr.v4.runtime.misc.Interval iv : set.getIntervals()) {
                if (iv.a <= 0xFFFF) {
                    bounds.add(iv.a);
                }
                if (iv.b + 1 <= 0xFFFF) {
                    bounds.add(iv.b + 1);
                }
            }
        }
        char[] fold = new char[0x10000];
        Map<String, Character> asciiBySignature = new HashMap<>();
        for (int c = 0x7F; c >= 0; c--) {
            // lowest char of a class wins; line terminators and controls are never picked
            asciiBySignature.put(signature(list, c), (char) c);
        }
        for (char c = 0; c < 0x80; c++) {
            fold[c] = c;
        }
        Integer lo = bounds.first();
        for (Integer hi = bounds.higher(lo); hi != null; lo = hi, hi = bounds.higher(hi)) {
            if (hi <= 0x80) {
                continue;
            }
            int from = Math.max(lo, 0x80);
            Character rep = asciiBySignature.get(signature(list, from));
            for (int c = from; c < hi; c++) {
                fold[c] = rep != null ? rep : (char) c;
            }
        }
        return fold;
    }

    private static String signature(List<IntervalSet> sets, int c) {
        char[] sig = new char[sets.size()];
        for (int k = 0; k < sig.length; k++) {
            sig[k] = sets.get(k).contains(c) ? '1' : '0';
        }
        return new String(sig);
    }
}

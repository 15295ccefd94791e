package org.cablegram.corpus;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cablegram.Diagnostic;
import org.cablegram.DiagnosticCode;
import org.cablegram.Severity;
import org.cablegram.SourceSpan;

/**
 * UTF-8 decoding that remembers where bytes were not UTF-8, and the binary-file test.
 *
 * <p>Pages and CSV rows are decoded before their telegram text is cut out of them, so a
 * replaced byte is first written as a noncharacter that no real text holds; once the telegram
 * text is known, {@link #clean} finds it, reports it at its line and column in that text (as
 * the core does for text files) and turns it into U+FFFD.
 */
final class Decoding {

    /** U+FDD0, a Unicode noncharacter: never part of interchanged text. */
    static final char MARK = '\uFDD0';

    /** How much of a file the binary test looks at. */
    private static final int SNIFF = 8192;

    private Decoding() {
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(MARK));
    }

    static String decode(byte[] bytes) {
        try {
            return decoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("REPLACE never reports", e);
        }
    }

    static Reader reader(InputStream in) {
        return new InputStreamReader(in, decoder());
    }

    /**
     * Binary data rather than text: a NUL byte, or more than one control byte in twenty, within
     * the first few kilobytes. Telegram text holds neither (a stray control character is the
     * parser's BINARY_CONTENT diagnostic, not a reason to skip the file).
     */
    static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0b && b != 0x1b) || b == 0x7f) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    /**
     * @param text text that may hold {@link #MARK}
     * @return the text with U+FFFD for each mark, and a MALFORMED_ENCODING error at the first
     */
    static Cleaned clean(String text) {
        int at = text.indexOf(MARK);
        if (at < 0) {
            return new Cleaned(text, List.of());
        }
        int line = 1;
        int col = 1;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u2028' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                col = 1;
            } else if (c != '\r') {
                col++;
            }
        }
        Diagnostic d = new Diagnostic(DiagnosticCode.MALFORMED_ENCODING, Severity.ERROR,
                "bytes that are not UTF-8 were replaced by U+FFFD (is the file in another encoding?)",
                SourceSpan.at(line, col));
        return new Cleaned(text.replace(MARK, '\uFFFD'), List.of(d));
    }

    /**
     * @param text        the text, marks replaced
     * @param diagnostics the encoding error, if there was a mark
     */
    record Cleaned(String text, List<Diagnostic> diagnostics) {
    }
}

package org.cablegram.cli;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.cablegram.Diagnostic;
import org.cablegram.DiagnosticCode;
import org.cablegram.Severity;
import org.cablegram.SourceSpan;

/**
 * UTF-8 decoding for the HTML and CSV readers, which parse the telegram from text rather than
 * from a path. Bytes that are not UTF-8 are first replaced by a noncharacter that no text
 * holds, so that after extraction the tool can report where in the telegram text they were
 * (as the library does for text files) and then turn them into U+FFFD.
 */
final class Decoding {

    /** U+FDD0, a Unicode noncharacter: never part of interchanged text. */
    static final char MARK = '\uFDD0';

    private Decoding() {
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(MARK));
    }

    /**
     * @param bytes UTF-8 bytes
     * @return the text, with {@link #MARK} where bytes were not UTF-8
     */
    static String decode(byte[] bytes) {
        try {
            CharBuffer cb = decoder().decode(ByteBuffer.wrap(bytes));
            return cb.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("cannot happen with REPLACE", e);
        }
    }

    /**
     * @param in UTF-8 bytes
     * @return a reader giving {@link #MARK} where bytes were not UTF-8
     */
    static Reader reader(InputStream in) {
        return new InputStreamReader(in, decoder());
    }

    /**
     * The text with its marks turned into U+FFFD, and a diagnostic at the first of them.
     *
     * @param text text that may hold {@link #MARK}
     * @return the cleaned text and, when there was a mark, a {@code MALFORMED_ENCODING} error
     */
    static Cleaned clean(String text) {
        int at = text.indexOf(MARK);
        if (at < 0) {
            return new Cleaned(text, Optional.empty());
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
        return new Cleaned(text.replace(MARK, '\uFFFD'), Optional.of(d));
    }

    /**
     * @param text    the text to parse
     * @param problem the encoding diagnostic, if bytes were replaced
     */
    record Cleaned(String text, Optional<Diagnostic> problem) {
    }
}

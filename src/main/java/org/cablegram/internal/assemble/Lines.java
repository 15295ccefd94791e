package org.cablegram.internal.assemble;

import org.cablegram.internal.engine.SourceLine;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines on the terminators the lexer knows: CRLF, LF, CR and U+2028. */
final class Lines {

    private Lines() {
    }

    static List<SourceLine> split(String text, int max) {
        List<SourceLine> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int number = 1;
        while (start < n && out.size() < max) {
            int i = start;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u2028') {
                    break;
                }
                i++;
            }
            int end = i;
            if (i < n) {
                end = text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
            out.add(new SourceLine(number++, text.substring(start, i), text.substring(i, end)));
            start = end;
        }
        if (out.isEmpty()) {
            out.add(new SourceLine(1, "", ""));
        }
        return out;
    }

    /** @return {line, length of that line} of the last line of the text, as {@link #split} counts them */
    static int[] endPosition(String text) {
        int n = text.length();
        int line = 1;
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c != '\n' && c != '\r' && c != '\u2028') {
                continue;
            }
            if (i + 1 < n) {
                line++;
                start = i + 1;
            }
        }
        int contentEnd = text.endsWith("\r\n") ? n - 2
                : n > 0 && (text.charAt(n - 1) == '\n' || text.charAt(n - 1) == '\r' || text.charAt(n - 1) == '\u2028')
                        ? n - 1 : n;
        return new int[] {line, Math.max(0, contentEnd - start)};
    }
}

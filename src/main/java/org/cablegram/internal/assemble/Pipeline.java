package org.cablegram.internal.assemble;

import org.cablegram.internal.engine.ParseEngine;
import org.cablegram.internal.engine.SourceLine;

import org.cablegram.internal.engine.LexerInput;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cablegram.Diagnostic;
import org.cablegram.DiagnosticCode;
import org.cablegram.SourceSpan;
import org.cablegram.model.Cable;

/** Input checks, grammar, model builder: one parse from text to cable and diagnostics. */
public final class Pipeline {

    /** What one parse yields. */
    public record Output(Cable cable, List<Diagnostic> diagnostics, SideTable side) {
    }

    private Pipeline() {
    }

    /**
     * Parses one input.
     *
     * @param input          the text (a leading BOM is ignored)
     * @param knownId        a reference id the caller knows, to check against the text
     * @param maxChars       longest input read
     * @param maxLines       most lines read
     * @param maxDiagnostics most diagnostics kept
     * @param readProblems   diagnostics from reading the input (encoding), already made
     * @return the cable, diagnostics and side table
     */
    public static Output run(String input, Optional<String> knownId, int maxChars, int maxLines, int maxDiagnostics,
            List<Diagnostic> readProblems) {
        Diagnostics diags = new Diagnostics(maxDiagnostics);
        for (Diagnostic d : readProblems) {
            diags.add(d.code(), d.severity(), d.message(), d.span());
        }
        SideTable side = new SideTable();
        String text = input;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
            side.setByteOrderMark(true);
        }
        if (text.length() > maxChars) {
            int cut = maxChars;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            text = text.substring(0, cut);
            int[] end = Lines.endPosition(text);
            diags.add(DiagnosticCode.INPUT_TOO_LARGE, "input longer than " + maxChars
                    + " characters; only the first " + maxChars + " were parsed",
                    SourceSpan.at(end[0], Math.max(1, end[1])));
        }
        LexerInput.Scan scan = LexerInput.scan(text, maxLines);
        int cut = scan.end();
        if (cut < text.length()) {
            // more than maxLines lines: keep the first maxLines
            text = text.substring(0, cut);
            diags.add(DiagnosticCode.TOO_MANY_LINES, "input has more than " + maxLines
                    + " lines; only the first " + maxLines + " were parsed", SourceSpan.at(maxLines + 1, 1));
        }
        if (text.isBlank()) {
            side.setInput(Lines.split(text, Integer.MAX_VALUE));
            diags.add(DiagnosticCode.EMPTY_INPUT, "the input is empty or blank: no telegram to read",
                    SourceSpan.at(1, 1));
            return new Output(Cable.empty(), sorted(diags.list()), side);
        }
        ParseEngine.Outcome outcome = ParseEngine.run(text, scan, false);
        // one token per physical line: the lines of the input are the tokens' lines
        List<SourceLine> lines = outcome.lines();
        side.setInput(lines);
        if (scan.binary()) {
            diags.add(DiagnosticCode.BINARY_CONTENT, String.format(
                    "control character U+%04X: the input looks like binary data, not a telegram",
                    (int) scan.binaryChar()), SourceSpan.at(scan.binaryLine(), scan.binaryColumn()));
        }
        for (ParseEngine.SyntaxError e : outcome.errors()) {
            diags.add(DiagnosticCode.SYNTAX, e.message(), SourceSpan.at(e.line(), e.column()));
        }
        Cable cable = CableAssembler.assemble(outcome.messages(), lines.size(), knownId, diags, side, lines);
        return new Output(cable, sorted(diags.list()), side);
    }

    private static List<Diagnostic> sorted(List<Diagnostic> list) {
        List<Diagnostic> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt((Diagnostic d) -> d.code() == DiagnosticCode.TOO_MANY_DIAGNOSTICS ? 1 : 0)
                .thenComparingInt(d -> d.span().startLine()).thenComparingInt(d -> d.span().startColumn()));
        return out;
    }
}

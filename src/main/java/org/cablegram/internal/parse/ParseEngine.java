package org.cablegram.internal.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.cablegram.internal.grammar.TelegramLexer;
import org.cablegram.internal.grammar.TelegramParser;

/**
 * Runs the generated lexer and parser over one input. Parsing is two-stage, as ANTLR
 * recommends: SLL prediction with a bail-out strategy first, which is fast and enough for every
 * input the grammar accepts; only if that fails, full LL with error recovery, whose syntax
 * errors become diagnostics.
 */
final class ParseEngine {

    /** A syntax error reported by the LL stage. */
    record SyntaxError(int line, int column, String message) {
    }

    /** What one run produced. */
    record Outcome(List<ParsedMessage> messages, List<SyntaxError> errors, boolean usedFallback) {
    }

    private ParseEngine() {
    }

    static Outcome run(String text) {
        CodePointCharStream chars = CharStreams.fromString(text);
        TelegramLexer lexer = new TelegramLexer(chars);
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        TelegramParser parser = new TelegramParser(tokens);
        parser.removeErrorListeners();
        parser.setBuildParseTree(true);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            TelegramParser.TelegramContext tree = parser.telegram();
            return new Outcome(MessageReader.read(tree), List.of(), false);
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            List<SyntaxError> errors = new ArrayList<>();
            parser.addErrorListener(new BaseErrorListener() {
                @Override
                public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                        int charPositionInLine, String msg, RecognitionException ex) {
                    int l = offendingSymbol instanceof org.antlr.v4.runtime.Token
                            ? ((org.antlr.v4.runtime.Token) offendingSymbol).getTokenIndex() + 1 : line;
                    errors.add(new SyntaxError(Math.max(1, l), 1, msg));
                }
            });
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            TelegramParser.TelegramContext tree = parser.telegram();
            return new Outcome(MessageReader.read(tree), errors, true);
        }
    }
}

package org.cablegram.internal.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.Pair;
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
    record Outcome(List<ParsedMessage> messages, List<SyntaxError> errors, boolean usedFallback,
            List<SourceLine> lines) {
    }

    static {
        PreparedDfa.installOnce();
    }

    private ParseEngine() {
    }

    /**
     * Lexer and parser of one thread, reused across parses: building them allocates their
     * simulators, while their prediction caches (DFA) are shared by all instances anyway.
     */
    private static final class Recognizers {
        final TelegramLexer lexer = newLexer();
        final TokenArray tokens = new TokenArray();
        final ReadingParser parser = new ReadingParser(tokens);
        final OriginalTextTokens tokenFactory = new OriginalTextTokens();

        Recognizers() {
            lexer.setTokenFactory(tokenFactory);
            parser.removeErrorListeners();
            // items are read by a parse listener as rules complete: no tree is needed
            parser.setBuildParseTree(false);
        }
    }

    /**
     * Makes tokens whose text is read from the original input, not from the lexer's folded view
     * of it (error messages quote token text).
     */
    private static final class OriginalTextTokens implements TokenFactory<CommonToken> {
        String text = "";

        @Override
        public CommonToken create(Pair<TokenSource, CharStream> source, int type, String tokenText, int channel,
                int start, int stop, int line, int charPositionInLine) {
            CommonToken t = new OriginalTextToken(source, type, channel, start, stop, text);
            t.setLine(line);
            t.setCharPositionInLine(charPositionInLine);
            if (tokenText != null) {
                t.setText(tokenText);
            }
            return t;
        }

        @Override
        public CommonToken create(int type, String tokenText) {
            return new CommonToken(type, tokenText);
        }
    }

    private static final class OriginalTextToken extends CommonToken {
        private static final long serialVersionUID = 1L;
        private final transient String original;

        OriginalTextToken(Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop,
                String original) {
            super(source, type, channel, start, stop);
            this.original = original;
        }

        @Override
        public String getText() {
            if (text != null) {
                return text;
            }
            return start < original.length() && stop < original.length() ? original.substring(start, stop + 1)
                    : "<EOF>";
        }
    }

    private static final ThreadLocal<Recognizers> RECOGNIZERS = ThreadLocal.withInitial(Recognizers::new);

    static Outcome run(String text) {
        return run(text, false);
    }

    static Outcome run(String text, boolean fullLLOnly) {
        return run(text, LexerInput.scan(text, Integer.MAX_VALUE).stream(), fullLLOnly);
    }

    /**
     * @param text        the input
     * @param chars       the lexer's view of it ({@link LexerInput}), one element per char of the text
     * @param fullLLOnly  skip the fast stage (to check that both stages agree)
     */
    static Outcome run(String text, FoldedStream chars, boolean fullLLOnly) {
        Recognizers r = RECOGNIZERS.get();
        TelegramLexer lexer = r.lexer;
        r.tokenFactory.text = text;
        lexer.setInputStream(chars);
        TokenArray tokens = r.tokens;
        tokens.fill(lexer);
        ReadingParser parser = r.parser;
        parser.setTokenStream(tokens);
        parser.removeErrorListeners();
        MessageReader reader = new MessageReader(tokens, text);
        parser.setReader(reader);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            if (fullLLOnly) {
                throw new ParseCancellationException("full LL requested");
            }
            parser.telegram();
            MessageReader.Result read = reader.result();
            return new Outcome(read.messages(), List.of(), false, read.lines());
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            reader = new MessageReader(tokens, text);
            parser.setReader(reader);
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
            parser.telegram();
            MessageReader.Result read = reader.result();
            return new Outcome(read.messages(), errors, true, read.lines());
        } finally {
            // the thread keeps its recognizers, not this input
            parser.setReader(null);
            r.tokenFactory.text = "";
            tokens.clear();
        }
    }

    /** A lexer of one thread for single lines ({@link #bodyLineType}), apart from the parse's own. */
    private static final ThreadLocal<TelegramLexer> LINE_LEXER = ThreadLocal.withInitial(ParseEngine::newLexer);

    /** A lexer with this package's simulator and no console error listener. */
    private static TelegramLexer newLexer() {
        TelegramLexer lexer = new TelegramLexer(CharStreams.fromString(""));
        lexer.setInterpreter(new NamedCharLexerSimulator(lexer, lexer.getATN(), lexer.getInterpreter().decisionToDFA));
        lexer.removeErrorListeners();
        return lexer;
    }

    /**
     * The kind of line the lexer reads one line as in the body zone (after the first paragraph).
     *
     * @param line a line without its terminator
     * @return the token type ({@link TelegramLexer#TEXT} for a line of text)
     */
    static int bodyLineType(String line) {
        return lineType(line, TelegramLexer.BODY);
    }

    /**
     * The kind of line the lexer reads one line as in a zone.
     *
     * @param line a line without its terminator
     * @param mode the lexer mode of the zone ({@link TelegramLexer#HEADER}, {@link TelegramLexer#BODY})
     * @return the token type
     */
    static int lineType(String line, int mode) {
        TelegramLexer lexer = LINE_LEXER.get();
        lexer.setInputStream(CharStreams.fromString(line));
        // setInputStream resets the lexer to the lead zone
        lexer.mode(mode);
        return lexer.nextToken().getType();
    }

    /** @return the number of states in the lexer's and parser's shared prediction caches */
    static long cachedStates() {
        Recognizers r = RECOGNIZERS.get();
        long n = 0;
        for (org.antlr.v4.runtime.dfa.DFA d : r.lexer.getInterpreter().decisionToDFA) {
            n += d.states.size();
        }
        for (org.antlr.v4.runtime.dfa.DFA d : r.parser.getInterpreter().decisionToDFA) {
            n += d.states.size();
        }
        return n;
    }
}

package org.cablegram.internal.engine;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.cablegram.internal.grammar.FieldLexer;
import org.cablegram.internal.grammar.FieldParser;

/**
 * Runs the field grammar over one line or block of lines: SLL prediction first, full LL only
 * if that fails. One lexer and parser per thread, reused: a field parse is small and frequent,
 * and the DFA caches they fill are shared by all instances of the generated classes.
 */
public final class FieldEngine {

    static {
        PreparedDfa.installOnce();
    }

    private static final ThreadLocal<FieldEngine> LOCAL = ThreadLocal.withInitial(FieldEngine::new);
    private static final LongAdder LL_FALLBACKS = new LongAdder();

    private final FieldLexer lexer = new FieldLexer(CharStreams.fromString(""));
    private final TokenArray tokens = new TokenArray();
    private final FieldParser parser = new FieldParser(tokens);
    private final BailErrorStrategy bail = new BailErrorStrategy();
    private final DefaultErrorStrategy recover = new DefaultErrorStrategy();

    /** A second lexer for {@link #scan}: its tokens are one object, rewritten for each token. */
    private final FieldLexer scanner = new FieldLexer(CharStreams.fromString(""));

    private FieldEngine() {
        scanner.setInterpreter(new NamedCharLexerSimulator(scanner, scanner.getATN(), scanner.getInterpreter().decisionToDFA));
        scanner.removeErrorListeners();
        scanner.setTokenFactory(new ReusedToken());
        // the package's simulator: DFA edges for the named non-ASCII characters too, and a DFA
        // loop over the FoldedStream's array (tokens carry no line numbers; offsets are enough)
        lexer.setInterpreter(new NamedCharLexerSimulator(lexer, lexer.getATN(), lexer.getInterpreter().decisionToDFA));
        lexer.removeErrorListeners();
        parser.removeErrorListeners();
        parser.setBuildParseTree(true);
    }

    /**
     * Parses a text with one entry rule.
     *
     * @param text  the line or block
     * @param mode  the field lexer's mode for this line kind
     * @param entry the entry rule
     * @param <T>   its context type
     * @return the parse tree of the entry rule
     */
    public static <T extends ParserRuleContext> T parse(String text, int mode, Function<FieldParser, T> entry) {
        return LOCAL.get().run(text, mode, entry);
    }

    /**
     * Hands the types of the tokens the field lexer makes of a text, in a mode, to a reader until
     * it says stop: a look at the tokens alone, none of them kept, for a line whose reading the
     * tokens settle without a parse tree.
     *
     * @param text   the line
     * @param mode   the field lexer's mode
     * @param reader takes each token type (EOF not included); false stops the reading
     */
    public static void tokenTypes(String text, int mode, java.util.function.IntPredicate reader) {
        LOCAL.get().scan(text, mode, reader);
    }

    /** @return how many field parses needed full LL since the class was loaded (the grammar aims at none) */
    public static long llFallbacks() {
        return LL_FALLBACKS.sum();
    }

    /** Points a lexer at a text, in a mode. */
    private static void start(FieldLexer lexer, String text, int mode) {
        // the text's chars as they are: no code point buffer to build for a short line
        lexer.setInputStream(new FoldedStream(text.toCharArray(), text.length()));
        if (mode != FieldLexer.DEFAULT_MODE) {
            lexer.mode(mode);
        }
    }

    private void scan(String text, int mode, java.util.function.IntPredicate reader) {
        start(scanner, text, mode);
        for (int type = scanner.nextToken().getType(); type != Token.EOF && reader.test(type);
                type = scanner.nextToken().getType()) {
            // the reader has taken the token
        }
    }

    private <T extends ParserRuleContext> T run(String text, int mode, Function<FieldParser, T> entry) {
        start(lexer, text, mode);
        tokens.fill(lexer);
        parser.setTokenStream(tokens);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(bail);
        try {
            return entry.apply(parser);
        } catch (ParseCancellationException e) {
            LL_FALLBACKS.increment();
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(recover);
            return entry.apply(parser);
        }
    }

    /** Hands out one token object, set anew for each token: the scanner keeps none of them. */
    private static final class ReusedToken implements TokenFactory<CommonToken> {
        private final CommonToken token = new CommonToken(Token.INVALID_TYPE);

        @Override
        public CommonToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel, int start,
                int stop, int line, int charPositionInLine) {
            token.setType(type);
            return token;
        }

        @Override
        public CommonToken create(int type, String text) {
            token.setType(type);
            return token;
        }
    }
}

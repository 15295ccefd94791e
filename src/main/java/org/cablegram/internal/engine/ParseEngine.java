package org.cablegram.internal.engine;

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
import org.antlr.v4.runtime.Token;
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
public final class ParseEngine {

    /** A syntax error reported by the LL stage. */
    public record SyntaxError(int line, int column, String message) {
    }

    /** What one run produced. */
    public record Outcome(List<ParsedMessage> messages, List<SyntaxError> errors, boolean usedFallback,
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
        return run(text, LexerInput.scan(text, Integer.MAX_VALUE), fullLLOnly);
    }

    /**
     * @param text        the input
     * @param scan        the lexer's view of it ({@link LexerInput}), one element per char of the text
     * @param fullLLOnly  skip the fast stage (to check that both stages agree)
     */
    public static Outcome run(String text, LexerInput.Scan scan, boolean fullLLOnly) {
        FoldedStream chars = scan.stream();
        Recognizers r = RECOGNIZERS.get();
        TelegramLexer lexer = r.lexer;
        r.tokenFactory.text = text;
        lexer.setInputStream(chars);
        int zone = openingZone(lexer);
        // setInputStream puts the lexer back in the lead zone, but leaves the input where it was
        chars.seek(0);
        lexer.setInputStream(chars);
        if (zone != TelegramLexer.DEFAULT_MODE) {
            lexer.mode(zone);
        }
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

    /**
     * The zone a text opens in, told by its first lines as the lead zone's lexer mode types them.
     * A telegram opens in the lead; so does a text whose first line of a kind of its own belongs
     * to the envelope or print header (a wrapper line before a VZCZC), or opens the text header (a
     * fragment that is a text header alone, read as a whole cable's header is). A text whose lines
     * are plain text, banners, captions and rules up to its first paragraph or section line, up to
     * a line that ends a telegram (BT, #serial, NNNN, a footer: kinds of the body zone) or up to
     * its end, is a body, or the end of one: it has neither envelope nor header, and is read in the
     * body's lexer mode from its first line on, so that its paragraphs, signers and ending are told
     * as in the whole cable. After a line of text, FM, TO, INFO and XMT lines, routing indicators
     * alone and copy counts are taken for text too ("TO INTERNATIONAL LABOR CONVENTION",
     * "RUSSEL"): an envelope does not follow running text.
     *
     * @param lexer a lexer at the start of the text, in the lead zone; it is left somewhere after
     * @return {@link TelegramLexer#DEFAULT_MODE} or {@link TelegramLexer#BODY}
     */
    static int openingZone(TelegramLexer lexer) {
        boolean text = false;
        while (true) {
            Token t = lexer.nextToken();
            switch (t.getType()) {
                case TelegramLexer.LEAD_TEXT:
                    if (endsTelegram(t.getText())) {
                        return TelegramLexer.BODY;
                    }
                    text = true;
                    break;
                case TelegramLexer.BLANK, TelegramLexer.DASH_LINE, TelegramLexer.BANNER, TelegramLexer.CAPTION_LINE:
                    break;
                case TelegramLexer.FM_LINE, TelegramLexer.TO_LINE, TelegramLexer.INFO_LINE, TelegramLexer.XMT_LINE,
                        TelegramLexer.RI_LINE, TelegramLexer.COPIES_LINE, TelegramLexer.PRINT_NOTE:
                    if (!text) {
                        return TelegramLexer.DEFAULT_MODE;
                    }
                    break;
                case TelegramLexer.PARA_LINE, TelegramLexer.SECTION_MARK, Token.EOF:
                    return text ? TelegramLexer.BODY : TelegramLexer.DEFAULT_MODE;
                default:
                    return TelegramLexer.DEFAULT_MODE;
            }
        }
    }

    /** Whether the body zone reads a line (with its terminator) as one of a telegram's ending. */
    private static boolean endsTelegram(String line) {
        int type = lineType(line, TelegramLexer.BODY);
        return type == TelegramLexer.END_LINE || type == TelegramLexer.BT_LINE || type == TelegramLexer.SERIAL_LINE
                || type == TelegramLexer.FOOTER_LINE;
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
    public static int bodyLineType(String line) {
        return lineType(line, TelegramLexer.BODY);
    }

    /**
     * The kind of line the lexer reads one line as in a zone.
     *
     * @param line a line without its terminator
     * @param mode the lexer mode of the zone ({@link TelegramLexer#HEADER}, {@link TelegramLexer#BODY})
     * @return the token type
     */
    public static int lineType(String line, int mode) {
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

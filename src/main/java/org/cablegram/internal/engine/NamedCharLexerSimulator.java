package org.cablegram.internal.engine;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * A lexer simulator that also caches DFA transitions for the few characters beyond ASCII that
 * the grammar names (pilcrow, opening curly quote, U+2028). ANTLR caches edges for U+0000 to
 * U+007F only and recomputes every other transition from the ATN each time; {@link LexerInput}
 * folds all other characters to ASCII, and this class gives the named ones extra edge slots
 * after the 128 ASCII ones, and one more to the end of input (ANTLR computes the step at EOF
 * from the ATN at the end of every text, and a field text is short: about one step in fifty),
 * so that the lexer never leaves its DFA on a seen transition. A DFA state's step on a symbol
 * depends on its configurations alone, the end of input included, so caching it is safe.
 *
 * <p>It does not count lines and columns either: every token is one physical line, whose number
 * is the token's index (ANTLR's count knows LF only, while telegrams also end lines with CR and
 * U+2028), so tokens carry line 1 and column 0, and the simulator reads each character once.
 *
 * <p>Its DFA loop reads the {@link FoldedStream}'s array directly and runs through a state that
 * loops on itself (where a line's kind is settled and the rest of the line is read) without
 * the chain of dependent loads of one state per character: that alone doubles the lexer's speed.
 */
final class NamedCharLexerSimulator extends LexerATNSimulator {

    private static final char[] NAMED = LexerInput.NAMED;
    /** The slot of the end of input: every field text ends there, and ANTLR caches no edge for it. */
    private static final int EOF_SLOT = MAX_DFA_EDGE - MIN_DFA_EDGE + 1 + NAMED.length;
    private static final int WIDTH = EOF_SLOT + 1;

    NamedCharLexerSimulator(Lexer recog, ATN atn, DFA[] decisionToDFA) {
        super(recog, atn, decisionToDFA, new PredictionContextCache());
    }

    @Override
    public void consume(CharStream input) {
        input.consume();
    }

    /**
     * ANTLR's DFA loop, specialised for {@link FoldedStream}: the same steps, with the stream's
     * array and position in locals instead of three interface calls per character, and the last
     * accept state recorded once at the end instead of at each character of a line.
     */
    @Override
    protected int execATN(CharStream input, DFAState ds0) {
        if (!(input instanceof FoldedStream)) {
            return super.execATN(input, ds0);
        }
        FoldedStream in = (FoldedStream) input;
        char[] data = in.data;
        int size = in.size;
        int p = in.p;
        int t = p < size ? data[p] : IntStream.EOF;
        DFAState s = ds0;
        DFAState accepted = null;
        int acceptedAt = -1;
        while (true) {
            DFAState target = null;
            DFAState[] edges = s.edges;
            if (edges != null) {
                int k = t >= MIN_DFA_EDGE && t <= MAX_DFA_EDGE ? t - MIN_DFA_EDGE : slot(t);
                if (k >= 0 && k < edges.length) {
                    target = edges[k];
                }
            }
            if (target == null) {
                in.p = p;
                target = computeTargetState(in, s, t);
            }
            if (target == ERROR) {
                break;
            }
            if (t != IntStream.EOF) {
                p++;
            }
            if (target.isAcceptState) {
                accepted = target;
                acceptedAt = p;
                if (t == IntStream.EOF) {
                    break;
                }
            }
            if (target == s && s.edges != null) {
                // a state that loops on itself (the rest of a line): its steps do not wait for
                // each other's result, so the processor runs ahead instead of chasing states
                DFAState[] loop = s.edges;
                int q = p;
                while (q < size) {
                    char c = data[q];
                    if (c > MAX_DFA_EDGE || loop[c - MIN_DFA_EDGE] != s) {
                        break;
                    }
                    q++;
                }
                if (q > p && s.isAcceptState) {
                    acceptedAt = q;
                }
                p = q;
            }
            t = p < size ? data[p] : IntStream.EOF;
            s = target;
        }
        if (accepted != null) {
            in.p = acceptedAt;
            captureSimState(prevAccept, in, accepted);
        }
        in.p = p;
        return failOrAccept(prevAccept, in, s.configs, t);
    }

    private static int slot(int t) {
        if (t >= MIN_DFA_EDGE && t <= MAX_DFA_EDGE) {
            return t - MIN_DFA_EDGE;
        }
        if (t == IntStream.EOF) {
            return EOF_SLOT;
        }
        for (int k = 0; k < NAMED.length; k++) {
            if (NAMED[k] == t) {
                return MAX_DFA_EDGE - MIN_DFA_EDGE + 1 + k;
            }
        }
        return -1;
    }

    @Override
    protected DFAState getExistingTargetState(DFAState s, int t) {
        DFAState[] edges = s.edges;
        int k = slot(t);
        if (edges == null || k < 0 || k >= edges.length) {
            return null;
        }
        return edges[k];
    }

    @Override
    protected void addDFAEdge(DFAState p, int t, DFAState q) {
        int k = slot(t);
        if (k < 0) {
            return;
        }
        // DFA states are shared by every lexer of the JVM: the same lock as ANTLR's own
        synchronized (p) {
            if (p.edges == null || p.edges.length < WIDTH) {
                DFAState[] wider = new DFAState[WIDTH];
                if (p.edges != null) {
                    System.arraycopy(p.edges, 0, wider, 0, p.edges.length);
                }
                p.edges = wider;
            }
            p.edges[k] = q;
        }
    }
}

package org.cablegram.internal.engine;

import java.util.Arrays;

import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A token stream over arrays that the lexer fills in one go before the parse. ANTLR's buffered
 * stream fetches lazily and walks over off-channel tokens at every look-ahead and step (about a
 * tenth of a parse's time); here the positions of the parser's tokens (default channel) are
 * listed once, so a look-ahead is two array reads. Indexes are those of all tokens, blanks on the
 * hidden channel included, as ANTLR's streams give them (parse-tree intervals use them). The
 * parser reads every token of a line or message anyway, so lexing ahead costs nothing.
 */
final class TokenArray implements TokenStream {

    private Token[] tokens = new Token[32];
    private int size;
    /** The indexes of the default-channel tokens, in order; the last is EOF's. */
    private int[] on = new int[32];
    /**
     * The types of the default-channel tokens, by rank: the parser's look-ahead (several per
     * token, at each decision) reads a type without touching the token object.
     */
    private int[] onTypes = new int[32];
    private int onCount;
    /** For each index, the rank in {@link #on} of the first default-channel token at or after it. */
    private int[] rank = new int[32];
    /** The index of the current token, always one on the default channel. */
    private int p;
    private TokenSource source;

    /** Reads all tokens of the source, up to and including EOF, and goes back to the first. */
    void fill(TokenSource from) {
        clear();
        source = from;
        Token t;
        do {
            t = from.nextToken();
            if (size == tokens.length) {
                tokens = Arrays.copyOf(tokens, size * 2);
                rank = Arrays.copyOf(rank, size * 2);
            }
            if (t instanceof WritableToken) {
                ((WritableToken) t).setTokenIndex(size);
            }
            rank[size] = onCount;
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                if (onCount == on.length) {
                    on = Arrays.copyOf(on, onCount * 2);
                    onTypes = Arrays.copyOf(onTypes, onCount * 2);
                }
                onTypes[onCount] = t.getType();
                on[onCount++] = size;
            }
            tokens[size++] = t;
        } while (t.getType() != Token.EOF);
        p = on[0];
    }

    /** Lets go of the tokens of the last input (the thread keeps the stream, not the text). */
    void clear() {
        Arrays.fill(tokens, 0, size, null);
        size = 0;
        onCount = 0;
        p = 0;
        source = null;
    }

    /**
     * The rank among the parser's tokens of the k-th one from the current one (k before it when
     * negative), EOF's for any beyond it; -1 for none (k is 0, or before the first).
     */
    private int rankOf(int k) {
        int r = rank[p] + (k < 0 ? k : k - 1);
        return k == 0 || r < 0 ? -1 : Math.min(r, onCount - 1);
    }

    @Override
    public Token LT(int k) {
        int r = rankOf(k);
        return r < 0 ? null : tokens[on[r]];
    }

    @Override
    public int LA(int i) {
        int r = rankOf(i);
        return r < 0 ? Token.INVALID_TYPE : onTypes[r];
    }

    @Override
    public Token get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("token " + index + " of " + size);
        }
        return tokens[index];
    }

    @Override
    public void consume() {
        int r = rank[p];
        if (r == onCount - 1) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p = on[r + 1];
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        // as ANTLR's stream does, a position on a hidden token moves on to the next parser token
        p = on[rank[Math.max(0, Math.min(index, size - 1))]];
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // every token stays until the next fill
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String getSourceName() {
        return source == null ? UNKNOWN_SOURCE_NAME : source.getSourceName();
    }

    @Override
    public TokenSource getTokenSource() {
        return source;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(size - 1, interval.b);
        StringBuilder sb = new StringBuilder();
        for (int i = start; i <= stop; i++) {
            Token t = tokens[i];
            if (t.getType() == Token.EOF) {
                break;
            }
            sb.append(t.getText());
        }
        return sb.toString();
    }

    @Override
    public String getText() {
        return getText(Interval.of(0, size - 1));
    }

    @Override
    public String getText(RuleContext ctx) {
        return getText(ctx.getSourceInterval());
    }

    @Override
    public String getText(Token start, Token stop) {
        return start == null || stop == null ? "" : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
    }
}

package org.cablegram.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.List;
import java.util.zip.CRC32;

import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ATNSimulator;
import org.antlr.v4.runtime.atn.ArrayPredictionContext;
import org.antlr.v4.runtime.atn.EmptyPredictionContext;
import org.antlr.v4.runtime.atn.LexerATNConfig;
import org.antlr.v4.runtime.atn.LexerAction;
import org.antlr.v4.runtime.atn.LexerActionExecutor;
import org.antlr.v4.runtime.atn.OrderedATNConfigSet;
import org.antlr.v4.runtime.atn.PredictionContext;
import org.antlr.v4.runtime.atn.SingletonPredictionContext;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;
import org.cablegram.internal.grammar.FieldLexer;
import org.cablegram.internal.grammar.FieldParser;
import org.cablegram.internal.grammar.TelegramLexer;
import org.cablegram.internal.grammar.TelegramParser;

/**
 * The grammars' prediction caches (DFA), prepared when the library is built and loaded when it
 * is first used. ANTLR builds each DFA state the first time an input reaches it, from the
 * grammar's ATN; in a fresh JVM that work, and the compiling of the code that does it, falls on
 * the first few thousand cables a user parses. The build parses a sample of real cables
 * ({@link DfaTrainer}) and writes the DFA it left behind as a resource; a fresh JVM enters those
 * states in the shared caches, with their transitions and ATN configurations, as if it had built
 * them itself, and builds only the states the sample did not need.
 *
 * <p>Each grammar's part of the resource carries a checksum of the grammar's serialized ATN: a
 * resource made from another version of a grammar is ignored, which costs speed, never results.
 * {@code -Dcablegram.preparedDfa=false} turns the installation off.
 */
final class PreparedDfa {

    static final String RESOURCE = "/org/cablegram/internal/grammar/prepared.dfa";
    static final int MAGIC = 0x43474446;
    static final int VERSION = 1;
    static final int ERROR_STATE = -2;
    static final int NO_STATE = -1;

    /** A grammar's shared DFA and what the resource needs to know of it. */
    record Grammar(String name, String serializedAtn, ATN atn, DFA[] dfas, boolean lexer) {
    }

    /** The four grammars, in the resource's order. */
    static List<Grammar> grammars() {
        return List.of(
                new Grammar("TelegramLexer", TelegramLexer._serializedATN, TelegramLexer._ATN,
                        new TelegramLexer(null).getInterpreter().decisionToDFA, true),
                new Grammar("TelegramParser", TelegramParser._serializedATN, TelegramParser._ATN,
                        new TelegramParser(null).getInterpreter().decisionToDFA, false),
                new Grammar("FieldLexer", FieldLexer._serializedATN, FieldLexer._ATN,
                        new FieldLexer(null).getInterpreter().decisionToDFA, true),
                new Grammar("FieldParser", FieldParser._serializedATN, FieldParser._ATN,
                        new FieldParser(null).getInterpreter().decisionToDFA, false));
    }

    private PreparedDfa() {
    }

    /** How many states the resource installed, per grammar name order; read by tests and benchmarks. */
    private static volatile int[] installed = new int[0];

    /** Installs the resource once per JVM; later calls do nothing. */
    static void installOnce() {
        Holder.touch();
    }

    /** @return the prepared states installed per grammar (empty when nothing was installed) */
    static int[] installedStates() {
        installOnce();
        return installed.clone();
    }

    private static final class Holder {
        static {
            if (!"false".equals(System.getProperty("cablegram.preparedDfa"))) {
                try (InputStream in = PreparedDfa.class.getResourceAsStream(RESOURCE)) {
                    if (in != null) {
                        installed = install(ByteBuffer.wrap(in.readAllBytes()), grammars());
                    }
                } catch (IOException | RuntimeException e) {
                    // a damaged resource costs speed only: the DFA is built from the ATN as usual
                    installed = new int[0];
                }
            }
        }

        static void touch() {
            // the class's initialisation does the work, once
        }
    }

    static long checksum(String serializedAtn) {
        CRC32 crc = new CRC32();
        for (int i = 0; i < serializedAtn.length(); i++) {
            char c = serializedAtn.charAt(i);
            crc.update(c >>> 8);
            crc.update(c);
        }
        return crc.getValue() ^ ((long) serializedAtn.length() << 32);
    }

    /** Reads one state's configuration set, as the simulator made it. */
    private static ATNConfigSet readConfigs(ByteBuffer in, ATN atn, boolean lexer, PredictionContext[] contexts) {
        int n = in.getInt();
        ConfigSet set = new ConfigSet();
        for (int i = 0; i < n; i++) {
            var state = atn.states.get(in.getInt());
            int alt = in.getInt();
            PredictionContext context = contexts[in.getInt()];
            if (lexer) {
                set.add(new LexerATNConfig(state, alt, context, readExecutor(in, atn)));
            } else {
                ATNConfig c = new ATNConfig(state, alt, context);
                c.reachesIntoOuterContext = in.getInt();
                set.add(c);
            }
        }
        set.uniqueAlt = in.getInt();
        set.hasSemanticContext = in.get() != 0;
        set.dipsIntoOuterContext = in.get() != 0;
        int conflicts = in.getInt();
        if (conflicts >= 0) {
            BitSet bits = new BitSet();
            for (int i = 0; i < conflicts; i++) {
                bits.set(in.getInt());
            }
            set.conflicts(bits);
        }
        set.setReadonly(true);
        return set;
    }

    /** A configuration set read back as written, whose conflicting alternatives can be restored. */
    private static final class ConfigSet extends OrderedATNConfigSet {

        void conflicts(BitSet bits) {
            conflictingAlts = bits;
        }

        @Override
        public boolean add(ATNConfig config) {
            // the written set is already what the simulator made of it (merged, in its order):
            // no lookup to build while reading it back
            return configs.add(config);
        }
    }

    private static PredictionContext[] readContexts(ByteBuffer in) {
        int n = in.getInt();
        PredictionContext[] out = new PredictionContext[n];
        for (int i = 0; i < n; i++) {
            int kind = in.get();
            if (kind == 0) {
                out[i] = EmptyPredictionContext.Instance;
            } else if (kind == 1) {
                PredictionContext parent = out[in.getInt()];
                out[i] = SingletonPredictionContext.create(parent, in.getInt());
            } else {
                int size = in.getInt();
                PredictionContext[] parents = new PredictionContext[size];
                int[] returns = new int[size];
                for (int k = 0; k < size; k++) {
                    int p = in.getInt();
                    parents[k] = p < 0 ? null : out[p];
                    returns[k] = in.getInt();
                }
                out[i] = new ArrayPredictionContext(parents, returns);
            }
        }
        return out;
    }

    private static LexerActionExecutor readExecutor(ByteBuffer in, ATN atn) {
        int n = in.getInt();
        if (n < 0) {
            return null;
        }
        LexerAction[] list = new LexerAction[n];
        for (int i = 0; i < n; i++) {
            list[i] = atn.lexerActions[in.getInt()];
        }
        return new LexerActionExecutor(list);
    }

    /**
     * Installs the states of a resource into the grammars' DFA caches; a grammar whose checksum
     * differs, or whose cache is no longer empty, is left as it is.
     *
     * @return the states installed per grammar
     */
    static int[] install(ByteBuffer in, List<Grammar> grammars) {
        if (in.getInt() != MAGIC || in.getInt() != VERSION || in.getInt() != grammars.size()) {
            return new int[0];
        }
        int[] counts = new int[grammars.size()];
        for (int gi = 0; gi < grammars.size(); gi++) {
            Grammar g = grammars.get(gi);
            String name = readUtf(in);
            long sum = in.getLong();
            boolean lexer = in.get() != 0;
            int length = in.getInt();
            ByteBuffer part = in.slice(in.position(), length);
            in.position(in.position() + length);
            if (name.equals(g.name()) && sum == checksum(g.serializedAtn()) && lexer == g.lexer()) {
                counts[gi] = installGrammar(part, g);
            }
        }
        return counts;
    }

    private static String readUtf(ByteBuffer in) {
        int n = in.getShort() & 0xFFFF;
        byte[] b = new byte[n];
        in.get(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int installGrammar(ByteBuffer in, Grammar g) {
        PredictionContext[] contexts = readContexts(in);
        if (in.getInt() != g.dfas().length) {
            return 0;
        }
        int total = 0;
        for (DFA dfa : g.dfas()) {
            int n = in.getInt();
            int start = in.getInt();
            DFAState[] states = new DFAState[n];
            int[][] edges = new int[n][];
            int[] widths = new int[n];
            for (int i = 0; i < n; i++) {
                boolean accept = in.get() != 0;
                int prediction = in.getInt();
                boolean fullContext = in.get() != 0;
                LexerActionExecutor executor = readExecutor(in, g.atn());
                in.getInt();
                DFAState s = new DFAState(readConfigs(in, g.atn(), g.lexer(), contexts));
                s.isAcceptState = accept;
                s.prediction = prediction;
                s.requiresFullContext = fullContext;
                s.lexerActionExecutor = executor;
                s.stateNumber = i;
                states[i] = s;
                widths[i] = in.getInt();
                int k = in.getInt();
                edges[i] = new int[2 * k];
                for (int e = 0; e < k; e++) {
                    edges[i][2 * e] = in.getShort();
                    edges[i][2 * e + 1] = in.getInt();
                }
            }
            // the simulators take the map's lock when they add a state: the same lock here
            synchronized (dfa.states) {
                if (dfa.s0 != null || !dfa.states.isEmpty() || dfa.isPrecedenceDfa() || start < 0) {
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    if (widths[i] >= 0) {
                        DFAState[] out = new DFAState[widths[i]];
                        for (int e = 0; e < edges[i].length; e += 2) {
                            int t = edges[i][e + 1];
                            out[edges[i][e]] = t == ERROR_STATE ? ATNSimulator.ERROR : states[t];
                        }
                        states[i].edges = out;
                    }
                    dfa.states.put(states[i], states[i]);
                }
                dfa.s0 = states[start];
                total += n;
            }
        }
        return total;
    }
}

package org.cablegram.internal.parse;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
import org.antlr.v4.runtime.atn.SemanticContext;
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
    private static final int MAGIC = 0x43474446;
    private static final int VERSION = 1;
    private static final int ERROR_STATE = -2;
    private static final int NO_STATE = -1;

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

    // ------------------------------------------------------------------------------------------
    // Writing (at build time, by DfaTrainer)

    /**
     * Writes the DFA states reachable from each decision's start state.
     *
     * @param grammars the grammars, whose DFA were filled by parsing
     * @return the resource's bytes
     */
    static byte[] write(List<Grammar> grammars) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(grammars.size());
        for (Grammar g : grammars) {
            out.writeUTF(g.name());
            out.writeLong(checksum(g.serializedAtn()));
            out.writeBoolean(g.lexer());
            byte[] part = writeGrammar(g);
            out.writeInt(part.length);
            out.write(part);
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static byte[] writeGrammar(Grammar g) throws IOException {
        List<List<DFAState>> perDfa = new ArrayList<>();
        IdentityHashMap<PredictionContext, Integer> contextIds = new IdentityHashMap<>();
        List<PredictionContext> contexts = new ArrayList<>();
        for (DFA dfa : g.dfas()) {
            List<DFAState> states = dfa.isPrecedenceDfa() ? List.of() : reachable(dfa.s0, g.lexer());
            perDfa.add(states);
            for (DFAState s : states) {
                for (ATNConfig c : s.configs) {
                    collect(c.context, contextIds, contexts);
                }
            }
        }
        Map<LexerAction, Integer> actions = new java.util.HashMap<>();
        if (g.atn().lexerActions != null) {
            for (int i = 0; i < g.atn().lexerActions.length; i++) {
                actions.putIfAbsent(g.atn().lexerActions[i], i);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(contexts.size());
        for (PredictionContext p : contexts) {
            if (p == EmptyPredictionContext.Instance) {
                out.writeByte(0);
            } else if (p instanceof SingletonPredictionContext s) {
                out.writeByte(1);
                out.writeInt(contextIds.get(s.parent));
                out.writeInt(s.returnState);
            } else {
                ArrayPredictionContext a = (ArrayPredictionContext) p;
                out.writeByte(2);
                out.writeInt(a.parents.length);
                for (int k = 0; k < a.parents.length; k++) {
                    out.writeInt(a.parents[k] == null ? NO_STATE : contextIds.get(a.parents[k]));
                    out.writeInt(a.returnStates[k]);
                }
            }
        }
        out.writeInt(g.dfas().length);
        for (int d = 0; d < g.dfas().length; d++) {
            List<DFAState> states = perDfa.get(d);
            IdentityHashMap<DFAState, Integer> index = new IdentityHashMap<>();
            for (DFAState s : states) {
                index.put(s, index.size());
            }
            out.writeInt(states.size());
            out.writeInt(states.isEmpty() ? NO_STATE : 0);
            for (DFAState s : states) {
                out.writeBoolean(s.isAcceptState);
                out.writeInt(s.prediction);
                out.writeBoolean(s.requiresFullContext);
                writeExecutor(out, s.lexerActionExecutor, actions);
                byte[] configs = writeConfigs(s.configs, g.lexer(), contextIds, actions);
                out.writeInt(configs.length);
                out.write(configs);
                int n = 0;
                if (s.edges != null) {
                    for (DFAState e : s.edges) {
                        n += e != null && (e == ATNSimulator.ERROR || index.containsKey(e)) ? 1 : 0;
                    }
                }
                out.writeInt(s.edges == null ? NO_STATE : s.edges.length);
                out.writeInt(n);
                for (int k = 0; s.edges != null && k < s.edges.length; k++) {
                    DFAState e = s.edges[k];
                    if (e != null && (e == ATNSimulator.ERROR || index.containsKey(e))) {
                        out.writeShort(k);
                        out.writeInt(e == ATNSimulator.ERROR ? ERROR_STATE : index.get(e));
                    }
                }
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * The states reachable from a start state, breadth first (the order is the build's, so the
     * resource is the same for the same sample); states this class cannot restore are left out,
     * and the transitions to them are built again at run time.
     */
    private static List<DFAState> reachable(DFAState s0, boolean lexer) {
        List<DFAState> out = new ArrayList<>();
        if (s0 == null || !preparable(s0, lexer)) {
            return out;
        }
        IdentityHashMap<DFAState, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<DFAState> queue = new ArrayDeque<>();
        queue.add(s0);
        seen.put(s0, true);
        while (!queue.isEmpty()) {
            DFAState s = queue.poll();
            out.add(s);
            if (s.edges != null) {
                for (DFAState e : s.edges) {
                    if (e != null && e != ATNSimulator.ERROR && !seen.containsKey(e) && preparable(e, lexer)) {
                        seen.put(e, true);
                        queue.add(e);
                    }
                }
            }
        }
        return out;
    }

    private static boolean preparable(DFAState s, boolean lexer) {
        if (s.configs == null || s.predicates != null) {
            return false;
        }
        for (ATNConfig c : s.configs) {
            if (c.semanticContext != SemanticContext.Empty.Instance
                    || lexer && ((LexerATNConfig) c).hasPassedThroughNonGreedyDecision()) {
                return false;
            }
        }
        return true;
    }

    private static byte[] writeConfigs(ATNConfigSet set, boolean lexer, IdentityHashMap<PredictionContext, Integer> contextIds,
            Map<LexerAction, Integer> actions) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(set.size());
        for (ATNConfig c : set) {
            out.writeInt(c.state.stateNumber);
            out.writeInt(c.alt);
            out.writeInt(contextIds.get(c.context));
            if (lexer) {
                writeExecutor(out, ((LexerATNConfig) c).getLexerActionExecutor(), actions);
            } else {
                out.writeInt(c.reachesIntoOuterContext);
            }
        }
        out.writeInt(set.uniqueAlt);
        out.writeBoolean(set.hasSemanticContext);
        out.writeBoolean(set.dipsIntoOuterContext);
        BitSet conflicts = conflictingAlts(set);
        out.writeInt(conflicts == null ? NO_STATE : conflicts.cardinality());
        for (int b = conflicts == null ? -1 : conflicts.nextSetBit(0); b >= 0; b = conflicts.nextSetBit(b + 1)) {
            out.writeInt(b);
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** ANTLR keeps a state's conflicting alternatives in a protected field; read at build time only. */
    private static BitSet conflictingAlts(ATNConfigSet set) throws IOException {
        try {
            java.lang.reflect.Field f = ATNConfigSet.class.getDeclaredField("conflictingAlts");
            f.setAccessible(true);
            return (BitSet) f.get(set);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("cannot read the conflicting alternatives of a DFA state", e);
        }
    }

    private static void writeExecutor(DataOutputStream out, LexerActionExecutor executor, Map<LexerAction, Integer> actions)
            throws IOException {
        if (executor == null) {
            out.writeInt(NO_STATE);
            return;
        }
        LexerAction[] list = executor.getLexerActions();
        out.writeInt(list.length);
        for (LexerAction a : list) {
            Integer id = actions.get(a);
            if (id == null) {
                throw new IOException("a lexer action that is not in the ATN: " + a);
            }
            out.writeInt(id);
        }
    }

    private static void collect(PredictionContext p, IdentityHashMap<PredictionContext, Integer> ids, List<PredictionContext> list) {
        if (p == null || ids.containsKey(p)) {
            return;
        }
        for (int k = 0; k < p.size(); k++) {
            collect(p.getParent(k), ids, list);
        }
        ids.put(p, list.size());
        list.add(p);
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

    // ------------------------------------------------------------------------------------------
    // Reading (in a fresh JVM)

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

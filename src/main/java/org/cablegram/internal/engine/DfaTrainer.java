package org.cablegram.internal.engine;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ATNSimulator;
import org.antlr.v4.runtime.atn.ArrayPredictionContext;
import org.antlr.v4.runtime.atn.EmptyPredictionContext;
import org.antlr.v4.runtime.atn.LexerATNConfig;
import org.antlr.v4.runtime.atn.LexerAction;
import org.antlr.v4.runtime.atn.LexerActionExecutor;
import org.antlr.v4.runtime.atn.PredictionContext;
import org.antlr.v4.runtime.atn.SemanticContext;
import org.antlr.v4.runtime.atn.SingletonPredictionContext;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;
import org.cablegram.CableParser;

/**
 * Makes the {@link PreparedDfa} resource at build time: parses the sample cables given, one
 * thread, in name order (so the same sample gives the same bytes), and writes the DFA the
 * grammars built. Run with {@code -Dcablegram.preparedDfa=false}, so that a resource left by an
 * earlier build is not installed first.
 *
 * <pre>java -Dcablegram.preparedDfa=false -cp ... org.cablegram.internal.assemble.DfaTrainer OUT DIR_OR_FILE...</pre>
 */
public final class DfaTrainer {

    private DfaTrainer() {
    }

    /**
     * @param args the resource to write, then the sample's files and folders ({@code .txt} files)
     * @throws IOException when a file cannot be read or the resource written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: DfaTrainer OUT DIR_OR_FILE...");
        }
        if (!"false".equals(System.getProperty("cablegram.preparedDfa"))) {
            throw new IllegalStateException("run with -Dcablegram.preparedDfa=false");
        }
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> s = Files.walk(Path.of(args[i]))) {
                s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        CableParser parser = CableParser.create();
        for (Path f : files) {
            parser.parse(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
        byte[] resource = write(PreparedDfa.grammars());
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Files.write(out, resource);
        System.out.println("prepared DFA: " + files.size() + " sample files, " + resource.length + " bytes -> " + out);
    }

    /**
     * Writes the DFA states reachable from each decision's start state.
     *
     * @param grammars the grammars, whose DFA were filled by parsing
     * @return the resource's bytes
     */
    static byte[] write(List<PreparedDfa.Grammar> grammars) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(PreparedDfa.MAGIC);
        out.writeInt(PreparedDfa.VERSION);
        out.writeInt(grammars.size());
        for (PreparedDfa.Grammar g : grammars) {
            out.writeUTF(g.name());
            out.writeLong(PreparedDfa.checksum(g.serializedAtn()));
            out.writeBoolean(g.lexer());
            byte[] part = writeGrammar(g);
            out.writeInt(part.length);
            out.write(part);
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static byte[] writeGrammar(PreparedDfa.Grammar g) throws IOException {
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
                    out.writeInt(a.parents[k] == null ? PreparedDfa.NO_STATE : contextIds.get(a.parents[k]));
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
            out.writeInt(states.isEmpty() ? PreparedDfa.NO_STATE : 0);
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
                out.writeInt(s.edges == null ? PreparedDfa.NO_STATE : s.edges.length);
                out.writeInt(n);
                for (int k = 0; s.edges != null && k < s.edges.length; k++) {
                    DFAState e = s.edges[k];
                    if (e != null && (e == ATNSimulator.ERROR || index.containsKey(e))) {
                        out.writeShort(k);
                        out.writeInt(e == ATNSimulator.ERROR ? PreparedDfa.ERROR_STATE : index.get(e));
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
        out.writeInt(conflicts == null ? PreparedDfa.NO_STATE : conflicts.cardinality());
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
            out.writeInt(PreparedDfa.NO_STATE);
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
}

package org.cablegram.internal.engine;



import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.cablegram.internal.grammar.TelegramLexer;
import org.junit.jupiter.api.Test;

/**
 * The two parsing stages agree, and the shared prediction caches stop growing once the corpus
 * has been seen: parsing it again adds no state. The lexer's fast input (folded characters, extra
 * DFA edges) gives the same tokens as the plain one.
 */
public class ParseEngineTest {

    public static List<String> corpus() throws IOException {
        Path full = Path.of(System.getProperty("cablegram.corpus", "../shared/corpus"), "cables");
        Path dir = Files.isDirectory(full) ? full : Path.of("src/test/resources/corpus-sample/cables");
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void fastAndFullStagesGiveTheSameTree() throws IOException {
        int n = 0;
        int fallbacks = 0;
        for (String text : corpus()) {
            ParseEngine.Outcome fast = ParseEngine.run(text, false);
            ParseEngine.Outcome full = ParseEngine.run(text, true);
            assertEquals(fast.messages(), full.messages());
            assertTrue(full.errors().isEmpty(), "the grammar accepts every line sequence");
            if (fast.usedFallback()) {
                fallbacks++;
            }
            n++;
        }
        System.out.println("[engine] " + n + " cables: SLL and LL trees equal; SLL bailed out on " + fallbacks);
        assertEquals(0, fallbacks);
    }

    @Test
    void predictionCacheStaysBounded() throws IOException {
        List<String> corpus = corpus();
        long before = ParseEngine.cachedStates();
        corpus.forEach(ParseEngine::run);
        long once = ParseEngine.cachedStates();
        corpus.forEach(ParseEngine::run);
        long twice = ParseEngine.cachedStates();
        System.out.println("[engine] DFA states: " + before + " before, " + once + " after the corpus, " + twice
                + " after it again");
        assertEquals(once, twice, "a second pass over the same inputs adds no cache state");
        assertTrue(once < 100_000, "cache size " + once);
    }

    /** Type, start and stop of each token. */
    private static List<String> tokens(TelegramLexer lexer) {
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            out.add(t.getType() + "@" + t.getStartIndex() + ":" + t.getStopIndex());
        }
        return out;
    }

    @Test
    void foldedInputLexesLikeThePlainInput() throws IOException {
        List<String> texts = new ArrayList<>(corpus());
        Random random = new Random(7);
        // every kind of character, in places where it matters: line starts, keywords, paragraph marks
        for (int k = 0; k < 400; k++) {
            String base = texts.get(random.nextInt(texts.size()));
            StringBuilder sb = new StringBuilder(base.length());
            for (int i = 0; i < base.length(); i++) {
                sb.append(random.nextInt(15) == 0 ? (char) random.nextInt(0x10000) : base.charAt(i));
            }
            texts.add(sb.toString());
        }
        texts.add("\u00B6 1. (C) \u201CQuoted\u201D\u2028SUBJECT\u00A0: x\r\n\u017Fecret \u212A \u0130 caf\u00E9\n");
        int n = 0;
        for (String text : texts) {
            // the plain stream counts code points, the folded one chars: without surrogates both agree
            char[] chars = text.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                if (Character.isSurrogate(chars[i])) {
                    chars[i] = 'x';
                }
            }
            text = new String(chars);
            TelegramLexer plain = new TelegramLexer(CharStreams.fromString(text));
            TelegramLexer fast = new TelegramLexer(LexerInput.scan(text, Integer.MAX_VALUE).stream());
            fast.setInterpreter(new NamedCharLexerSimulator(fast, fast.getATN(), fast.getInterpreter().decisionToDFA));
            assertEquals(tokens(plain), tokens(fast), "input " + n);
            n++;
        }
        System.out.println("[engine] folded lexing = plain lexing on " + n + " inputs");
    }
}

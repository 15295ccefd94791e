package org.cablegram.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cablegram.CorpusTest;
import org.junit.jupiter.api.Test;

/**
 * The shipped vocabulary of signers is what its documented command makes from the corpus: no
 * name was added or dropped by hand (needs ../shared/corpus).
 */
class SignersVocabularyTest {

    @Test
    void shippedSignersAreTheLearnedOnes() throws IOException {
        Path corpus = CorpusTest.corpusRoot();
        CorpusTest.requireCorpus(corpus.resolve("cables"));
        String shipped = Files.readString(
                Path.of("src/main/resources/org/cablegram/internal/fields/signers.txt"), StandardCharsets.UTF_8);
        assertEquals(LearnSigners.learn(corpus), shipped);
    }
}

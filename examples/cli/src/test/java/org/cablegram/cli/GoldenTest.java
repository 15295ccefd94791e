package org.cablegram.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The reference cable's JSON, byte for byte. The golden file was written by the tool itself
 * ({@code cd examples/cli && java -jar target/cablegram.jar parse ../cables/08ASTANA2256.txt})
 * and then checked against the cable by hand. After a deliberate change of the library's
 * output, write it again the same way and review the diff.
 */
class GoldenTest {

    private static final String CABLE = "../cables/08ASTANA2256.txt";

    @Test
    void referenceCableGivesTheGoldenJson() throws IOException {
        Cli.Result r = Cli.run("parse", CABLE);
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        String golden = Files.readString(Cli.RESOURCES.resolve("golden/08ASTANA2256.json"), StandardCharsets.UTF_8);
        assertEquals(golden, r.out());
    }

    @Test
    void referenceCableIsTheSeedCopy() throws IOException {
        // examples/cables/08ASTANA2256.txt is an exact copy of the project's seed cable.
        Path seed = Path.of("../../src/test/resources/seed/08ASTANA2256.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(seed), "library test resources not present");
        assertEquals(-1L, Files.mismatch(Path.of(CABLE), seed));
    }
}

package org.cablegram.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WikiLeaks cable pages through the tool (the corpus library reads them; its own tests check
 * the text taken from each page): the fixtures in html/ were built from corpus cables (see the
 * resources' README).
 */
class PagesTest {

    @Test
    void theCliReadsPagesByExtension() throws IOException {
        Cli.Result html = Cli.run("parse", "--format", "jsonl", Cli.RESOURCES.resolve("html/10SANJOSE15.html").toString());
        Cli.Result text = Cli.run("parse", "--format", "jsonl", Cli.RESOURCES.resolve("cables/10SANJOSE15.txt").toString());
        assertEquals(0, html.status(), html.err());
        assertEquals(withoutSource(text.out()), withoutSource(html.out()));
        assertTrue(html.out().startsWith("{\"source\":\"src/test/resources/html/10SANJOSE15.html\""), html.out());
    }

    @Test
    void notAPageIsAnUnreadableInput(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.html"), "<html><body>404</body></html>");
        Path good = Cli.RESOURCES.resolve("html/10SANJOSE15.html");
        Cli.Result r = Cli.run("parse", "--format", "jsonl", bad.toString(), good.toString());
        assertEquals(2, r.status());
        assertEquals(1, r.outLines().size());
        assertTrue(r.err().contains(bad + ": error: no <pre> block"), r.err());
    }

    @Test
    void bytesThatAreNotUtf8AreReportedInTheTelegramText(@TempDir Path dir) throws IOException {
        byte[] page = ("<html><body><code><pre>P 141042Z NOV 08&#x000A;FM AMEMBASSY ASTANA</pre></code>"
                + "<code><pre>UNCLAS ASTANA 002256&#x000A;&#x000A;SUBJECT: CAF\u00c9</pre></code></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(dir.resolve("latin1.html"), page);
        Cli.Result r = Cli.run("validate", f.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains(f + ":6:13: error: MALFORMED_ENCODING: "), r.out());
        Cli.Result json = Cli.run("parse", f.toString());
        assertTrue(json.out().contains("\"code\" : \"MALFORMED_ENCODING\""), json.out());
        assertTrue(json.out().contains("CAF\ufffd"), json.out());
    }

    static String withoutSource(String jsonl) {
        return jsonl.replaceAll("\\{\"source\":\"[^\"]*\",", "{");
    }
}

package org.cablegram.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WikiLeaks cable pages: the fixtures in html/ were built from corpus cables (see the
 * resources' README); reading a page must give exactly the corpus file's text.
 */
class HtmlReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"10SANJOSE15", "03THEHAGUE2480", "02ROME1725"})
    void aPageGivesExactlyTheCorpusText(String id) throws IOException {
        String page = Files.readString(Cli.RESOURCES.resolve("html/" + id + ".html"), StandardCharsets.UTF_8);
        String expected = Files.readString(Cli.RESOURCES.resolve("cables/" + id + ".txt"), StandardCharsets.UTF_8);
        assertEquals(expected, HtmlReader.read(page));
    }

    @Test
    void theFixturesHoldWhatTheReaderMustUndo() throws IOException {
        String hague = Files.readString(Cli.RESOURCES.resolve("html/03THEHAGUE2480.html"));
        assertTrue(hague.contains("&#x000A;"));
        assertTrue(hague.contains("<a href='/tag/PREL_0.html'>PREL</a>"));
        assertTrue(hague.contains("(b &amp; d)"));
        assertTrue(hague.contains("&#182;1.</a>"));
        assertTrue(hague.contains("<table class='cable'>"));
        String rome = Files.readString(Cli.RESOURCES.resolve("html/02ROME1725.html"));
        assertTrue(rome.contains("&quot;&quot;NATO AT 20&quot;&quot;"));
        assertTrue(rome.contains("&gt; &#x000A;"));
    }

    @Test
    void blanksAndNewlinesAtTheStartOfABlockAreKept() {
        // HTML parsers drop one newline after <pre>; the header of a cable may start with two.
        String page = "<html><body><code><pre>&#x000A;&#x000A;VZCZCXRO1063&#x000A;</pre></code>"
                + "<code><pre>  UNCLAS SECTION 01 OF 02&#x000A;&#x000A;TAGS: <a href='/tag/KZ_0.html'>KZ</a>"
                + "<br>line&nbsp;two</pre></code></body></html>";
        assertEquals("\n\nVZCZCXRO1063\n\n\n  UNCLAS SECTION 01 OF 02\n\nTAGS: KZ\nline\u00a0two", HtmlReader.read(page));
    }

    @Test
    void aLiteralNewlineAfterPreIsKeptToo() {
        assertEquals("\nA\n\nB", HtmlReader.read("<code><pre>\nA</pre></code><code><pre>B</pre></code>"));
    }

    @Test
    void aPageWithOneBlockGivesThatBlock() {
        assertEquals("ONLY", HtmlReader.read("<html><body><pre>ONLY</pre></body></html>"));
    }

    @Test
    void aPageWithoutPreIsAClearError() {
        InputException e = assertThrows(InputException.class,
                () -> HtmlReader.read("<html><body><p>Not found</p></body></html>"));
        assertTrue(e.getMessage().contains("not a WikiLeaks cable page"), e.getMessage());
    }

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

package org.cablegram.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** What the page reader must undo, and the corners of the HTML rules it works around. */
class PagesTest {

    private static String cablegate(String html) {
        return Pages.read(html, Format.CABLEGATE_PAGE, false).text();
    }

    @Test
    void theFixturesHoldWhatTheReaderMustUndo() throws IOException {
        String hague = Files.readString(Fixtures.RESOURCES.resolve("html/03THEHAGUE2480.html"));
        assertTrue(hague.contains("&#x000A;"));
        assertTrue(hague.contains("<a href='/tag/PREL_0.html'>PREL</a>"));
        assertTrue(hague.contains("(b &amp; d)"));
        assertTrue(hague.contains("&#182;1.</a>"));
        String rome = Files.readString(Fixtures.RESOURCES.resolve("html/02ROME1725.html"));
        assertTrue(rome.contains("&quot;&quot;NATO AT 20&quot;&quot;"));
        assertTrue(rome.contains("&gt; &#x000A;"));
    }

    @Test
    void blanksAndNewlinesAtTheStartOfABlockAreKept() {
        // HTML parsers drop one newline after <pre>; the header of a cable may start with two.
        String page = "<html><body><code><pre>&#x000A;&#x000A;VZCZCXRO1063&#x000A;</pre></code>"
                + "<code><pre>  UNCLAS SECTION 01 OF 02&#x000A;&#x000A;TAGS: <a href='/tag/KZ_0.html'>KZ</a>"
                + "<br>line&nbsp;two</pre></code></body></html>";
        assertEquals("\n\nVZCZCXRO1063\n\n\n  UNCLAS SECTION 01 OF 02\n\nTAGS: KZ\nline\u00a0two", cablegate(page));
        assertEquals("\nA\n\nB", cablegate("<code><pre>\nA</pre></code><code><pre>B</pre></code>"));
    }

    @Test
    void aPageWithOneBlockGivesThatBlock() {
        assertEquals("ONLY", cablegate("<html><body><pre>ONLY</pre></body></html>"));
    }

    @Test
    void aPageWithoutTelegramIsRefused() {
        Pages.NotAPage e = assertThrows(Pages.NotAPage.class, () -> cablegate("<html><body><p>Not found</p></body></html>"));
        assertTrue(e.getMessage().contains("not a WikiLeaks cable page"), e.getMessage());
        assertThrows(Pages.NotAPage.class, () -> Pages.read("<pre>X</pre>", Format.PLUSD_PAGE, false));
    }

    @Test
    void aPlusdPaneWithoutPreKeepsItsLineBreaks() {
        Pages.Page p = Pages.read("<div class='tab-pane' id='raw'>LIMITED OFFICIAL USE<br>PAGE 01</div>",
                Format.CABLEGATE_PAGE, true);
        assertEquals(Format.PLUSD_PAGE, p.format());
        assertEquals("LIMITED OFFICIAL USE\nPAGE 01", p.text());
        // a Cablegate page is never taken for PlusD, whatever its class names
        Pages.Page c = Pages.read("<div class='raw'><code><pre>A</pre></code></div>", Format.CABLEGATE_PAGE, true);
        assertEquals(Format.CABLEGATE_PAGE, c.format());
    }
}

package org.cablegram.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;

/**
 * Reads the telegram text out of a WikiLeaks Cablegate cable page.
 *
 * <p>Such a page shows the cable in two {@code <code><pre>} blocks, the header and the body,
 * beside a metadata table. The text is {@code header + "\n\n" + body}, the way the project's
 * corpus files were made: entities are decoded ({@code &#x000A;} is a newline), {@code <a>}
 * markup is dropped and its text kept (the TAGS links, the paragraph anchors), {@code <br>}
 * is a newline, and every other character of a block, blanks included, is kept.
 */
final class HtmlReader {

    /** The start tag of a pre element. */
    private static final Pattern PRE_START = Pattern.compile("(?i)<pre\\b[^>]*>");

    private HtmlReader() {
    }

    /**
     * @param html the page
     * @return the telegram text
     * @throws InputException when the page holds no {@code <pre>} block
     */
    static String read(String html) {
        // HTML parsers drop one newline right after <pre> (an authoring convenience of the
        // HTML spec), even when it is written &#x000A;, as WikiLeaks does. A cable header
        // that starts with blank lines would lose one, so give the parser a newline to drop.
        Matcher m = PRE_START.matcher(html);
        String prepared = m.replaceAll(r -> Matcher.quoteReplacement(r.group()) + "\n");
        Document doc = Jsoup.parse(prepared);
        Elements blocks = doc.select("code > pre");
        if (blocks.isEmpty()) {
            blocks = doc.select("pre");
        }
        if (blocks.isEmpty()) {
            throw new InputException("no <pre> block with a cable in it: not a WikiLeaks cable page");
        }
        if (blocks.size() == 1) {
            return blocks.get(0).wholeText();
        }
        return blocks.get(0).wholeText() + "\n\n" + blocks.get(1).wholeText();
    }
}

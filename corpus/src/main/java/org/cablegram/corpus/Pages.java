package org.cablegram.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Takes the telegram text out of WikiLeaks pages, with jsoup. */
final class Pages {

    private static final Pattern PRE_START = Pattern.compile("(?i)<pre\\b[^>]*>");

    /** The "Raw content" pane of a PlusD page. */
    private static final String RAW_PANE = "[id~=(?i)raw], [class~=(?i)(^|\\s|-)raw]";

    private Pages() {
    }

    /**
     * The page's telegram text.
     *
     * @param html   the page, decoded
     * @param format {@link Format#CABLEGATE_PAGE} or {@link Format#PLUSD_PAGE}
     * @param sniff  whether the format is a guess from the file name, to be corrected by content
     * @return the text and the format it was read as
     * @throws NotAPage when the page holds no telegram
     */
    static Page read(String html, Format format, boolean sniff) {
        Document doc = parse(html);
        Elements cablegate = doc.select("code > pre");
        Element raw = doc.selectFirst(RAW_PANE);
        boolean plusd = format == Format.PLUSD_PAGE || (sniff && cablegate.isEmpty() && raw != null);
        if (plusd) {
            if (raw == null) {
                throw new NotAPage("no \"Raw content\" pane: not a PlusD document page");
            }
            Element pre = raw.selectFirst("pre");
            return new Page((pre != null ? pre : raw).wholeText(), Format.PLUSD_PAGE);
        }
        Elements blocks = cablegate.isEmpty() ? doc.select("pre") : cablegate;
        if (blocks.isEmpty()) {
            throw new NotAPage("no <pre> block with a cable in it: not a WikiLeaks cable page");
        }
        String text = blocks.size() == 1 ? blocks.get(0).wholeText()
                : blocks.get(0).wholeText() + "\n\n" + blocks.get(1).wholeText();
        return new Page(text, Format.CABLEGATE_PAGE);
    }

    private static Document parse(String html) {
        // The HTML rules drop one newline right after <pre>, even one written &#x000A; as
        // WikiLeaks does, and a header may start with blank lines: give the parser a newline
        // of its own to drop.
        Matcher m = PRE_START.matcher(html);
        return Jsoup.parse(m.replaceAll(r -> Matcher.quoteReplacement(r.group()) + "\n"));
    }

    /**
     * @param text   the telegram text
     * @param format the kind of page it came from
     */
    record Page(String text, Format format) {
    }

    /** The page holds no telegram; the message is for users. */
    static final class NotAPage extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAPage(String message) {
            super(message, null, false, false);
        }
    }
}

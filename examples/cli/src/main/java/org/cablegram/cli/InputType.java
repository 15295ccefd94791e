package org.cablegram.cli;

import org.cablegram.corpus.Format;

/** The {@code --input} choices: how every input is read. */
enum InputType {
    /** Raw telegram text, UTF-8. */
    text(Format.TEXT),
    /** A WikiLeaks Cablegate cable page: header and body in two {@code <pre>} blocks. */
    html(Format.CABLEGATE_PAGE),
    /** A saved WikiLeaks PlusD page: the telegram in its "Raw content" pane. */
    plusd(Format.PLUSD_PAGE),
    /** The Cablegate {@code cables.csv}: one cable per row. */
    csv(Format.CABLES_CSV);

    private final Format format;

    InputType(Format format) {
        this.format = format;
    }

    /** @return the corpus format this type reads */
    Format format() {
        return format;
    }
}

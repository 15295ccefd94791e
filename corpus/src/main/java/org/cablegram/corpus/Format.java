package org.cablegram.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of input a {@link CableSource} reads. */
public enum Format {
    /** Raw telegram text, UTF-8 ({@code .txt}, and any file named explicitly). */
    TEXT(List.of(".txt")),
    /**
     * A WikiLeaks Cablegate cable page ({@code .html}, {@code .htm}): the header and the body in
     * two {@code <pre>} blocks; the text is {@code header + "\n\n" + body}.
     */
    CABLEGATE_PAGE(List.of(".html", ".htm")),
    /**
     * A saved WikiLeaks PlusD document page: the whole telegram in its "Raw content" pane (an
     * element whose id or class names {@code raw}). Found by content, since such pages also end
     * in {@code .html}: a page read by extension is taken as PlusD when it has that pane and no
     * Cablegate {@code <code><pre>} block.
     */
    PLUSD_PAGE(List.of()),
    /**
     * The Cablegate {@code cables.csv} ({@code .csv}): one cable per row, columns {@code id, date,
     * refid, origin, classification, references, header, body}, {@code \"} escapes; the text of a
     * row is {@code header + "\n\n" + body} and its {@code refid} the id the parser checks.
     */
    CABLES_CSV(List.of(".csv"));

    private final List<String> extensions;

    Format(List<String> extensions) {
        this.extensions = extensions;
    }

    /** @return the file name extensions taken for this format inside folders, lower case, with the dot */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * @param file a file
     * @return the format its extension names (case-insensitive), if any
     */
    public static Optional<Format> byExtension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            for (String ext : f.extensions) {
                if (n.endsWith(ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** @return whether files of this format are HTML pages */
    boolean isPage() {
        return this == CABLEGATE_PAGE || this == PLUSD_PAGE;
    }
}

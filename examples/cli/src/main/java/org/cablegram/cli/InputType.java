package org.cablegram.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of input file the tool reads. */
enum InputType {
    /** Raw telegram text, UTF-8. */
    text(List.of(".txt")),
    /** A WikiLeaks Cablegate cable page: header and body in two {@code <pre>} blocks. */
    html(List.of(".html", ".htm")),
    /** The Cablegate {@code cables.csv}: one cable per row. */
    csv(List.of(".csv"));

    private final List<String> extensions;

    InputType(List<String> extensions) {
        this.extensions = extensions;
    }

    /** @return the file name extensions of this type, lower case, with the dot */
    List<String> extensions() {
        return extensions;
    }

    /**
     * @param file a file
     * @return the type its extension names, if any
     */
    static Optional<InputType> byExtension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        for (InputType t : values()) {
            for (String ext : t.extensions) {
                if (n.endsWith(ext)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }
}

package org.cablegram.cli;

import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command has: what to read and how. */
final class InputOptions {

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files or directories; - reads standard input. Directories are read recursively, sorted by "
                    + "name; there only files ending in .txt, .html, .htm or .csv are taken (or those of the --input "
                    + "type).")
    List<String> paths;

    @Option(names = "--input", paramLabel = "TYPE",
            description = "Read every input as ${COMPLETION-CANDIDATES} (default: by extension: .html/.htm are "
                    + "WikiLeaks pages, Cablegate or PlusD by their content, .csv is cables.csv, anything else is "
                    + "text; on standard input a page is told from text by its first character).")
    InputType input;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Parse on N threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--max-chars", paramLabel = "N",
            description = "Read at most N characters of an input (default: the library's, 16 MiB); the rest is "
                    + "reported, not parsed.")
    Integer maxChars;

    @Option(names = "--max-lines", paramLabel = "N",
            description = "Read at most N lines of an input (default: the library's, 200,000).")
    Integer maxLines;

    /**
     * @param strict whether an ERROR diagnostic rejects a cable
     * @return the library's options with the limits given on the command line
     */
    org.cablegram.ParserOptions parserOptions(boolean strict) {
        org.cablegram.ParserOptions.Builder b = org.cablegram.ParserOptions.builder().strict(strict);
        if (maxChars != null) {
            b.maxInputChars(maxChars);
        }
        if (maxLines != null) {
            b.maxLines(maxLines);
        }
        return b.build();
    }

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on standard error (default: only when it is a terminal).")
    Boolean progress;
}

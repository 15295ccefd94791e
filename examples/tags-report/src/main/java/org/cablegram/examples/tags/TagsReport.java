package org.cablegram.examples.tags;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cablegram.CableParser;
import org.cablegram.model.TagKind;
import org.cablegram.corpus.BatchParser;
import org.cablegram.corpus.CableOutcome;
import org.cablegram.corpus.CableSource;
import org.cablegram.corpus.CorpusFiles;

/**
 * Command-line program: reads every cable under one or more folders and reports how often each
 * TAGS code occurs, overall, per kind of tag or per year, as a plain table or as CSV.
 *
 * <pre>
 * java -jar tags-report.jar [--top N] [--group tag|kind|year] [--format table|csv]
 *                           [--kind KIND,...] [--ext EXT] [--output FILE] DIR|FILE...
 * </pre>
 */
public final class TagsReport {

    static final String USAGE = String.join("\n",
            "Usage: tags-report [OPTIONS] DIR|FILE...",
            "Counts the TAGS of every cable under the given folders (recursively) and files.",
            "A tag is counted once per cable that carries it.",
            "",
            "  -n, --top N            show the N most frequent tags (per year with --group year);",
            "                         0 shows all (default 20)",
            "  -g, --group GROUP      tag: one row per tag code and kind (default)",
            "                         kind: one row per kind of tag",
            "                         year: the top tags of each year",
            "  -f, --format FORMAT    table (default) or csv",
            "  -k, --kind KIND,...    count only these kinds: subject, program, country,",
            "                         organization, person, unknown",
            "  -e, --ext EXT          read files ending in .EXT under folders (default txt; * for all)",
            "  -o, --output FILE      write the report to FILE instead of standard output",
            "  -h, --help             show this help",
            "",
            "Exit status: 0 done, 1 no cable file found or a file could not be written, 2 bad usage.");

    /** Output format. */
    enum Format { TABLE, CSV }

    /** What one row of the report counts. */
    enum Group { TAG, KIND, YEAR }

    /**
     * The parsed command line.
     *
     * @param inputs    folders and files to read
     * @param top       most tags shown (per year for {@link Group#YEAR}); 0 for all
     * @param group     what a row counts
     * @param format    table or CSV
     * @param kinds     kinds of tag counted
     * @param extension file extension read under folders, or {@code *}
     * @param output    the output file, or null for standard output
     */
    record Options(List<Path> inputs, int top, Group group, Format format, Set<TagKind> kinds, String extension,
                   Path output) {
    }

    /**
     * What reading a set of files gave.
     *
     * @param counts     the tag counts of every cable read
     * @param files      the number of files found
     * @param unreadable the files that could not be read, with the reason
     */
    record Scan(TagCounts counts, int files, List<String> unreadable) {
    }

    private TagsReport() {
    }

    /**
     * Runs the program and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.exit(status);
    }

    /**
     * Runs the program.
     *
     * @param args   the command line
     * @param stdout where the report goes (without {@code --output})
     * @param stderr where warnings and errors go
     * @return the exit status: 0 done, 1 nothing to read or an I/O error, 2 bad usage
     */
    static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        Options options;
        try {
            options = parseArgs(args);
        } catch (IllegalArgumentException e) {
            stderr.println("tags-report: " + e.getMessage());
            stderr.println("Try 'tags-report --help'.");
            return 2;
        }
        if (options == null) {
            stdout.println(USAGE);
            return 0;
        }
        CableSource source;
        try {
            source = source(options.inputs(), options.extension());
        } catch (IllegalArgumentException e) {
            stderr.println("tags-report: " + e.getMessage());
            return 1;
        }
        Scan scan = scan(source, options.kinds(), CableParser.create());
        if (scan.files() == 0) {
            stderr.println("tags-report: no ." + options.extension() + " file under " + options.inputs());
            return 1;
        }
        scan.unreadable().forEach(u -> stderr.println("tags-report: cannot read " + u));
        try {
            if (options.output() == null) {
                write(scan, options, stdout);
                stdout.flush();
            } else {
                try (OutputStream out = Files.newOutputStream(options.output())) {
                    write(scan, options, out);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            stderr.println("tags-report: cannot write " + options.output() + ": " + e.getMessage());
            return 1;
        }
        if (options.format() == Format.CSV || options.output() != null) {
            stderr.println(summary(scan));
        }
        return 0;
    }

    /**
     * The cables to read: each folder's files ending in {@code .ext} (walked by the corpus
     * library in a stable order, hidden entries skipped) and each file named, whatever its name,
     * all read as telegram text.
     *
     * @param inputs    folders and files
     * @param extension file extension under folders, without the dot, or {@code *} for every file
     * @return the source
     * @throws IllegalArgumentException when an input does not exist
     */
    static CableSource source(List<Path> inputs, String extension) {
        return CableSource.paths(inputs, org.cablegram.corpus.Format.TEXT, CorpusFiles.withExtension(extension));
    }

    /**
     * Parses every cable, in parallel and in input order (the corpus library's batch parser), and
     * counts its tags. Parsing is tolerant, so every readable file gives a cable (one without
     * TAGS counts as a cable without tags).
     *
     * @param source the cables
     * @param kinds  the kinds of tag counted
     * @param parser the parser
     * @return the counts
     */
    static Scan scan(CableSource source, Set<TagKind> kinds, CableParser parser) {
        TagCounts counts = new TagCounts(kinds);
        List<String> unreadable = new ArrayList<>();
        int[] files = {0};
        BatchParser.create(parser).forEach(source, o -> {
            files[0]++;
            if (o.status() == CableOutcome.Status.PARSED) {
                counts.add(o.result().orElseThrow().cable());
            } else {
                unreadable.add(o.origin() + ": " + o.message().orElse("unreadable"));
            }
        });
        return new Scan(counts, files[0], unreadable);
    }

    /**
     * @param scan what was read
     * @return one line: files, cables, cables with tags, distinct tags
     */
    static String summary(Scan scan) {
        TagCounts c = scan.counts();
        return String.format(Locale.ROOT, "%d files, %d cables, %d with TAGS, %d distinct tags%s",
                scan.files(), c.cables(), c.cablesWithTags(), c.top(0).size(),
                scan.unreadable().isEmpty() ? "" : ", " + scan.unreadable().size() + " unreadable");
    }

    private static void write(Scan scan, Options options, OutputStream stream) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        Table table = switch (options.group()) {
            case TAG -> Reports.byTag(scan.counts(), options.top());
            case KIND -> Reports.byKind(scan.counts());
            case YEAR -> Reports.byYear(scan.counts(), options.top());
        };
        if (options.format() == Format.CSV) {
            table.writeCsv(out);
        } else {
            out.write(summary(scan) + "\n\n");
            table.writeText(out);
        }
        out.flush();
    }

    /**
     * Reads the command line.
     *
     * @param args the arguments
     * @return the options, or null when help was asked for
     * @throws IllegalArgumentException when the command line is wrong
     */
    static Options parseArgs(String[] args) {
        List<Path> inputs = new ArrayList<>();
        int top = 20;
        Group group = Group.TAG;
        Format format = Format.TABLE;
        Set<TagKind> kinds = EnumSet.allOf(TagKind.class);
        String extension = "txt";
        Path output = null;
        boolean options = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!options || !arg.startsWith("-") || arg.equals("-")) {
                inputs.add(Path.of(arg));
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--" -> options = false;
                case "-h", "--help" -> {
                    return null;
                }
                case "-n", "--top" -> {
                    String v = value != null ? value : next(args, ++i, name);
                    try {
                        top = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(name + " needs a number, not '" + v + "'");
                    }
                    if (top < 0) {
                        throw new IllegalArgumentException(name + " must not be negative");
                    }
                }
                case "-g", "--group" -> group = choice(Group.class, value != null ? value : next(args, ++i, name), name);
                case "-f", "--format" -> format = choice(Format.class, value != null ? value : next(args, ++i, name), name);
                case "-k", "--kind" -> {
                    kinds = EnumSet.noneOf(TagKind.class);
                    for (String k : (value != null ? value : next(args, ++i, name)).split(",")) {
                        kinds.add(choice(TagKind.class, k.trim(), name));
                    }
                }
                case "-e", "--ext" -> {
                    extension = value != null ? value : next(args, ++i, name);
                    if (extension.startsWith(".")) {
                        extension = extension.substring(1);
                    }
                }
                case "-o", "--output" -> output = Path.of(value != null ? value : next(args, ++i, name));
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no folder or file given");
        }
        return new Options(List.copyOf(inputs), top, group, format, kinds, extension, output);
    }

    private static String next(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name().toLowerCase(Locale.ROOT));
            }
            throw new IllegalArgumentException(option + ": '" + value + "' is not one of " + String.join(", ", names));
        }
    }
}

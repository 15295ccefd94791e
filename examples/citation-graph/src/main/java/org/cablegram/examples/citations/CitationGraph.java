package org.cablegram.examples.citations;

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
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import org.cablegram.CableParser;
import org.cablegram.corpus.BatchParser;
import org.cablegram.corpus.CableOutcome;
import org.cablegram.corpus.CableSource;
import org.cablegram.corpus.CorpusFiles;

/**
 * Command-line program: reads every cable under one or more folders and writes the graph of
 * which cable cites which, from each cable's reference id and the cable ids of its REF items,
 * as GraphML or Graphviz DOT.
 *
 * <pre>
 * java -jar citation-graph.jar [--format graphml|dot] [--internal] [--ext EXT] [--output FILE] DIR|FILE...
 * </pre>
 */
public final class CitationGraph {

    static final String USAGE = String.join("\n",
            "Usage: citation-graph [OPTIONS] DIR|FILE...",
            "Writes the graph of which cables cite which: a node per cable read and per cable",
            "cited, an edge from each cable to each cable named in its REF block.",
            "",
            "  -f, --format FORMAT    graphml (default) or dot",
            "  -i, --internal         keep only citations between cables that were read",
            "  -e, --ext EXT          read files ending in .EXT under folders (default txt; * for all)",
            "  -o, --output FILE      write the graph to FILE instead of standard output",
            "  -h, --help             show this help",
            "",
            "A one-line summary goes to standard error.",
            "Exit status: 0 done, 1 no cable file found or a file could not be written, 2 bad usage.");

    /** Output format. */
    enum Format { GRAPHML, DOT }

    /**
     * The parsed command line.
     *
     * @param inputs    folders and files to read
     * @param format    GraphML or DOT
     * @param internal  keep only citations between cables read
     * @param extension file extension read under folders, or {@code *}
     * @param output    the output file, or null for standard output
     */
    record Options(List<Path> inputs, Format format, boolean internal, String extension, Path output) {
    }

    /**
     * The graph and what went wrong while reading.
     *
     * @param graph      the graph
     * @param files      the number of files found
     * @param unreadable the files that could not be read, with the reason
     */
    record Scan(Graph graph, int files, List<String> unreadable) {
    }

    private CitationGraph() {
    }

    /**
     * Runs the program and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the program.
     *
     * @param args   the command line
     * @param stdout where the graph goes (without {@code --output})
     * @param stderr where the summary, warnings and errors go
     * @return the exit status: 0 done, 1 nothing to read or an I/O error, 2 bad usage
     */
    static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        Options options;
        try {
            options = parseArgs(args);
        } catch (IllegalArgumentException e) {
            stderr.println("citation-graph: " + e.getMessage());
            stderr.println("Try 'citation-graph --help'.");
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
            stderr.println("citation-graph: " + e.getMessage());
            return 1;
        }
        Scan scan = scan(source, options.internal(), CableParser.create());
        if (scan.files() == 0) {
            stderr.println("citation-graph: no ." + options.extension() + " file under " + options.inputs());
            return 1;
        }
        scan.unreadable().forEach(u -> stderr.println("citation-graph: cannot read " + u));
        scan.graph().duplicates().forEach(d -> stderr.println("citation-graph: skipped duplicate " + d));
        try {
            if (options.output() == null) {
                write(scan.graph(), options.format(), stdout);
            } else {
                try (OutputStream out = Files.newOutputStream(options.output())) {
                    write(scan.graph(), options.format(), out);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            stderr.println("citation-graph: cannot write " + options.output() + ": " + e.getMessage());
            return 1;
        }
        stderr.println(summary(scan));
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
     * builds the graph.
     *
     * @param source       the cables, in the order they become nodes
     * @param internalOnly keep only citations between the cables read
     * @param parser       the parser
     * @return the graph
     */
    static Scan scan(CableSource source, boolean internalOnly, CableParser parser) {
        Graph.Builder builder = new Graph.Builder();
        List<String> unreadable = new ArrayList<>();
        int[] files = {0};
        BatchParser.create(parser).forEach(source, o -> {
            files[0]++;
            if (o.status() == CableOutcome.Status.PARSED) {
                builder.add(o.origin().path().orElseThrow(), o.result().orElseThrow().cable());
            } else {
                unreadable.add(o.origin() + ": " + o.message().orElse("unreadable"));
            }
        });
        return new Scan(builder.build(internalOnly), files[0], unreadable);
    }

    /**
     * @param scan what was read
     * @return one line of counts
     */
    static String summary(Scan scan) {
        Graph g = scan.graph();
        List<Graph.Node> read = g.inSet();
        long fromFileName = read.stream().filter(Graph.Node::idFromFileName).count();
        return String.format(Locale.ROOT,
                "%d files, %d cables (%d ids from the file name), %d cited cables outside the set, "
                        + "%d citations (%d between cables read), %d REF items naming no cable",
                scan.files(), read.size(), fromFileName, g.nodes().size() - read.size(), g.edges().size(),
                g.internalEdges().size(), g.otherRefs());
    }

    private static void write(Graph graph, Format format, OutputStream stream) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        if (format == Format.DOT) {
            Dot.write(graph, out);
        } else {
            try {
                GraphMl.write(graph, out);
            } catch (XMLStreamException e) {
                throw new IOException(e.getMessage(), e);
            }
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
        Format format = Format.GRAPHML;
        boolean internal = false;
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
                case "-f", "--format" -> {
                    String v = value != null ? value : next(args, ++i, name);
                    try {
                        format = Format.valueOf(v.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(name + ": '" + v + "' is not one of graphml, dot");
                    }
                }
                case "-i", "--internal" -> internal = true;
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
        return new Options(List.copyOf(inputs), format, internal, extension, output);
    }

    private static String next(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}

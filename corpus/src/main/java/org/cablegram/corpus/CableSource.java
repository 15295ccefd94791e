package org.cablegram.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Where cables come from: a file, a folder walked in a stable order, standard input, or several
 * of these one after the other. Files are read by format ({@link Format}): raw telegram text,
 * WikiLeaks cable pages, PlusD pages, and the rows of {@code cables.csv}.
 *
 * <p>A source is a description: nothing is read until it is opened, by {@link #inputs()} or by
 * a {@link BatchParser}, and it can be opened again (except standard input, which is read once).
 * It never throws for a bad input: a missing file, a folder that cannot be listed, binary data,
 * a page without a telegram or a broken CSV row becomes a {@link CableInput} with an
 * {@link InputProblem}, in its place in the order, and the other inputs are still read. Every
 * input names its {@link Origin}. Immutable and thread-safe.
 *
 * <pre>{@code
 * try (Stream<CableInput> inputs = CableSource.folder(Path.of("cables")).inputs()) {
 *     inputs.forEach(in -> System.out.println(in.origin() + " " + in.text().map(String::length)));
 * }
 * }</pre>
 */
public final class CableSource {

    /** Most bytes read of one file; the parser's own limit on characters is far below. */
    private static final int MAX_FILE_BYTES = 64 << 20;

    private final Opener opener;

    private CableSource(Opener opener) {
        this.opener = opener;
    }

    /** Lists a source's parts when it is opened. */
    @FunctionalInterface
    interface Opener {
        void open(List<Part> parts);
    }

    /**
     * One file or stream of a source: one input, or the rows of a CSV file. Its inputs are read
     * later, possibly on another thread ({@link Pending#read()}).
     */
    interface Part {
        /** @return the part's inputs; a CSV file is opened here and closed when done or by {@code close} */
        Iterator<Pending> open();
    }

    /** An input not read yet. */
    interface Pending {
        /** @return the input, read now; never throws for a bad input */
        CableInput read();
    }

    // ---------------------------------------------------------------- factories

    /**
     * A file, read by its extension: {@code .html}/{@code .htm} as a WikiLeaks page (Cablegate,
     * or PlusD when it has the PlusD pane), {@code .csv} as {@code cables.csv}, anything else as
     * text.
     *
     * @param file the file
     * @return a source of its cable, or of its rows
     */
    public static CableSource file(Path file) {
        Objects.requireNonNull(file, "file");
        return new CableSource(parts -> parts.add(filePart(file, null)));
    }

    /**
     * A file, read in the format given whatever its name.
     *
     * @param file   the file
     * @param format how to read it
     * @return a source of its cable, or of its rows
     */
    public static CableSource file(Path file, Format format) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        return new CableSource(parts -> parts.add(filePart(file, format)));
    }

    /**
     * The files below a folder whose extension names a format (see {@link Format#byExtension}),
     * in the stable order of {@link CorpusFiles}.
     *
     * @param folder the folder
     * @return a source of their cables
     */
    public static CableSource folder(Path folder) {
        return folder(folder, null, p -> Format.byExtension(p).isPresent());
    }

    /**
     * The files below a folder with the extensions of one format (PlusD pages: {@code .html} and
     * {@code .htm}), in the stable order of {@link CorpusFiles}.
     *
     * @param folder the folder
     * @param format the format taken, and how its files are read
     * @return a source of their cables
     */
    public static CableSource folder(Path folder, Format format) {
        Objects.requireNonNull(format, "format");
        List<String> ext = format == Format.PLUSD_PAGE ? Format.CABLEGATE_PAGE.extensions() : format.extensions();
        return folder(folder, format, p -> ext.stream().anyMatch(e -> CorpusFiles.withExtension(e).test(p)));
    }

    /**
     * The files below a folder that a filter accepts, in the stable order of {@link CorpusFiles}.
     *
     * @param folder the folder
     * @param format how to read them, or null for by extension (text when none matches)
     * @param accept which files to take
     * @return a source of their cables
     */
    public static CableSource folder(Path folder, Format format, Predicate<? super Path> accept) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(accept, "accept");
        return new CableSource(parts -> walk(folder, format, accept, parts));
    }

    /**
     * Standard input ({@link System#in}), read once, named {@value Origin#STANDARD_INPUT}.
     *
     * @param format how to read it, or null to tell a page (text starting with {@code <}) from
     *               telegram text
     * @return a source of its cable, or of its rows
     */
    public static CableSource standardInput(Format format) {
        return stream(Origin.STANDARD_INPUT, System.in, format);
    }

    /**
     * A stream of bytes, such as standard input or a network download; read once, when the source
     * is opened, and closed after.
     *
     * @param name   the name its cables carry in their {@link Origin}
     * @param in     the bytes
     * @param format how to read it, or null to tell a page (text starting with {@code <}) from
     *               telegram text
     * @return a source of its cable, or of its rows
     */
    public static CableSource stream(String name, InputStream in, Format format) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(in, "in");
        return new CableSource(parts -> parts.add(streamPart(name, in, format)));
    }

    /**
     * Paths as a user names them on a command line: {@code -} is standard input, a folder is
     * walked ({@link #folder(Path)}, or only the files of {@code format}), a file is read whatever
     * its name (as {@code format}, else by extension, else as text), and a path that does not
     * exist is an {@link InputProblem.Kind#UNREADABLE} input in its place.
     *
     * @param args          the paths, in order
     * @param format        how to read every input, or null for by extension
     * @param standardInput what {@code -} reads
     * @return a source of their cables
     */
    public static CableSource arguments(List<String> args, Format format, InputStream standardInput) {
        List<String> copy = List.copyOf(args);
        Objects.requireNonNull(standardInput, "standardInput");
        return new CableSource(parts -> {
            for (String arg : copy) {
                if (arg.equals("-")) {
                    parts.add(streamPart(Origin.STANDARD_INPUT, standardInput, format));
                    continue;
                }
                Path p;
                try {
                    p = Path.of(arg);
                } catch (InvalidPathException e) {
                    parts.add(failedPart(new Origin(arg, Optional.empty(), OptionalLong.empty(),
                            format != null ? format : Format.TEXT), "invalid path: " + e.getReason()));
                    continue;
                }
                if (Files.isDirectory(p)) {
                    walk(p, format, format == null ? x -> Format.byExtension(x).isPresent()
                            : x -> Format.byExtension(x).map(f -> f == format || f.isPage() && format.isPage())
                                    .orElse(false), parts);
                } else if (Files.exists(p)) {
                    parts.add(filePart(p, format));
                } else {
                    parts.add(failedPart(Origin.of(p, format != null ? format : Format.byExtension(p).orElse(Format.TEXT)),
                            Files.isSymbolicLink(p) ? "broken symbolic link" : "no such file or directory"));
                }
            }
        });
    }

    /**
     * Texts already in memory, such as test data or the bodies of an archive.
     *
     * @param name  the name of the first text; later ones are {@code name#2}, {@code name#3}...
     *              as rows
     * @param texts telegram texts
     * @return a source of them, as {@link Format#TEXT}
     */
    public static CableSource texts(String name, List<String> texts) {
        List<String> copy = List.copyOf(texts);
        return new CableSource(parts -> {
            Origin base = new Origin(name, Optional.empty(), OptionalLong.empty(), Format.TEXT);
            for (int i = 0; i < copy.size(); i++) {
                Origin o = copy.size() == 1 ? base : base.atRow(i + 1);
                String text = copy.get(i);
                parts.add(() -> List.<Pending>of(() -> CableInput.of(o, text, null, List.of())).iterator());
            }
        });
    }

    /**
     * Files and folders given by a program: a folder is walked for the files {@code accept} takes
     * ({@link #folder(Path, Format, Predicate)}), a file is read whatever its name.
     *
     * @param inputs folders and files, in order
     * @param format how to read every file
     * @param accept the files of a folder to read
     * @return a source of their cables
     * @throws IllegalArgumentException when an input is neither a file nor a folder
     */
    public static CableSource paths(List<Path> inputs, Format format, Predicate<? super Path> accept) {
        List<CableSource> parts = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                parts.add(folder(input, format, accept));
            } else if (Files.isRegularFile(input)) {
                parts.add(file(input, format));
            } else {
                throw new IllegalArgumentException("no such file or directory: " + input);
            }
        }
        return concat(parts);
    }

    /**
     * Several sources, one after the other.
     *
     * @param sources the sources, in order
     * @return a source of all their cables
     */
    public static CableSource concat(List<CableSource> sources) {
        List<CableSource> copy = List.copyOf(sources);
        return new CableSource(parts -> copy.forEach(s -> s.opener.open(parts)));
    }

    // ---------------------------------------------------------------- reading

    /**
     * Opens the source and reads its inputs one at a time, in order, on the calling thread. The
     * stream holds at most one input (and one open file) at a time; close it to release a CSV
     * file read half-way.
     *
     * @return the inputs, in order
     */
    public Stream<CableInput> inputs() {
        Cursor cursor = open();
        Iterator<CableInput> it = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public CableInput next() {
                return cursor.next().read();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(cursor::close);
    }

    /** @return the source opened: its parts listed (folders walked), nothing read yet */
    Cursor open() {
        List<Part> parts = new ArrayList<>();
        opener.open(parts);
        return new Cursor(parts);
    }

    /** Goes through the parts' inputs in order; knows their number when no part is a CSV file. */
    static final class Cursor implements Iterator<Pending>, Closeable {
        private final Iterator<Part> parts;
        private final OptionalLong count;
        private Iterator<Pending> current = java.util.Collections.emptyIterator();

        Cursor(List<Part> parts) {
            this.parts = parts.iterator();
            this.count = parts.stream().anyMatch(p -> p instanceof RowsPart)
                    ? OptionalLong.empty() : OptionalLong.of(parts.size());
        }

        /** @return the number of inputs, when known in advance */
        OptionalLong count() {
            return count;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (!parts.hasNext()) {
                    return false;
                }
                current = parts.next().open();
            }
            return true;
        }

        @Override
        public Pending next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        @Override
        public void close() {
            if (current instanceof Closeable c) {
                try {
                    c.close();
                } catch (IOException e) {
                    // a source only reads: nothing is lost by a failed close
                }
            }
        }
    }

    /** A CSV file or stream: its rows are read one at a time, on the thread going through them. */
    private static final class RowsPart implements Part {
        private final Origin origin;
        private final InputOpener in;

        RowsPart(Origin origin, InputOpener in) {
            this.origin = origin;
            this.in = in;
        }

        @Override
        public Iterator<Pending> open() {
            InputStream stream;
            try {
                stream = in.open();
            } catch (IOException e) {
                CableInput failed = CableInput.failed(origin, InputProblem.Kind.UNREADABLE,
                        "cannot read: " + CorpusFiles.reason(e));
                return List.<Pending>of(() -> failed).iterator();
            }
            CsvRows rows = new CsvRows(origin, stream);
            return new RowIterator(rows);
        }
    }

    /** The rows of a CSV file as pending inputs that are already read. */
    private static final class RowIterator implements Iterator<Pending>, Closeable {
        private final CsvRows rows;

        RowIterator(CsvRows rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public Pending next() {
            CableInput input = rows.next();
            return () -> input;
        }

        @Override
        public void close() {
            rows.close();
        }
    }

    @FunctionalInterface
    private interface InputOpener {
        InputStream open() throws IOException;
    }

    private static Part failedPart(Origin origin, String message) {
        CableInput failed = CableInput.failed(origin, InputProblem.Kind.UNREADABLE, message);
        return () -> List.<Pending>of(() -> failed).iterator();
    }

    private static void walk(Path folder, Format format, Predicate<? super Path> accept, List<Part> parts) {
        CorpusFiles.walk(folder, accept, new HashSet<>(), new CorpusFiles.Visitor() {
            @Override
            public void file(Path file) {
                parts.add(filePart(file, format));
            }

            @Override
            public void failed(Path dir, IOException e) {
                parts.add(failedPart(Origin.of(dir, format != null ? format : Format.TEXT),
                        "cannot read directory: " + CorpusFiles.reason(e)));
            }
        });
    }

    /** @param format the format, or null for by extension */
    static Part filePart(Path file, Format format) {
        Format f = format != null ? format : Format.byExtension(file).orElse(Format.TEXT);
        Origin origin = Origin.of(file, f);
        if (f == Format.CABLES_CSV) {
            return new RowsPart(origin, () -> Files.newInputStream(file));
        }
        boolean sniff = format == null;
        return () -> List.<Pending>of(() -> {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_FILE_BYTES);
            } catch (IOException e) {
                return CableInput.failed(origin, InputProblem.Kind.UNREADABLE, "cannot read: " + CorpusFiles.reason(e));
            } catch (UncheckedIOException e) {
                return CableInput.failed(origin, InputProblem.Kind.UNREADABLE,
                        "cannot read: " + CorpusFiles.reason(e.getCause()));
            }
            return fromBytes(origin, bytes, sniff);
        }).iterator();
    }

    /** @param format the format, or null to tell a page from text by the first character */
    private static Part streamPart(String name, InputStream in, Format format) {
        Origin base = new Origin(name, Optional.empty(), OptionalLong.empty(), format != null ? format : Format.TEXT);
        if (format == Format.CABLES_CSV) {
            return new RowsPart(base, () -> in);
        }
        return () -> List.<Pending>of(() -> {
            byte[] bytes;
            try (in) {
                bytes = in.readNBytes(MAX_FILE_BYTES);
            } catch (IOException e) {
                return CableInput.failed(base, InputProblem.Kind.UNREADABLE, "cannot read: " + CorpusFiles.reason(e));
            }
            if (format == null && looksLikeMarkup(bytes)) {
                return fromBytes(new Origin(name, Optional.empty(), OptionalLong.empty(), Format.CABLEGATE_PAGE), bytes,
                        true);
            }
            return fromBytes(base, bytes, false);
        }).iterator();
    }

    private static boolean looksLikeMarkup(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '<') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    /** Decodes a file or stream of text or page format; binary data is refused. */
    private static CableInput fromBytes(Origin origin, byte[] bytes, boolean sniff) {
        if (Decoding.isBinary(bytes)) {
            return CableInput.failed(origin, InputProblem.Kind.BINARY, "binary file (NUL or control bytes), not a telegram");
        }
        String decoded = Decoding.decode(bytes);
        if (!origin.format().isPage()) {
            Decoding.Cleaned text = Decoding.clean(decoded);
            return CableInput.of(origin, text.text(), null, text.diagnostics());
        }
        Pages.Page page;
        try {
            page = Pages.read(decoded, origin.format(), sniff);
        } catch (Pages.NotAPage e) {
            return CableInput.failed(origin, InputProblem.Kind.NOT_A_CABLE_PAGE, e.getMessage());
        }
        Origin read = page.format() == origin.format() ? origin
                : new Origin(origin.name(), origin.path(), origin.row(), page.format());
        Decoding.Cleaned text = Decoding.clean(page.text());
        return CableInput.of(read, text.text(), null, text.diagnostics());
    }
}

package org.cablegram.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Lists the files below a folder in a stable order, the way every {@link CableSource} of a folder
 * does.
 *
 * <p>At each level the entries are taken in the order of their names ({@code String} order, so
 * the same on every machine and file system), and a subfolder is walked where its name sorts.
 * Hidden entries (a name starting with a dot) are skipped, symbolic links are followed, and a
 * link back to a folder being walked is not walked twice.
 */
public final class CorpusFiles {

    private CorpusFiles() {
    }

    /**
     * Lists the files below a folder that the filter accepts.
     *
     * @param folder the folder
     * @param accept which files to take (their path is the folder's, resolved)
     * @return the files, in walking order
     * @throws UncheckedIOException when the folder or a subfolder cannot be listed
     */
    public static List<Path> list(Path folder, Predicate<? super Path> accept) {
        List<Path> files = new ArrayList<>();
        walk(folder, accept, new HashSet<>(), new Visitor() {
            @Override
            public void file(Path file) {
                files.add(file);
            }

            @Override
            public void failed(Path dir, IOException e) {
                throw new UncheckedIOException(dir + ": cannot read directory: " + reason(e), e);
            }
        });
        return files;
    }

    /**
     * @param extension an extension such as {@code txt} or {@code .txt}, or {@code *} for any
     * @return a filter of files whose name ends with it, ignoring case
     */
    public static Predicate<Path> withExtension(String extension) {
        Objects.requireNonNull(extension, "extension");
        if (extension.equals("*")) {
            return p -> true;
        }
        String suffix = (extension.startsWith(".") ? extension : "." + extension).toLowerCase(java.util.Locale.ROOT);
        return p -> p.getFileName() != null
                && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(suffix);
    }

    /** Receives the walk's files and the folders it could not list, in order. */
    interface Visitor {
        void file(Path file);

        void failed(Path dir, IOException e);
    }

    static void walk(Path dir, Predicate<? super Path> accept, Set<Path> seen, Visitor visitor) {
        try {
            if (!seen.add(dir.toRealPath())) {
                return; // a symbolic link back to a folder on the way down
            }
        } catch (IOException e) {
            visitor.failed(dir, e);
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(entries::add);
        } catch (IOException e) {
            visitor.failed(dir, e);
            return;
        } catch (UncheckedIOException e) {
            visitor.failed(dir, e.getCause());
            return;
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path e : entries) {
            if (e.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(e)) {
                walk(e, accept, seen, visitor);
            } else if (accept.test(e)) {
                visitor.file(e);
            }
        }
    }

    /**
     * @param e an I/O failure
     * @return a short reason for users
     */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}

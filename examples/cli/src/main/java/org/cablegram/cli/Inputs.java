package org.cablegram.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands the command line's PATH arguments into the files to read, in a stable order.
 *
 * <p>A file named on the command line is always read: with the type forced by {@code --input},
 * else by its extension, else as text. A directory is walked recursively; at each level the
 * entries are taken in the order of their names (Java {@code String} order), and a
 * subdirectory is walked where its name sorts. Inside directories only files with a known
 * extension are taken ({@code .txt .html .htm .csv}, or only those of the {@code --input}
 * type), and hidden entries (a name starting with a dot) are skipped. Paths that are missing
 * or cannot be listed become failed entries in place, so that they are reported in order.
 */
final class Inputs {

    private Inputs() {
    }

    /**
     * @param args   the PATH arguments as given
     * @param forced the {@code --input} type, or null for detection by extension
     * @return the files in reading order, failed paths included
     */
    static List<InputFile> expand(List<String> args, InputType forced) {
        List<InputFile> out = new ArrayList<>();
        for (String arg : args) {
            Path p;
            try {
                p = Path.of(arg);
            } catch (InvalidPathException e) {
                out.add(InputFile.failed(null, arg, "invalid path: " + e.getReason()));
                continue;
            }
            if (Files.isDirectory(p)) {
                walk(p, forced, out, new HashSet<>());
            } else if (Files.exists(p)) {
                InputType t = forced != null ? forced : InputType.byExtension(p).orElse(InputType.text);
                out.add(InputFile.ok(p, t));
            } else {
                out.add(InputFile.failed(p, arg, Files.isSymbolicLink(p)
                        ? "broken symbolic link" : "no such file or directory"));
            }
        }
        return out;
    }

    private static void walk(Path dir, InputType forced, List<InputFile> out, Set<Path> seen) {
        try {
            if (!seen.add(dir.toRealPath())) {
                return; // a symbolic link loop
            }
        } catch (IOException e) {
            out.add(InputFile.failed(dir, dir.toString(), "cannot read directory: " + reason(e)));
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path e : ds) {
                entries.add(e);
            }
        } catch (IOException | SecurityException e) {
            out.add(InputFile.failed(dir, dir.toString(), "cannot read directory: " + reason(e)));
            return;
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path e : entries) {
            if (e.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(e)) {
                walk(e, forced, out, seen);
            } else {
                InputType t = InputType.byExtension(e).orElse(null);
                if (t != null && (forced == null || t == forced)) {
                    out.add(InputFile.ok(e, t));
                }
            }
        }
    }

    /**
     * @param e an I/O failure
     * @return a short, human reason for it
     */
    static String reason(Exception e) {
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

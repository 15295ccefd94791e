package org.cablegram.examples.tags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the cable files under the paths given on the command line. */
final class CableFiles {

    private CableFiles() {
    }

    /**
     * Lists the files to read: every regular file under each directory (recursively, hidden
     * files and folders skipped) whose name ends with {@code .ext}, and each path that is itself
     * a file, whatever its name. Files are returned in path order, so reports are stable.
     *
     * @param inputs    directories or files
     * @param extension file extension without the dot, or {@code *} for every file
     * @return the files, each once
     * @throws IllegalArgumentException when an input does not exist
     * @throws UncheckedIOException     when a directory cannot be listed
     */
    static List<Path> list(List<Path> inputs, String extension) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isRegularFile(input)) {
                files.add(input);
            } else if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    files.addAll(walk
                            .filter(p -> !isHidden(input.relativize(p)))
                            .filter(Files::isRegularFile)
                            .filter(p -> matches(p, extension))
                            .sorted()
                            .collect(Collectors.toList()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                throw new IllegalArgumentException("no such file or directory: " + input);
            }
        }
        return files.stream().distinct().collect(Collectors.toList());
    }

    private static boolean matches(Path file, String extension) {
        if (extension.equals("*")) {
            return true;
        }
        return file.getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith("." + extension.toLowerCase(Locale.ROOT));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

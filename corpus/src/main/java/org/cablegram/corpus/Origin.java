package org.cablegram.corpus;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a cable came from: a file (as named, or found below a folder named), a row of a CSV
 * file, or standard input; and in what format it was read.
 *
 * @param name   the input as shown to users: the path as given, or {@value #STANDARD_INPUT}
 * @param path   the file, when the input is one
 * @param row    the row of a {@code cables.csv} file, from 1 (the header row, if any, counts)
 * @param format how the input was read
 */
public record Origin(String name, Optional<Path> path, OptionalLong row, Format format) {

    /** The name of standard input. */
    public static final String STANDARD_INPUT = "<stdin>";

    /**
     * Checks the components.
     *
     * @param name   see {@link #name()}
     * @param path   see {@link #path()}
     * @param row    see {@link #row()}
     * @param format see {@link #format()}
     */
    public Origin {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(format, "format");
        if (row.isPresent() && row.getAsLong() < 1) {
            throw new IllegalArgumentException("rows count from 1: " + row.getAsLong());
        }
    }

    /**
     * @param file   the file
     * @param format how it is read
     * @return the origin of a whole file, named by its path
     */
    public static Origin of(Path file, Format format) {
        return new Origin(file.toString(), Optional.of(file), OptionalLong.empty(), format);
    }

    /**
     * @param row a row number, from 1
     * @return this origin narrowed to one row
     */
    public Origin atRow(long row) {
        return new Origin(name, path, OptionalLong.of(row), format);
    }

    /** @return whether the input is standard input */
    public boolean isStandardInput() {
        return path.isEmpty() && STANDARD_INPUT.equals(name);
    }

    /** @return {@code name}, or {@code name#row} for a row */
    @Override
    public String toString() {
        return row.isPresent() ? name + "#" + row.getAsLong() : name;
    }
}

package org.cablegram.cli;

import java.nio.file.Path;

/**
 * One file to read, or a path that could not be listed.
 *
 * @param path    the file
 * @param display the name shown in output: the path as given on the command line, or below a
 *                directory given on the command line
 * @param type    how to read it
 * @param error   why the path cannot be read (then {@code type} is null), or null
 */
record InputFile(Path path, String display, InputType type, String error) {

    static InputFile ok(Path path, InputType type) {
        return new InputFile(path, path.toString(), type, null);
    }

    static InputFile failed(Path path, String display, String error) {
        return new InputFile(path, display, null, error);
    }
}

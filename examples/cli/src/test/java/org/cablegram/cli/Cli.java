package org.cablegram.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Runs the tool in-process, as {@code java -jar cablegram.jar ARGS} would. */
final class Cli {

    /** The test resources (the working directory of the tests is the project directory). */
    static final Path RESOURCES = Path.of("src/test/resources");

    private Cli() {
    }

    /**
     * @param status exit status
     * @param out    standard output
     * @param err    standard error
     * @param bar    what the progress bar drew
     */
    record Result(int status, String out, String err, String bar) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n", -1)).subList(0, out.split("\n", -1).length - 1);
        }
    }

    static Result run(String... args) {
        return withInput(new byte[0], args);
    }

    /**
     * @param stdin what standard input holds
     * @param args  the command line
     * @return what the run gave
     */
    static Result withInput(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bar = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err),
                new PrintStream(bar, true, StandardCharsets.UTF_8), false);
        return new Result(status, out.toString(), err.toString(), bar.toString(StandardCharsets.UTF_8));
    }
}

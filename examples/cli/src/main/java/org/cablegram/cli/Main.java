package org.cablegram.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;

/** Entry point of {@code java -jar cablegram.jar}. */
public final class Main {

    /** Exit status: an exception escaped (a bug). */
    static final int INTERNAL_ERROR = 3;

    private Main() {
    }

    /**
     * Runs the tool and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int status = run(args, System.in, out, err, System.err, stderrIsTerminal());
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the tool; the entry point of the tests.
     *
     * @param args        the command line
     * @param in          standard input, read for the PATH {@code -}
     * @param out         standard output
     * @param err         standard error
     * @param progressOut where a progress bar is drawn
     * @param terminal    whether standard error is a terminal (then a progress bar is shown)
     * @return the exit status
     */
    static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, PrintStream progressOut,
                   boolean terminal) {
        CommandLine cl = new CommandLine(new Cablegram(in, progressOut, terminal));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // A usage error is one line and a hint, not the whole help.
        cl.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("cablegram: " + ex.getMessage());
            cmd.getErr().println(hint(cmd.getCommandSpec().qualifiedName()));
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("cablegram: internal error (please report it): " + ex);
            ex.printStackTrace(cmd.getErr());
            return INTERNAL_ERROR;
        });
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /**
     * @param command the command's name, such as {@code cablegram parse}
     * @return the line that points a user who made a usage error to the help
     */
    static String hint(String command) {
        return "Try '" + command + " --help' for more information.";
    }

    /**
     * Whether standard error is a terminal. On Java 17, {@code System.console()} is non-null
     * only when standard input and output are terminals, which is not the case in the usual
     * {@code cablegram parse ... > out.jsonl}; on Linux, /proc tells about standard error.
     */
    private static boolean stderrIsTerminal() {
        if (System.console() != null) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception | LinkageError e) {
            return false;
        }
    }
}

package org.cablegram.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: {@code cablegram parse|validate|stats|format}. */
@Command(name = "cablegram",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {ParseCommand.class, ValidateCommand.class, StatsCommand.class, FormatCommand.class,
            CommandLine.HelpCommand.class},
        description = "Reads US State Department telegrams (cables) with the cablegram library: as raw text, "
                + "WikiLeaks cable pages (.html, Cablegate or PlusD) or the Cablegate cables.csv.",
        footerHeading = "%nExit status:%n",
        footer = {
            "  0  success",
            "  1  validate: some cable has an ERROR diagnostic;",
            "     parse --strict: some cable was rejected",
            "  2  usage error, or some input could not be read",
            "     (the other inputs are still processed)",
            "  3  internal error"
        })
final class Cablegram implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final InputStream stdin;
    private final PrintStream progressOut;
    private final boolean terminal;

    Cablegram(InputStream stdin, PrintStream progressOut, boolean terminal) {
        this.stdin = stdin;
        this.progressOut = progressOut;
        this.terminal = terminal;
    }

    InputStream stdin() {
        return stdin;
    }

    PrintStream progressOut() {
        return progressOut;
    }

    boolean terminal() {
        return terminal;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("cablegram: missing command: parse, validate, stats or format");
        spec.commandLine().getErr().println(Main.hint("cablegram"));
        return CommandLine.ExitCode.USAGE;
    }
}

package org.cablegram.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: {@code cablegram parse|validate|stats}. */
@Command(name = "cablegram",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {ParseCommand.class, ValidateCommand.class, StatsCommand.class, FormatCommand.class,
            CommandLine.HelpCommand.class},
        description = "Reads US State Department telegrams (cables) with the cablegram library: as raw text, "
                + "WikiLeaks cable pages (.html) or the Cablegate cables.csv.",
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

    private final PrintStream progressOut;
    private final boolean terminal;

    Cablegram(PrintStream progressOut, boolean terminal) {
        this.progressOut = progressOut;
        this.terminal = terminal;
    }

    PrintStream progressOut() {
        return progressOut;
    }

    boolean terminal() {
        return terminal;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("cablegram: missing command: parse, validate or stats");
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}

package io.cxgate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cxgate state}: break-glass work on an environment's Terraform state (restore). */
@Command(name = "state", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = "Break-glass work on an environment's Terraform state.",
        subcommands = {StateRestoreCommand.class})
final class StateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try cxgate state restore --help");
    }
}

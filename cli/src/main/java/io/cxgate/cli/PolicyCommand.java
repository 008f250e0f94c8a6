package io.cxgate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cxgate policy}: the group of policy subcommands. */
@Command(name = "policy", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = "Work with policy files.",
        subcommands = {PolicyTestCommand.class})
final class PolicyCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand (test)");
    }
}

package io.cxgate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cxgate org}: org snapshots (export, diff). */
@Command(name = "org", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = "Export an org snapshot, or compare two.",
        subcommands = {OrgExportCommand.class, OrgDiffCommand.class})
final class OrgCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand (export, diff)");
    }
}

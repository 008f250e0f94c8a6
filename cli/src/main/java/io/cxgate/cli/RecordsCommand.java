package io.cxgate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cxgate records}: the records store itself (verify). */
@Command(name = "records", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = "Check the records store.",
        subcommands = {RecordsVerifyCommand.class})
final class RecordsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try cxgate records verify --help");
    }
}

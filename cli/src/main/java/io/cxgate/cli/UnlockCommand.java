package io.cxgate.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.cxgate.record.RecordsService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cxgate unlock}: releases an environment lock, whoever holds it, and records who did and why. */
@Command(name = "unlock", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = {"Release the environment's apply lock, live or stale, and append an audited unlock entry.",
                "Use it when an apply died and its lock has not expired yet; a running apply loses its lock."})
final class UnlockCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOptions config;
    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--env", required = true, paramLabel = "ENV", description = "Environment whose lock to release.")
    String env;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (recorded in the unlock entry).")
    String reason;

    @Option(names = "--by", paramLabel = "ID",
            description = "Who unlocks (default: the CI actor variable, else the OS user; see README \"Identity\").")
    String by;

    @Override
    public Integer call() {
        RecordsService.Unlocked unlocked = new RecordsService(Cxgate.environment(spec)).unlock(
                new RecordsService.StoreRequest(config.configFile(), Path.of(".")), env, reason, Optional.ofNullable(by));
        String released = unlocked.released().map(holder -> "released the lock of " + holder)
                .orElse("it was not locked");
        spec.commandLine().getErr().println("cxgate: unlocked " + env + " (" + released + "); recorded "
                + unlocked.entry().id() + " by " + unlocked.entry().identity() + ", records head "
                + unlocked.entry().headRef());
        spec.commandLine().getErr().flush();
        return ExitCodes.OK;
    }
}

package io.cxgate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.cxgate.apply.StateRestoreService;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.record.RecordsService.StoreRequest;
import io.cxgate.terraform.CommonsExecTerraformRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cxgate state restore}: push a deployment's pre-state snapshot back, under the lock, recorded. */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = {"Push the Terraform state recorded before deployment ID back into its environment's backend"
                + " (terraform state push -force), under the environment lock, after checking the snapshot's lineage"
                + " against the current state's; appends a state-restore entry.",
                "This changes what Terraform believes, NOT the org: objects the deployment created, changed or"
                        + " deleted stay as they are. Use it when a failed or interrupted apply left the state"
                        + " corrupted or unusable; to undo a deployment's changes in the org, use cxgate rollback.",
                "Exit 0 restored, 2 without --confirm or for an unknown deployment, 7 when the lock is held or the"
                        + " lineage differs."})
final class StateRestoreCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @ParentCommand
    StateCommand parent;

    @Mixin
    ConfigOptions config;
    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--deployment", required = true, paramLabel = "ID",
            description = "Deployment whose pre-state snapshot to push, e.g. prod-0007.")
    String deployment;

    @Option(names = "--confirm", description = "Required: you mean to overwrite the environment's Terraform state.")
    boolean confirm;

    @Option(names = "--by", paramLabel = "ID",
            description = "Who restores (default: the CI actor variable, else the OS user; see README \"Identity\").")
    String by;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        StateRestoreService.Outcome outcome = new StateRestoreService(Cxgate.environment(spec),
                binary -> new CommonsExecTerraformRunner(binary, err), ResourceCatalog.bundled(), line -> {
                    err.println(line);
                    err.flush();
                }).restore(new StoreRequest(config.configFile(), Path.of(".")), deployment, confirm,
                Optional.ofNullable(by));
        if (outcome instanceof StateRestoreService.Refused refused) {
            err.println("cxgate: " + refused.refusal().message());
            err.flush();
            return ExitCodes.forRefusal(refused.refusal().kind());
        }
        StateRestoreService.Restored restored = (StateRestoreService.Restored) outcome;
        err.println("cxgate: restored the state of " + restored.entry().environment() + " from before " + deployment
                + " (serial " + restored.restoredSerial().map(String::valueOf).orElse("?") + ", was "
                + restored.serialBefore().map(String::valueOf).orElse("?") + "); recorded " + restored.entry().id()
                + " by " + restored.entry().identity() + ", records head " + restored.entry().headRef());
        err.println("cxgate: the org was not changed; run cxgate plan --env " + restored.entry().environment()
                + " to see how it differs from the restored state");
        err.flush();
        return ExitCodes.OK;
    }
}

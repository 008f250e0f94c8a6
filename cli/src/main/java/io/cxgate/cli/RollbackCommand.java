package io.cxgate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.cxgate.ci.StepSummary;
import io.cxgate.files.DisplayPaths;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.report.Renderer;
import io.cxgate.report.Report;
import io.cxgate.rollback.LiveEditsSince;
import io.cxgate.rollback.RollbackOutcome;
import io.cxgate.rollback.RollbackRequest;
import io.cxgate.rollback.RollbackService;
import io.cxgate.terraform.CommonsExecTerraformRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cxgate rollback}: plan the configuration in place before a deployment, as a bundle for the gate. */
@Command(name = "rollback", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = {"Plan the configuration that was live before deployment ID (the configuration archive of the"
                + " last succeeded apply in its environment before ID, with its var files, backend config and flow"
                + " files) against today's state, with the environment's own terraform data directory and"
                + " credentials, and write an ordinary bundle (bundle.json: rollbackOf; CEL plan.rollback is true).",
                "The bundle goes through cxgate approve and cxgate apply like any other. The report names every"
                        + " later deployment the rollback also undoes.",
                "Exit 0 allowed, 3 approvals required, 4 denied: each after writing a complete bundle; 2 for an"
                        + " unknown deployment or one with no succeeded deployment before it."})
final class RollbackCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @ParentCommand
    Cxgate root;

    @Mixin
    ConfigOptions config;
    @Mixin
    FormatOptions format;
    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--deployment", required = true, paramLabel = "ID",
            description = "Deployment to roll back, e.g. prod-0007 (cxgate history lists them).")
    String deployment;

    @Option(names = "--out", paramLabel = "BUNDLE_DIR",
            description = "Bundle directory to create (default: .cxgate/bundles/<env>-<UTC timestamp>); must not exist.")
    Path out;

    @Override
    public Integer call() {
        Renderer<Report> renderer = format.renderer();
        PrintWriter err = spec.commandLine().getErr();
        RollbackOutcome outcome = new RollbackService(root.environment(),
                binary -> new CommonsExecTerraformRunner(binary, err), Clock.systemUTC(), ResourceCatalog.bundled(),
                verbosity.progress(err), new LiveEditsSince(Optional.empty()))
                .rollback(new RollbackRequest(deployment, config.configFile(), Path.of("."), Optional.ofNullable(out)));
        err.println("cxgate: rollback of " + outcome.rolledBack().id() + " restores the configuration of "
                + outcome.restored().id() + " (commit " + outcome.restored().gitCommit() + "); it undoes "
                + String.join(", ", outcome.undoes().stream().map(RollbackOutcome.Undone::describe).toList()));
        err.println("cxgate: bundle " + DisplayPaths.relativeToCurrentDir(outcome.plan().bundleDir())
                + " written (bundle digest " + outcome.plan().bundleDigest() + ")");
        err.flush();
        format.print(outcome.plan().report(), renderer, spec.commandLine().getOut());
        StepSummary.append(root.environment(), outcome.plan().report(), err);
        return ExitCodes.forDecision(outcome.plan().report().decision());
    }
}

package io.cxgate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.cxgate.ci.StepSummary;
import io.cxgate.files.DisplayPaths;
import io.cxgate.policy.ClockPin;
import io.cxgate.report.Renderer;
import io.cxgate.report.Report;
import io.cxgate.planning.PlanOutcome;
import io.cxgate.planning.PlanRequest;
import io.cxgate.planning.PlanService;
import io.cxgate.terraform.CommonsExecTerraformRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cxgate plan}: run terraform for one environment, check the plan, write a bundle. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = {"Run terraform init/plan/state pull/show for an environment, check the plan as `cxgate check`"
                + " does, and write a bundle directory (planfile, plan JSON, terraform log, reports, bundle.json).",
                "Exit 0 allowed, 3 approvals required, 4 denied: each after writing a complete bundle."})
final class PlanCommand implements Callable<Integer> {
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

    @Option(names = "--env", required = true, paramLabel = "ENV", description = "Environment to plan.")
    String env;

    @Option(names = "--out", paramLabel = "BUNDLE_DIR",
            description = "Bundle directory to create (default: .cxgate/bundles/<env>-<UTC timestamp>); must not exist.")
    Path out;

    @Option(names = "--api-base-url", paramLabel = "URL", description = "Platform API base URL (gateways, tests).")
    String apiBaseUrl;

    @Option(names = "--now", paramLabel = "TIME", description = "Pin the policy clock: " + ClockPin.FORMS + ".")
    ClockPin now;

    @Mixin
    SimulationMixin simulation;

    @Override
    public Integer call() {
        Renderer<Report> renderer = format.renderer();
        PrintWriter err = spec.commandLine().getErr();
        PlanService service = new PlanService(root.environment(),
                binary -> new CommonsExecTerraformRunner(binary, err), Clock.systemUTC())
                .withProgress(verbosity.progress(err));
        PlanOutcome outcome = service.plan(new PlanRequest(env, config.configFile(), Path.of("."),
                Optional.ofNullable(out), simulation.choice(), Optional.ofNullable(apiBaseUrl),
                Optional.ofNullable(now)));
        err.println("cxgate: bundle " + DisplayPaths.relativeToCurrentDir(outcome.bundleDir())
                + " written (bundle digest " + outcome.bundleDigest() + ")");
        err.flush();
        format.print(outcome.report(), renderer, spec.commandLine().getOut());
        StepSummary.append(root.environment(), outcome.report(), err);
        return ExitCodes.forDecision(outcome.report().decision());
    }

}

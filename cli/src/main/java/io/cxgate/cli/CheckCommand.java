package io.cxgate.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.cxgate.check.CheckRequest;
import io.cxgate.ci.StepSummary;
import io.cxgate.check.CheckService;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.policy.ClockPin;
import io.cxgate.report.Renderer;
import io.cxgate.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cxgate check}: summarise a plan JSON, check it against the live org and the policies. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = "Check a terraform show -json plan: redacted summary, live-org findings, policy decision.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOptions config;
    @Mixin
    OutputOptions output;
    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--plan", required = true, paramLabel = "PLAN.json",
            description = "Output of `terraform show -json PLANFILE`.")
    Path plan;

    @Option(names = "--env", required = true, paramLabel = "ENV", description = "Target environment.")
    String env;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Terraform root module, for flow files (default: the config's terraform.dir, else .).")
    Path dir;

    @Option(names = "--policies", paramLabel = "DIR", description = "Policies directory (overrides the config).")
    Path policies;

    @Option(names = "--api-base-url", paramLabel = "URL", description = "Platform API base URL (gateways, tests).")
    String apiBaseUrl;

    @Option(names = "--now", paramLabel = "TIME", description = "Pin the policy clock: " + ClockPin.FORMS + ".")
    ClockPin now;

    @Mixin
    SimulationMixin simulation;

    @Override
    public Integer call() {
        Renderer<Report> renderer = output.renderer();
        CheckRequest request = new CheckRequest(plan, env, config.configFile(), Path.of("."),
                Optional.ofNullable(dir), Optional.ofNullable(policies),
                simulation.choice(),
                Optional.ofNullable(apiBaseUrl), Optional.ofNullable(now));
        Report report = new CheckService(ResourceCatalog.bundled(), Cxgate.environment(spec))
                .withProgress(verbosity.progress(spec.commandLine().getErr())).check(request);
        output.print(report, renderer, spec.commandLine().getOut());
        StepSummary.append(Cxgate.environment(spec), report, spec.commandLine().getErr());
        return ExitCodes.forDecision(report.decision());
    }
}

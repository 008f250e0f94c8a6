package io.cxgate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.cxgate.check.SimulationChoice;
import io.cxgate.ci.StepSummary;
import io.cxgate.drift.DriftOutcome;
import io.cxgate.drift.DriftRequest;
import io.cxgate.policy.ClockPin;
import io.cxgate.drift.DriftService;
import io.cxgate.report.Renderer;
import io.cxgate.terraform.CommonsExecTerraformRunner;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cxgate drift}: a refresh-only plan of an environment, checked, attributed and recorded. */
@Command(name = "drift", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = {"Run terraform init and plan -refresh-only for an environment and report every object changed"
                + " outside Terraform: attribute-level before/after, who changed it (audit trail, with --live or"
                + " simulation: live), unmanaged look-alikes, and the policies' decision. Appends a drift-check entry"
                + " to the records store.",
                "Exit 0 no drift, 5 drift found (whatever the policies decide), 1 or 2 on failures."})
final class DriftCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @ParentCommand
    Cxgate root;

    @Mixin
    ConfigOptions config;
    @Mixin
    OutputOptions output;
    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--env", required = true, paramLabel = "ENV", description = "Environment to check for drift.")
    String env;

    @Option(names = "--api-base-url", paramLabel = "URL", description = "Platform API base URL (gateways, tests).")
    String apiBaseUrl;

    @Option(names = "--now", paramLabel = "TIME", description = "Pin the policy clock: " + ClockPin.FORMS + ".")
    ClockPin now;

    @ArgGroup(exclusive = true)
    Simulation simulation;

    /**
     * Where the org is read from; the environment's {@code simulation} when none is given. Not
     * {@link SimulationMixin}: these options' descriptions (read, audit trail) differ from check's and plan's.
     */
    static final class Simulation {
        @Option(names = "--org", paramLabel = "SNAPSHOT.json",
                description = "Read the org from a snapshot (modifiedBy/dateModified only; no audit trail).")
        Path org;
        @Option(names = "--live", description = "Read the live org and its audit trail (Platform API).")
        boolean live;
        @Option(names = "--no-simulation", description = "Do not read the org, whatever the config says.")
        boolean none;

        SimulationChoice choice() {
            return SimulationOptions.choice(org, live);
        }
    }

    @Override
    public Integer call() {
        Renderer renderer = output.renderer();
        PrintWriter err = spec.commandLine().getErr();
        DriftService service = new DriftService(root.environment(),
                binary -> new CommonsExecTerraformRunner(binary, err), Clock.systemUTC());
        DriftOutcome outcome = service.drift(new DriftRequest(env, config.configFile(), Path.of("."),
                simulation == null ? SimulationChoice.fromConfig() : simulation.choice(), Optional.ofNullable(apiBaseUrl), Optional.ofNullable(now)));
        err.println("cxgate: " + (outcome.drifted() ? outcome.report().drift().size() + " object(s) drifted" : "no drift")
                + " in " + env + "; recorded " + outcome.entry().id() + " in " + outcome.store()
                + " (head " + outcome.entry().headRef() + ")");
        err.flush();
        output.print(outcome.report(), renderer, spec.commandLine().getOut());
        StepSummary.append(root.environment(), outcome.report(), err);
        return outcome.drifted() ? ExitCodes.DRIFT : ExitCodes.OK;
    }
}

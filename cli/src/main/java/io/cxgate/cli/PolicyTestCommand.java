package io.cxgate.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.cxgate.policy.ClockPin;
import io.cxgate.policytest.PolicyTestReport;
import io.cxgate.policytest.PolicyTestRequest;
import io.cxgate.policytest.PolicyTestService;
import io.cxgate.report.Renderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cxgate policy test [DIR]}: run the PolicyTest cases of a policies directory. */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = {"Run the PolicyTest cases of a policies directory against its rules and waivers.",
                "Exit 0 when every case passes, 6 when any fails, 2 for a broken file."})
final class PolicyTestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOptions config;
    @Mixin
    OutputOptions output;
    @Mixin
    VerbosityOptions verbosity;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Policies directory (default: the config's policies:, else ./policies).")
    Path dir;

    @Option(names = "--now", paramLabel = "TIME",
            description = "Clock for cases without now: (default: the system clock): " + ClockPin.FORMS + ".")
    ClockPin now;

    @Override
    public Integer call() {
        Renderer<PolicyTestReport> renderer = output.renderer(PolicyTestReport.RENDERERS);
        PolicyTestReport report = new PolicyTestService().run(new PolicyTestRequest(Optional.ofNullable(dir),
                config.configFile(), Path.of("."), Optional.ofNullable(now)));
        output.print(report, renderer, spec.commandLine().getOut());
        return report.passed() ? ExitCodes.OK : ExitCodes.POLICY_TESTS_FAILED;
    }
}

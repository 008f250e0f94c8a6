package io.cxgate.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.cxgate.history.History;
import io.cxgate.history.HistoryService;
import io.cxgate.record.RecordsService.StoreRequest;
import io.cxgate.report.Renderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cxgate history}: recorded deployments (or drift checks), newest first. */
@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = {"List recorded deployments newest first: result (succeeded, failed, interrupted, running),"
                + " who planned, approved and applied, changes by action, artifact digest and git commit.",
                "With --drift, list the recorded drift checks instead. Reads the records store, changes nothing."})
final class HistoryCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOptions config;
    @Mixin
    FormatOptions format;
    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--env", paramLabel = "ENV", description = "Only this environment (default: all).")
    String env;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most N entries (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--drift", description = "List drift checks instead of deployments.")
    boolean drift;

    @Override
    public Integer call() {
        Renderer<History> renderer = format.renderer(History.RENDERERS);
        HistoryService service = HistoryService.standard(Cxgate.environment(spec));
        StoreRequest request = new StoreRequest(config.configFile(), Path.of("."));
        History history = drift
                ? new History.DriftChecks(service.driftChecks(request, Optional.ofNullable(env), limit))
                : new History.Deployments(service.deployments(request, Optional.ofNullable(env), limit));
        format.print(history, renderer, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}

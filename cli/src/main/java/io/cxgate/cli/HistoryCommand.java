package io.cxgate.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.cxgate.history.HistoryRenderer;
import io.cxgate.history.HistoryService;
import io.cxgate.record.RecordsService.StoreRequest;
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
    /** The formats {@code history} prints. */
    enum HistoryFormat { text, markdown, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOptions config;
    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--env", paramLabel = "ENV", description = "Only this environment (default: all).")
    String env;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most N entries (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--drift", description = "List drift checks instead of deployments.")
    boolean drift;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    HistoryFormat format;

    @Override
    public Integer call() {
        HistoryService service = HistoryService.standard(Cxgate.environment(spec));
        StoreRequest request = new StoreRequest(config.configFile(), Path.of("."));
        HistoryRenderer renderer = HistoryRenderer.valueOf(format.name().toUpperCase(java.util.Locale.ROOT));
        try {
            if (drift) {
                renderer.driftChecks(service.driftChecks(request, Optional.ofNullable(env), limit),
                        spec.commandLine().getOut());
            } else {
                renderer.deployments(service.deployments(request, Optional.ofNullable(env), limit),
                        spec.commandLine().getOut());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCodes.OK;
    }
}

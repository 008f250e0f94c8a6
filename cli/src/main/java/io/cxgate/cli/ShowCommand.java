package io.cxgate.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.cxgate.history.HistoryService;
import io.cxgate.history.ShowRenderer;
import io.cxgate.record.RecordsService.StoreRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cxgate show ID}: one recorded deployment in full. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = {"Show one recorded deployment: its redacted report, approvals, digests, timings, result,"
                + " terraform's last error line when it failed, and its place in the records chain.",
                "--objects adds the redacted live copies of the touched objects from before the deployment."
                        + " Never prints a state snapshot."})
final class ShowCommand implements Callable<Integer> {
    /** The formats {@code show} prints. */
    enum ShowFormat { text, markdown, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOptions config;
    @Mixin
    VerbosityOptions verbosity;

    @Parameters(index = "0", paramLabel = "ID", description = "Deployment id, e.g. prod-0007 (see cxgate history).")
    String id;

    @Option(names = "--objects", description = "Add what each touched object looked like before (redacted).")
    boolean objects;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ShowFormat format;

    @Override
    public Integer call() {
        HistoryService.Shown shown = HistoryService.standard(Cxgate.environment(spec))
                .show(new StoreRequest(config.configFile(), Path.of(".")), id, objects);
        try {
            ShowRenderer.valueOf(format.name().toUpperCase(java.util.Locale.ROOT))
                    .render(shown, objects, spec.commandLine().getOut());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCodes.OK;
    }
}

package io.cxgate.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.cxgate.history.HistoryService;
import io.cxgate.history.Shown;
import io.cxgate.record.RecordsService.StoreRequest;
import io.cxgate.report.Renderer;
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
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOptions config;
    @Mixin
    FormatOptions format;
    @Mixin
    VerbosityOptions verbosity;

    @Parameters(index = "0", paramLabel = "ID", description = "Deployment id, e.g. prod-0007 (see cxgate history).")
    String id;

    @Option(names = "--objects", description = "Add what each touched object looked like before (redacted).")
    boolean objects;

    @Override
    public Integer call() {
        Renderer<Shown> renderer = format.renderer(Shown.RENDERERS);
        Shown shown = HistoryService.standard(Cxgate.environment(spec))
                .show(new StoreRequest(config.configFile(), Path.of(".")), id, objects);
        format.print(shown, renderer, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}

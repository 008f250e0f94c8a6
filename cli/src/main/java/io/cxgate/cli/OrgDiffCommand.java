package io.cxgate.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.org.OrgDiff;
import io.cxgate.org.OrgDiffService;
import io.cxgate.org.OrgExportService;
import io.cxgate.report.Renderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cxgate org diff A B}: objects added, removed, renamed and changed, by type. Exit 0 when it compared. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = {"Compare two orgs: objects added, removed, renamed and changed, by type.",
                "Each side is a snapshot file (cxgate org export) or env:NAME, that environment's live org read now"
                        + " through its own credentials in cxgate.yaml (else GENESYSCLOUD_OAUTHCLIENT_ID / _SECRET /"
                        + " GENESYSCLOUD_REGION).",
                "With a config, names its mappings say are the same object count as unchanged."})
final class OrgDiffCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOptions config;
    @Mixin
    OutputOptions output;
    @Mixin
    VerbosityOptions verbosity;

    @Parameters(index = "0", paramLabel = "A", description = "The first org: a snapshot file, or env:NAME (live).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The second org: a snapshot file, or env:NAME (live).")
    String b;

    @Option(names = "--env", paramLabel = "ENV", description = "Environment whose mappings apply (default: those of"
            + " the env: sides, else of every environment).")
    String env;

    @Override
    public Integer call() {
        Renderer<OrgDiff> renderer = output.renderer(OrgDiff.RENDERERS);
        OrgExportService live = new OrgExportService(Cxgate.environment(spec), Clock.systemUTC(),
                verbosity.progress(spec.commandLine().getErr()));
        OrgDiff diff = new OrgDiffService(ResourceCatalog.bundled(), live).diff(new OrgDiffService.Request(a, b,
                config.configFile(), Path.of("."), Optional.ofNullable(env)));
        output.print(diff, renderer, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}

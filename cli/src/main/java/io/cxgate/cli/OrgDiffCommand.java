package io.cxgate.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.org.OrgDiff;
import io.cxgate.org.OrgDiffService;
import io.cxgate.report.Renderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cxgate org diff A.json B.json}: objects added, removed and renamed, by type. Always exit 0. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = {"Compare two org snapshots: objects added, removed and renamed, by type.",
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

    @Parameters(index = "0", paramLabel = "A.json", description = "The first snapshot.")
    Path a;

    @Parameters(index = "1", paramLabel = "B.json", description = "The second snapshot.")
    Path b;

    @Option(names = "--env", paramLabel = "ENV",
            description = "Environment whose mappings apply (default: the mappings of every environment).")
    String env;

    @Override
    public Integer call() {
        Renderer<OrgDiff> renderer = output.renderer(OrgDiff.RENDERERS);
        OrgDiff diff = new OrgDiffService(ResourceCatalog.bundled()).diff(new OrgDiffService.Request(a, b,
                config.configFile(), Path.of("."), Optional.ofNullable(env)));
        output.print(diff, renderer, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}

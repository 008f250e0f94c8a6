package io.cxgate.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.cxgate.org.OrgExportService;
import io.cxgate.org.OrgExportService.Result;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cxgate org export}: the environment's org, through the Platform API, into a snapshot file. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = {"Export the environment's org (Platform API) into a snapshot that --org reads.",
                "Credentials: the environment's credentials variables in cxgate.yaml, else"
                        + " GENESYSCLOUD_OAUTHCLIENT_ID / _SECRET / GENESYSCLOUD_REGION."})
final class OrgExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOptions config;
    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--env", required = true, paramLabel = "ENV", description = "Environment whose org to export.")
    String env;

    @Option(names = "--types", split = ",", paramLabel = "TYPE",
            description = "Resource types to export, e.g. routing_queue,flow (default: every type cxgate lists).")
    List<String> types = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Write the snapshot to FILE instead of stdout.")
    Path out;

    @Option(names = "--api-base-url", paramLabel = "URL", description = "Platform API base URL (gateways, tests).")
    String apiBaseUrl;

    @Override
    public Integer call() {
        Result result = new OrgExportService(Cxgate.environment(spec), Clock.systemUTC(),
                verbosity.progress(spec.commandLine().getErr())).export(
                new OrgExportService.Request(env, config.configFile(), Path.of("."), types,
                        Optional.ofNullable(apiBaseUrl)));
        if (out == null) {
            spec.commandLine().getOut().print(result.snapshot().toJson());
            spec.commandLine().getOut().flush();
        } else {
            result.snapshot().write(out);
        }
        spec.commandLine().getErr().println("cxgate: exported " + result.snapshot().objects().size() + " objects of "
                + result.snapshot().types().size() + " types and " + result.snapshot().dependencies().size()
                + " flow dependencies in " + result.requests() + " API requests" + (out == null ? "" : " to " + out));
        spec.commandLine().getErr().flush();
        return ExitCodes.OK;
    }
}

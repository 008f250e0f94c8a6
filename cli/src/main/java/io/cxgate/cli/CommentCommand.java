package io.cxgate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import io.cxgate.ci.CommentOutcome;
import io.cxgate.ci.CommentService;
import io.cxgate.ci.Platform;
import io.cxgate.genesys.api.Sleeper;
import io.cxgate.report.ReportReader;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cxgate comment}: create or update the environment's one comment on the current merge request. */
@Command(name = "comment", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = {"Create or update one comment per environment on the current merge request from a report JSON"
                + " (e.g. a bundle's report.json), found again by a hidden marker in a comment cxgate itself wrote.",
                "Reads the platform's CI variables; outside a merge request it prints a notice and exits 0."})
final class CommentCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--report", required = true, paramLabel = "report.json",
            description = "Report JSON written by check --format json or inside a plan bundle.")
    Path report;

    @Option(names = "--env", paramLabel = "ENV", description = "Environment the comment is for (default: the report's).")
    String env;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--github", required = true, description = "GitHub Actions: a pull-request comment.")
        boolean github;
        @Option(names = "--gitlab", required = true, description = "GitLab CI: a merge-request note.")
        boolean gitlab;
        @Option(names = "--azure-devops", required = true, description = "Azure Pipelines: a pull-request thread.")
        boolean azure;

        Platform platform() {
            return github ? Platform.GITHUB : gitlab ? Platform.GITLAB : Platform.AZURE_DEVOPS;
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Consumer<String> log = line -> {
            err.println("cxgate: " + line);
            err.flush();
        };
        CommentOutcome outcome = new CommentService(Cxgate.environment(spec), Sleeper.system(), log)
                .comment(ReportReader.read(report), target.platform(), Optional.ofNullable(env));
        spec.commandLine().getOut().println(outcome.line());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

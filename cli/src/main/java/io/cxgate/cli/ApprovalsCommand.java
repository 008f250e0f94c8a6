package io.cxgate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.cxgate.approval.ApprovalsRenderer;
import io.cxgate.approval.ApprovalsService;
import io.cxgate.report.Renderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code cxgate approvals}: what a bundle's decision requires, what is given, what is missing. */
@Command(name = "approvals", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = {"Show the approvals a bundle needs (its decision evaluated as cxgate apply does), who gave them"
                + " and when, and what is missing.",
                "Exit 0 when satisfied, 3 when approvals are missing, 4 when denied, 7 when the bundle was altered."})
final class ApprovalsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @ParentCommand
    Cxgate root;

    @Mixin
    ConfigOptions config;
    @Mixin
    VerbosityOptions verbosity;

    @Mixin
    BundleOptions bundle;

    @Mixin
    FormatOptions format;

    @Override
    public Integer call() {
        Renderer<ApprovalsService.Status> renderer = format.renderer(ApprovalsRenderer.RENDERERS);
        ApprovalsService.Outcome outcome = ApprovalsService.standard(root.environment())
                .approvals(bundle.bundle(), config.configFile(), Path.of("."));
        if (outcome instanceof ApprovalsService.Refused refused) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("cxgate: " + refused.refusal().message());
            err.flush();
            return ExitCodes.forRefusal(refused.refusal().kind());
        }
        ApprovalsService.Status status = (ApprovalsService.Status) outcome;
        format.print(status, renderer, spec.commandLine().getOut());
        return status.status().denied() ? ExitCodes.DENIED
                : status.status().satisfied() ? ExitCodes.OK : ExitCodes.APPROVAL_REQUIRED;
    }
}

package io.cxgate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.cxgate.approval.ApproveOutcome;
import io.cxgate.approval.ApproveRequest;
import io.cxgate.approval.ApproveService;
import io.cxgate.files.Digests;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cxgate approve}: record one approval of a bundle, bound to its digest and environment. */
@Command(name = "approve", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = {"Approve a bundle for the group its decision requires: appends an approval entry (bundle digest,"
                + " environment, identity, group, comment) to the records store.",
                "Refused: an altered or applied bundle (7), a denied one (4), an identity not in the group or the"
                + " bundle's own author (2). Identity: --by, else the CI actor variable, else the OS user."})
final class ApproveCommand implements Callable<Integer> {
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

    @Option(names = "--group", paramLabel = "GROUP",
            description = "Approver group to approve as (needed when you are in several groups the bundle needs).")
    String group;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Why you approve (recorded with the approval).")
    String comment;

    @Option(names = "--by", paramLabel = "ID",
            description = "Who approves; inside CI it must match the platform's actor variable when one is set.")
    String by;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ApproveOutcome outcome = ApproveService.standard(root.environment()).approve(new ApproveRequest(bundle.bundle(),
                config.configFile(), Path.of("."), Optional.ofNullable(group), Optional.ofNullable(comment),
                Optional.ofNullable(by)));
        int code = switch (outcome.kind()) {
            case RECORDED -> {
                ApproveOutcome.Recorded r = (ApproveOutcome.Recorded) outcome;
                err.println("cxgate: " + r.entry().id() + ": " + r.entry().identity() + " approved bundle "
                        + Digests.brief(r.entry().bodyText("bundleDigest").orElse("")) + " for "
                        + r.entry().environment() + " as " + r.group() + "; "
                        + (r.status().satisfied() ? "all required approvals are given"
                                : "still missing: " + r.status().missingText())
                        + " (chain head " + r.entry().headRef() + ")");
                yield ExitCodes.OK;
            }
            case ALREADY_GIVEN -> {
                ApproveOutcome.AlreadyGiven a = (ApproveOutcome.AlreadyGiven) outcome;
                err.println("cxgate: " + a.earlier().identity() + " approved this bundle as " + a.earlier().group()
                        + " already (" + a.earlier().entryId() + " at " + a.earlier().at()
                        + "); one vote per identity and group, nothing appended");
                yield ExitCodes.OK;
            }
            case REFUSED -> {
                ApproveOutcome.Refused r = (ApproveOutcome.Refused) outcome;
                err.println("cxgate: " + r.refusal().message());
                yield ExitCodes.forRefusal(r.refusal().kind());
            }
        };
        err.flush();
        return code;
    }
}

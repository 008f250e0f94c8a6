package io.cxgate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.cxgate.apply.ApplyRequest;
import io.cxgate.apply.ApplyResult;
import io.cxgate.apply.ApplyService;
import io.cxgate.gate.StoreFactory;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.record.Lock;
import io.cxgate.terraform.CommonsExecTerraformRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cxgate apply}: apply exactly the approved bundle, under the environment lock, and record it. */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = {"Apply a bundle's planfile with terraform after five checks, in order: bundle integrity (7),"
                + " decision and approvals (4, 3), promotion (7), environment lock (7), stale state (7).",
                "Records apply-started (with the pre-state snapshot and configuration archive) and apply-finished;"
                + " prints the deployment id and chain head on stderr. Exit 0 applied, 1 terraform failed."})
final class ApplyCommand implements Callable<Integer> {
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

    @Option(names = "--by", paramLabel = "ID",
            description = "Who applies; inside CI it must match the platform's actor variable when one is set.")
    String by;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ApplyService service = new ApplyService(root.environment(), binary -> new CommonsExecTerraformRunner(binary, err),
                Clock.systemUTC(), ResourceCatalog.bundled(), StoreFactory.standard(root.environment()),
                line -> {
                    err.println(line);
                    err.flush();
                }, Lock.RENEW_EVERY);
        ApplyResult result = service.apply(new ApplyRequest(bundle.bundle(), config.configFile(), Path.of("."),
                Optional.ofNullable(by)));
        switch (result.kind()) {
            case APPLIED -> {
                ApplyResult.Applied a = (ApplyResult.Applied) result;
                err.println("cxgate: " + a.deploymentId() + " applied" + a.newSerial().map(s -> " (state serial " + s + ")")
                        .orElse("") + "; chain head " + a.head());
            }
            case FAILED -> {
                ApplyResult.Failed f = (ApplyResult.Failed) result;
                err.println("cxgate: " + f.deploymentId() + " failed: " + f.error() + "; chain head " + f.head());
            }
            case REFUSED -> err.println("cxgate: " + ((ApplyResult.Refused) result).refusal().message());
        }
        err.flush();
        return ExitCodes.forApply(result);
    }
}

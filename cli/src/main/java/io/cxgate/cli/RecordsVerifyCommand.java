package io.cxgate.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.cxgate.record.RecordsService;
import io.cxgate.record.VerifyResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cxgate records verify}: walks the hash chain and every blob it names. */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = Cxgate.VersionProvider.class,
        description = {"Walk the records chain: every entry's hash, link and MAC (with records.signingKeyEnv),"
                + " and every blob an entry names.",
                "Exit 0 printing the count and head; exit 1 naming the first entry that was edited, removed,"
                        + " reordered, badly signed, or refers to a missing or altered blob."})
final class RecordsVerifyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOptions config;
    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--head", paramLabel = "sha256:HASH",
            description = "A head printed earlier (CI log, merge-request comment): it must still be in the chain.")
    String head;

    @Override
    public Integer call() {
        RecordsService.Verification verification = new RecordsService(Cxgate.environment(spec))
                .verify(new RecordsService.StoreRequest(config.configFile(), Path.of(".")), Optional.ofNullable(head));
        VerifyResult result = verification.result();
        if (result instanceof VerifyResult.Intact intact) {
            spec.commandLine().getOut().println("records intact: " + intact.count() + " entries, head "
                    + intact.head().orElse("(empty store)") + ", " + intact.blobs() + " blobs, "
                    + (intact.macsChecked() ? "MACs checked" : "MACs not checked (records.signingKeyEnv is not set)")
                    + (head == null ? "" : ", " + head + " is in the chain"));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        if (result instanceof VerifyResult.Broken broken) {
            spec.commandLine().getErr().println("cxgate: records store " + verification.location() + ": "
                    + broken.describe());
            spec.commandLine().getErr().flush();
            return ExitCodes.RUNTIME_FAILURE;
        }
        throw new IllegalStateException("unhandled verify result " + result);
    }
}

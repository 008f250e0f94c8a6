package io.cxgate.terraform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.CxgateException;
import io.cxgate.config.TerraformSettings;
import io.cxgate.redact.Redactor;

/**
 * The terraform phases of one command ({@code plan}, {@code apply}): one runner, one scrubbed environment, one
 * redactor, one timeout and (optionally) one log file for all of them, so every phase is run the same way.
 */
public final class TerraformSteps {
    private final TerraformRunner runner;
    private final TerraformSettings terraform;
    private final Map<String, String> env;
    private final Redactor redactor;
    private final Optional<Path> log;

    /**
     * @param env the complete environment of terraform ({@link TerraformEnvironment#scrubbed})
     * @param log the secret-bearing full log every phase appends to, when wanted
     */
    public TerraformSteps(TerraformRunner runner, TerraformSettings terraform, Map<String, String> env,
            Redactor redactor, Optional<Path> log) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.terraform = Objects.requireNonNull(terraform, "terraform");
        this.env = Map.copyOf(env);
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.log = Objects.requireNonNull(log, "log");
    }

    private TerraformInvocation invocation(String phase, List<String> args) {
        TerraformInvocation invocation = TerraformInvocation.of(phase, args, terraform.dir(), env,
                Duration.ofMinutes(terraform.timeoutMinutes()), redactor);
        return log.map(invocation::withLogFile).orElse(invocation);
    }

    /** A phase whose output streams to stderr, as a value: the caller decides what a failure means. */
    public TerraformResult run(String phase, List<String> args) {
        return runner.run(invocation(phase, args));
    }

    /** A streamed phase that must succeed; {@code failureHint} (when not null) is added to its failure. */
    public void streamed(String phase, List<String> args, String failureHint) {
        TerraformResult result = run(phase, args);
        try {
            result.requireSuccess();
        } catch (CxgateException e) {
            throw failureHint == null ? e : new CxgateException(e.getMessage() + " (" + failureHint + ")", e);
        }
    }

    /** A phase whose stdout is captured in memory; it must succeed. */
    public TerraformResult captured(String phase, List<String> args) {
        return runner.run(invocation(phase, args).capturing()).requireSuccess();
    }

    /** A phase whose stdout is captured into {@code file} (owner-only); it must succeed. */
    public TerraformResult capturedTo(String phase, List<String> args, Path file) {
        return attemptCaptureTo(phase, args, file).requireSuccess();
    }

    /** A phase whose stdout is captured into {@code file} (owner-only), as a value: a failure is the caller's to judge. */
    public TerraformResult attemptCaptureTo(String phase, List<String> args, Path file) {
        return runner.run(invocation(phase, args).capturingTo(file));
    }

    /** {@code init} and, when the environment names one, {@code workspace select}: what every command starts with. */
    public void initialise(Optional<Path> backendConfig, Optional<String> workspace, String dataDirHint) {
        streamed(TerraformCommands.INIT, TerraformCommands.init(backendConfig), dataDirHint);
        if (workspace.isPresent()) {
            streamed(TerraformCommands.WORKSPACE, TerraformCommands.workspaceSelect(workspace.get()), null);
        }
    }
}

package io.cxgate.terraform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import io.cxgate.redact.Redactor;

/**
 * One terraform command to run.
 *
 * @param phase       short name used in progress lines and messages ({@code init}, {@code plan}, …;
 *                    see the constants in {@link TerraformCommands})
 * @param args        the arguments, without the binary (build them with {@link TerraformCommands})
 * @param workingDir  the root module directory ({@code terraform.dir})
 * @param environment the complete environment of the child: nothing is inherited (build it with
 *                    {@link TerraformEnvironment#scrubbed})
 * @param timeout     after this the whole process tree is stopped and the result is marked timed out
 * @param redactor    masks every line shown to the user and every error line kept in the result; the
 *                    runner adds the credential values found in {@code environment} itself
 * @param outputMode  stream stdout as progress, or capture it
 * @param logFile     when present, the full unfiltered output is appended to this file (created
 *                    owner-only: it is the secret-bearing {@code terraform.log})
 * @param captureFile with {@link OutputMode#CAPTURE}: write stdout to this file (created owner-only,
 *                    replaced if present) instead of memory
 */
public record TerraformInvocation(
        String phase,
        List<String> args,
        Path workingDir,
        Map<String, String> environment,
        Duration timeout,
        Redactor redactor,
        OutputMode outputMode,
        Optional<Path> logFile,
        Optional<Path> captureFile) {

    public TerraformInvocation {
        Objects.requireNonNull(phase, "phase");
        if (phase.isBlank()) {
            throw new IllegalArgumentException("phase is blank");
        }
        args = List.copyOf(Objects.requireNonNull(args, "args"));
        Objects.requireNonNull(workingDir, "workingDir");
        environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        Objects.requireNonNull(redactor, "redactor");
        Objects.requireNonNull(outputMode, "outputMode");
        Objects.requireNonNull(logFile, "logFile");
        Objects.requireNonNull(captureFile, "captureFile");
        if (captureFile.isPresent() && outputMode != OutputMode.CAPTURE) {
            throw new IllegalArgumentException("a capture file needs OutputMode.CAPTURE (phase " + phase + ")");
        }
    }

    /** A streamed invocation with no log file; change it with the {@code with…} methods. */
    public static TerraformInvocation of(String phase, List<String> args, Path workingDir,
            Map<String, String> environment, Duration timeout, Redactor redactor) {
        return new TerraformInvocation(phase, args, workingDir, environment, timeout, redactor,
                OutputMode.STREAM_TO_STDERR_FILTERED, Optional.empty(), Optional.empty());
    }

    /** A copy whose stdout is captured in memory. */
    public TerraformInvocation capturing() {
        return new TerraformInvocation(phase, args, workingDir, environment, timeout, redactor,
                OutputMode.CAPTURE, logFile, Optional.empty());
    }

    /** A copy whose stdout is captured into {@code file} (owner-only). */
    public TerraformInvocation capturingTo(Path file) {
        return new TerraformInvocation(phase, args, workingDir, environment, timeout, redactor,
                OutputMode.CAPTURE, logFile, Optional.of(file));
    }

    /** A copy that appends the full unfiltered output to {@code file} (owner-only). */
    public TerraformInvocation withLogFile(Path file) {
        return new TerraformInvocation(phase, args, workingDir, environment, timeout, redactor,
                outputMode, Optional.of(file), captureFile);
    }

    public TerraformInvocation withTimeout(Duration newTimeout) {
        return new TerraformInvocation(phase, args, workingDir, environment, newTimeout, redactor,
                outputMode, logFile, captureFile);
    }

    public TerraformInvocation withRedactor(Redactor newRedactor) {
        return new TerraformInvocation(phase, args, workingDir, environment, timeout, newRedactor,
                outputMode, logFile, captureFile);
    }

    /** The environment holds credentials: only its variable names are printed. */
    @Override
    public String toString() {
        return "TerraformInvocation[phase=" + phase + ", args=" + args + ", workingDir=" + workingDir
                + ", environment=" + new TreeSet<>(environment.keySet()) + " (values not shown)"
                + ", timeout=" + timeout + ", outputMode=" + outputMode + ", logFile=" + logFile
                + ", captureFile=" + captureFile + "]";
    }
}

package io.cxgate.terraform;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.PumpStreamHandler;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
import io.cxgate.config.GenesysCredentials;
import io.cxgate.redact.Redactor;
import io.cxgate.terraform.internal.BinaryLocator;
import io.cxgate.terraform.internal.ConsoleFilter;
import io.cxgate.terraform.internal.Durations;
import io.cxgate.terraform.internal.ErrorTail;
import io.cxgate.console.Heartbeat;
import io.cxgate.terraform.internal.LineOutputStream;
import io.cxgate.files.OwnerOnlyFiles;
import io.cxgate.terraform.internal.TerraformLog;
import io.cxgate.terraform.internal.TreeKillingProcessDestroyer;
import io.cxgate.terraform.internal.TreeKillingWatchdog;

/**
 * Runs terraform with Apache commons-exec: a {@link DefaultExecutor} per phase, a watchdog that stops
 * the whole process tree on timeout, and a shutdown hook that does the same when cxgate itself is stopped.
 *
 * <p>Progress lines go to the given stderr writer as {@code [terraform <phase>] <line>}, masked and with
 * the diff body withheld ({@link ConsoleFilter}); a {@code still running} line follows every silent
 * heartbeat interval. The full raw output goes to the invocation's log file, if any. Nothing is read from
 * cxgate's own environment: the child gets exactly the invocation's.
 */
public final class CommonsExecTerraformRunner implements TerraformRunner {

    public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofSeconds(30);
    /** How long terraform gets to stop gracefully after SIGTERM before its tree is killed. */
    public static final Duration DEFAULT_KILL_GRACE = Duration.ofSeconds(10);

    /** Environment variables whose values are credentials: masked, and refused on the command line. */
    private static final List<String> CREDENTIAL_VARIABLES = GenesysCredentials.SECRET_VARIABLES;

    private final String binary;
    private final PrintWriter stderr;
    private final Duration heartbeatInterval;
    private final Duration killGrace;
    private final TreeKillingProcessDestroyer destroyer;

    /** A runner for {@code binary} (terraform.binary) printing progress to {@code stderr}, with default timings. */
    public CommonsExecTerraformRunner(String binary, PrintWriter stderr) {
        this(binary, stderr, DEFAULT_HEARTBEAT_INTERVAL, DEFAULT_KILL_GRACE);
    }

    public CommonsExecTerraformRunner(String binary, PrintWriter stderr, Duration heartbeatInterval, Duration killGrace) {
        this.binary = Objects.requireNonNull(binary, "binary");
        this.stderr = Objects.requireNonNull(stderr, "stderr");
        this.heartbeatInterval = requirePositive(heartbeatInterval, "heartbeatInterval");
        this.killGrace = Objects.requireNonNull(killGrace, "killGrace");
        if (killGrace.isNegative()) {
            throw new IllegalArgumentException("killGrace must not be negative, was " + killGrace);
        }
        this.destroyer = new TreeKillingProcessDestroyer(killGrace);
    }

    @Override
    public TerraformResult run(TerraformInvocation invocation) {
        String phase = invocation.phase();
        Redactor redactor = invocation.redactor().withLiterals(credentialValues(invocation.environment()));
        refuseCredentialsInArguments(invocation);
        Path executable = BinaryLocator.locate(binary, invocation.environment());
        if (!Files.isDirectory(invocation.workingDir())) {
            throw new InvalidInputException("terraform working directory " + invocation.workingDir()
                    + " does not exist (terraform.dir in cxgate.yaml)");
        }

        String prefix = "[terraform " + phase + "] ";
        ErrorTail stderrTail = new ErrorTail(TerraformResult.MAX_ERROR_LINES);
        ErrorTail shownStdoutTail = new ErrorTail(TerraformResult.MAX_ERROR_LINES);
        long started = System.nanoTime();

        try (TerraformLog log = TerraformLog.open(invocation.logFile());
                Heartbeat heartbeat = Heartbeat.start(heartbeatInterval,
                        elapsed -> show(prefix + "still running (" + Durations.brief(elapsed) + ")"))) {
            log.mark("terraform " + String.join(" ", invocation.args()) + "  (phase " + phase + ", in "
                    + invocation.workingDir().toAbsolutePath() + ")");

            ConsoleFilter stderrFilter = new ConsoleFilter(redactor);
            LineOutputStream err = new LineOutputStream(line -> {
                heartbeat.touch();
                log.line(line);
                stderrFilter.filter(line).ifPresent(shown -> {
                    stderrTail.add(shown);
                    show(prefix + shown);
                });
            });

            Capture capture = null;
            OutputStream out;
            if (invocation.outputMode() == OutputMode.CAPTURE) {
                capture = Capture.open(invocation.captureFile());
                out = new TouchingOutputStream(capture.stream, heartbeat);
            } else {
                ConsoleFilter stdoutFilter = new ConsoleFilter(redactor);
                out = new LineOutputStream(line -> {
                    heartbeat.touch();
                    log.line(line);
                    stdoutFilter.filter(line).ifPresent(shown -> {
                        shownStdoutTail.add(shown);
                        show(prefix + shown);
                    });
                });
            }

            CommandLine command = new CommandLine(executable.toFile());
            for (String arg : invocation.args()) {
                command.addArgument(arg, false);
            }
            PumpStreamHandler streams = new PumpStreamHandler(out, err);
            streams.setStopTimeout(killGrace.plusSeconds(10));
            DefaultExecutor executor = DefaultExecutor.builder()
                    .setWorkingDirectory(invocation.workingDir().toFile())
                    .setExecuteStreamHandler(streams)
                    .get();
            executor.setExitValues(null); // every exit code is an answer, not an exception
            TreeKillingWatchdog watchdog = new TreeKillingWatchdog(invocation.timeout(), killGrace);
            executor.setWatchdog(watchdog);
            executor.setProcessDestroyer(destroyer);

            int exitCode;
            try {
                exitCode = executor.execute(command, invocation.environment());
            } catch (IOException e) {
                watchdog.killIfRunning();
                closeQuietly(capture);
                throw new CxgateException("terraform " + phase + ": running " + executable + " failed: "
                        + redactor.mask(String.valueOf(e.getMessage())), e);
            } finally {
                watchdog.killIfRunning();
            }
            out.close();
            err.close();
            Duration duration = Duration.ofNanos(System.nanoTime() - started);

            CapturedOutput stdout = CapturedOutput.none();
            if (capture != null) {
                stdout = capture.finish();
                log.mark("stdout captured (" + stdout.size() + " bytes), not copied to this log");
            }
            boolean timedOut = watchdog.timedOut();
            log.mark((timedOut ? "timed out after " + Durations.brief(invocation.timeout()) + ", stopped; " : "")
                    + "exit " + exitCode + " after " + duration.toMillis() + " ms");
            List<String> errorLines = stderrTail.isEmpty() ? shownStdoutTail.lines() : stderrTail.lines();
            return new TerraformResult(phase, exitCode, timedOut, stdout, errorLines, duration);
        } catch (UncheckedIOException e) {
            throw new CxgateException("terraform " + phase + ": " + redactor.mask(e.getMessage()) + ": "
                    + redactor.mask(String.valueOf(e.getCause().getMessage())), e);
        } catch (IOException e) {
            throw new CxgateException("terraform " + phase + ": " + redactor.mask(String.valueOf(e.getMessage())), e);
        }
    }

    private void show(String line) {
        synchronized (stderr) {
            stderr.println(line);
            stderr.flush();
        }
    }

    private static List<String> credentialValues(Map<String, String> environment) {
        List<String> values = new ArrayList<>();
        for (String name : CREDENTIAL_VARIABLES) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                values.add(value);
            }
        }
        return values;
    }

    /** Secrets travel in the environment only; an argument containing one is a programming error. */
    private static void refuseCredentialsInArguments(TerraformInvocation invocation) {
        Redactor credentials = Redactor.none().withLiterals(credentialValues(invocation.environment()));
        for (String arg : invocation.args()) {
            if (credentials.matches(arg)) {
                throw new IllegalArgumentException("refusing to put a credential on terraform's command line (phase "
                        + invocation.phase() + ")");
            }
        }
    }

    private static Duration requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
        return duration;
    }

    private static void closeQuietly(Capture capture) {
        if (capture != null) {
            try {
                capture.stream.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    /** Where captured stdout goes: memory, or an owner-only file. */
    private static final class Capture {
        private final OutputStream stream;
        private final Optional<Path> file;

        private Capture(OutputStream stream, Optional<Path> file) {
            this.stream = stream;
            this.file = file;
        }

        static Capture open(Optional<Path> file) throws IOException {
            if (file.isPresent()) {
                return new Capture(OwnerOnlyFiles.replace(file.get()), file);
            }
            return new Capture(new ByteArrayOutputStream(), file);
        }

        CapturedOutput finish() throws IOException {
            stream.close();
            if (file.isPresent()) {
                return new CapturedOutput.InFile(file.get(), Files.size(file.get()));
            }
            return new CapturedOutput.InMemory(((ByteArrayOutputStream) stream).toByteArray());
        }
    }

    /** Counts captured output as a sign of life for the heartbeat. */
    private static final class TouchingOutputStream extends FilterOutputStream {
        private final Heartbeat heartbeat;

        TouchingOutputStream(OutputStream out, Heartbeat heartbeat) {
            super(out);
            this.heartbeat = heartbeat;
        }

        @Override
        public void write(int b) throws IOException {
            heartbeat.touch();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            heartbeat.touch();
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // the capture owns the underlying stream and closes it in finish()
        }
    }
}

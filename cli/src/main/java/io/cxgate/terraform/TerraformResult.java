package io.cxgate.terraform;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.CxgateException;
import io.cxgate.terraform.internal.Durations;

/**
 * How one terraform phase ended. A failure or a timeout is a value here; {@link #requireSuccess()}
 * turns it into a {@link CxgateException} (exit 1) when the caller cannot go on.
 *
 * @param phase          the invocation's phase
 * @param exitCode       the process exit code (after a timeout, whatever the killed process reported)
 * @param timedOut       whether the runner stopped the process tree because the timeout passed
 * @param stdout         the captured stdout ({@link CapturedOutput#none()} for streamed phases)
 * @param lastErrorLines the last non-blank lines of stderr (of the shown stdout when stderr was empty),
 *                       already masked, at most {@value #MAX_ERROR_LINES}
 * @param duration       wall-clock time of the phase
 */
public record TerraformResult(
        String phase,
        int exitCode,
        boolean timedOut,
        CapturedOutput stdout,
        List<String> lastErrorLines,
        Duration duration) {

    public static final int MAX_ERROR_LINES = 20;

    public TerraformResult {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(stdout, "stdout");
        lastErrorLines = List.copyOf(Objects.requireNonNull(lastErrorLines, "lastErrorLines"));
        if (lastErrorLines.size() > MAX_ERROR_LINES) {
            lastErrorLines = lastErrorLines.subList(lastErrorLines.size() - MAX_ERROR_LINES, lastErrorLines.size());
        }
        Objects.requireNonNull(duration, "duration");
    }

    public boolean succeeded() {
        return exitCode == 0 && !timedOut;
    }

    /**
     * The most telling error line: the last one starting with {@code Error:} (terraform's diagnostic
     * summary, also inside a {@code │ } box), else the last line. Already masked.
     */
    public Optional<String> errorSummary() {
        for (int i = lastErrorLines.size() - 1; i >= 0; i--) {
            String line = lastErrorLines.get(i).strip();
            if (line.startsWith("│")) {
                line = line.substring(1).strip();
            }
            if (line.startsWith("Error:")) {
                return Optional.of(line);
            }
        }
        return lastErrorLines.isEmpty() ? Optional.empty() : Optional.of(lastErrorLines.get(lastErrorLines.size() - 1).strip());
    }

    /** This result when it succeeded; else a {@link CxgateException} naming the phase. */
    public TerraformResult requireSuccess() {
        return requireSuccess(phase);
    }

    /**
     * This result when it succeeded; else a {@link CxgateException}: {@code terraform <step> failed (exit 1):
     * <error line>}, or {@code terraform <step> timed out after 30m5s …} (the time it ran, grace included). The message is masked.
     *
     * @param step the name used in the message (usually the phase)
     */
    public TerraformResult requireSuccess(String step) {
        if (timedOut) {
            throw new CxgateException("terraform " + step + " timed out after " + Durations.brief(duration)
                    + " and was stopped with its child processes (terraform.timeoutMinutes in cxgate.yaml)"
                    + errorSummary().map(line -> "; last output: " + line).orElse(""));
        }
        if (exitCode != 0) {
            throw new CxgateException("terraform " + step + " failed (exit " + exitCode + ")"
                    + errorSummary().map(line -> ": " + line).orElse(""));
        }
        return this;
    }
}

package io.cxgate.terraform;

/** What a runner does with terraform's standard output. Standard error is always streamed, filtered. */
public enum OutputMode {
    /**
     * Progress for a human: each stdout and stderr line goes to cxgate's stderr prefixed
     * {@code [terraform <phase>] }, masked, with the plan's diff body withheld
     * (see {@link io.cxgate.terraform.internal.ConsoleFilter}).
     */
    STREAM_TO_STDERR_FILTERED,

    /**
     * Data for cxgate ({@code show -json}, {@code state pull}, {@code version -json}): stdout is captured
     * whole, in memory or in {@link TerraformInvocation#captureFile()}, and never echoed or logged.
     */
    CAPTURE
}

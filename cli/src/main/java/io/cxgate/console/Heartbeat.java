package io.cxgate.console;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Calls back with the elapsed time whenever a phase has been silent for the interval (no output and no
 * earlier heartbeat), so a long quiet phase (terraform, the Platform API) still shows signs of life in CI logs.
 */
public final class Heartbeat implements AutoCloseable {
    private final long intervalNanos;
    private final Consumer<Duration> onSilence;
    private final long startNanos;
    private volatile long lastSignalNanos;
    private final ScheduledExecutorService timer;

    private Heartbeat(Duration interval, Consumer<Duration> onSilence) {
        this.intervalNanos = interval.toNanos();
        this.onSilence = onSilence;
        this.startNanos = System.nanoTime();
        this.lastSignalNanos = startNanos;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cxgate-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long periodMillis = Math.max(10, interval.toMillis() / 5);
        timer.scheduleWithFixedDelay(this::check, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Starts the heartbeat now; {@code onSilence} runs on the heartbeat's own thread. */
    public static Heartbeat start(Duration interval, Consumer<Duration> onSilence) {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(onSilence, "onSilence");
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("heartbeat interval must be positive, was " + interval);
        }
        return new Heartbeat(interval, onSilence);
    }

    /** Output was seen: the silence starts again. */
    public void touch() {
        lastSignalNanos = System.nanoTime();
    }

    private void check() {
        long now = System.nanoTime();
        if (now - lastSignalNanos >= intervalNanos) {
            lastSignalNanos = now;
            onSilence.accept(Duration.ofNanos(now - startNanos));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            // a beat being printed right now finishes before the phase's result is returned
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

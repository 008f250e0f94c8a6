package io.cxgate.console;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where a command's progress goes (stderr): progress lines always, the Platform API's one line per request only
 * with {@code --verbose}, and a heartbeat line whenever a wait has been silent for {@code heartbeat}.
 *
 * @param lines     the sink, one line at a time (thread-safe: API pages and heartbeats write from other threads)
 * @param verbose   whether {@link #requestLog()} prints
 * @param heartbeat how long a wait stays silent before a heartbeat line
 */
public record Progress(Consumer<String> lines, boolean verbose, Duration heartbeat) {
    /** A live check that waits longer than this says so. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(5);

    public Progress {
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(heartbeat, "heartbeat");
    }

    /** Nothing printed (services used as a library, most tests). */
    public static Progress silent() {
        return new Progress(line -> { }, false, HEARTBEAT);
    }

    /** Lines to {@code err}, each flushed at once. */
    public static Progress to(PrintWriter err, boolean verbose) {
        return new Progress(line -> {
            synchronized (err) {
                err.println(line);
                err.flush();
            }
        }, verbose, HEARTBEAT);
    }

    public void line(String text) {
        lines.accept(text);
    }

    /** The API client's request log: the sink under {@code --verbose}, else nothing. */
    public Consumer<String> requestLog() {
        return verbose ? lines : line -> { };
    }

    /** Starts a heartbeat that prints {@code message(elapsed)} after each {@link #heartbeat} of silence. */
    public Heartbeat beat(Function<Duration, String> message) {
        return Heartbeat.start(heartbeat, elapsed -> line(message.apply(elapsed)));
    }
}

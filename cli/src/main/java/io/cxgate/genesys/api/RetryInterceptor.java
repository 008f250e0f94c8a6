package io.cxgate.genesys.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries what the Platform API says is worth retrying, up to {@code maxAttempts} attempts in all:
 * <ul>
 *   <li>429: waits the {@code Retry-After} seconds. When the header asks for longer than
 *       {@code retryAfterCap}, the 429 is returned at once; the client turns it into an error that
 *       names the limit and the wait asked for. Without a usable header it backs off as for 5xx.</li>
 *   <li>5xx except 501 Not Implemented, and I/O failures (refused or dropped connections, timeouts):
 *       jittered exponential backoff, {@code base × 2^(attempt-1)} capped at {@code maxBackoff},
 *       of which a random half is waited ("equal jitter"). No such retry starts more than
 *       {@code retryWindow} after the first attempt, so an unreachable API fails within about that
 *       time (plus one connect timeout) instead of after every attempt.</li>
 * </ul>
 * A request that failed on a pooled connection the server had already closed
 * ({@link WireInterceptor.StaleConnectionException}) never reached the server: it is sent again at once, on
 * another connection, without backoff and without using an attempt (at most {@value #STALE_RETRIES} times).
 * Everything else, and the last attempt's outcome, goes back to the caller: a response with the
 * attempts made in {@value #ATTEMPTS_HEADER} (never sent), an I/O failure wrapped in {@link GaveUp}.
 */
public final class RetryInterceptor implements Interceptor {
    static final Duration DEFAULT_BASE_BACKOFF = Duration.ofSeconds(1);
    static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);
    /** More than the connection pool can hold: each stale connection leaves the pool when it fails. */
    static final int STALE_RETRIES = 16;
    /** Set on the response handed back (not on the wire): how many attempts the request took. */
    static final String ATTEMPTS_HEADER = "X-Cxgate-Attempts";

    private final int maxAttempts;
    private final Duration retryAfterCap;
    private final Duration baseBackoff;
    private final Duration maxBackoff;
    private final Duration retryWindow;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final Consumer<String> log;

    RetryInterceptor(int maxAttempts, Duration retryAfterCap, Duration baseBackoff, Duration maxBackoff,
            Sleeper sleeper, DoubleSupplier random, Consumer<String> log) {
        this(maxAttempts, retryAfterCap, baseBackoff, maxBackoff, Duration.ofDays(1), Clock.systemUTC(), sleeper,
                random, log);
    }

    RetryInterceptor(int maxAttempts, Duration retryAfterCap, Duration baseBackoff, Duration maxBackoff,
            Duration retryWindow, Clock clock, Sleeper sleeper, DoubleSupplier random, Consumer<String> log) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.retryAfterCap = retryAfterCap;
        this.baseBackoff = baseBackoff;
        this.maxBackoff = maxBackoff;
        this.retryWindow = retryWindow;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
        this.log = log;
    }

    /**
     * The Platform API client's retry policy for another HTTP API (the merge-request comment platforms):
     * {@link PlatformApiClient#DEFAULT_MAX_ATTEMPTS} attempts, {@code Retry-After} honoured up to
     * {@link PlatformApiClient#DEFAULT_RETRY_AFTER_CAP}, backoff from 1 s doubling to 30 s.
     */
    public static RetryInterceptor withDefaults(Sleeper sleeper, Consumer<String> log) {
        return new RetryInterceptor(PlatformApiClient.DEFAULT_MAX_ATTEMPTS, PlatformApiClient.DEFAULT_RETRY_AFTER_CAP,
                DEFAULT_BASE_BACKOFF, DEFAULT_MAX_BACKOFF, PlatformApiClient.DEFAULT_RETRY_WINDOW, Clock.systemUTC(),
                sleeper, () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble(), log);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String what = request.method() + " " + request.url().encodedPath();
        int stale = 0;
        Instant start = clock.instant();
        for (int attempt = 1; ; attempt++) {
            Response response;
            try {
                response = chain.proceed(request);
            } catch (WireInterceptor.StaleConnectionException e) {
                if (++stale > STALE_RETRIES || chain.call().isCanceled()) {
                    throw e;
                }
                log.accept("api: " + what + ": the server had closed the pooled connection; sent again at once on"
                        + " a new one");
                attempt--;
                continue;
            } catch (IOException e) {
                if (chain.call().isCanceled() || e instanceof InterruptedIOException
                        && !(e instanceof java.net.SocketTimeoutException)) {
                    throw e;
                }
                Duration wait = backoff(attempt);
                if (attempt >= maxAttempts || pastWindow(start, wait)) {
                    throw new GaveUp(e, attempt);
                }
                log.accept("api: " + what + " failed (" + ApiErrors.describe(e) + "); retry " + (attempt + 1)
                        + " of " + maxAttempts + " in " + millis(wait));
                sleep(wait);
                continue;
            }
            int code = response.code();
            if (code == 429) {
                OptionalLong retryAfter = retryAfterSeconds(response);
                if (retryAfter.isPresent() && retryAfter.getAsLong() > retryAfterCap.toSeconds()) {
                    log.accept("api: " + what + " 429: Retry-After " + retryAfter.getAsLong()
                            + " s is past the " + retryAfterCap.toSeconds() + " s cap; giving up");
                    return response;
                }
                if (attempt >= maxAttempts) {
                    return withAttempts(response, attempt);
                }
                Duration wait = retryAfter.isPresent() ? Duration.ofSeconds(retryAfter.getAsLong()) : backoff(attempt);
                response.close();
                log.accept("api: " + what + " 429 rate limited; retry " + (attempt + 1) + " of " + maxAttempts
                        + " in " + millis(wait) + (retryAfter.isPresent() ? " (Retry-After)" : ""));
                sleep(wait);
                continue;
            }
            if (isRetryableServerError(code) && attempt < maxAttempts && !pastWindow(start, backoff(attempt))) {
                Duration wait = backoff(attempt);
                response.close();
                log.accept("api: " + what + " " + code + "; retry " + (attempt + 1) + " of " + maxAttempts + " in "
                        + millis(wait));
                sleep(wait);
                continue;
            }
            return withAttempts(response, attempt);
        }
    }

    /** Whether a retry after {@code wait} would start later than {@code retryWindow} after the first attempt. */
    private boolean pastWindow(Instant start, Duration wait) {
        return Duration.between(start, clock.instant()).plus(wait).compareTo(retryWindow) > 0;
    }

    private static Response withAttempts(Response response, int attempts) {
        return attempts == 1 ? response : response.newBuilder().header(ATTEMPTS_HEADER, String.valueOf(attempts)).build();
    }

    /** The attempts a request took: from the response's header, 1 when it has none. */
    static int attempts(Response response) {
        String header = response.header(ATTEMPTS_HEADER);
        return header == null ? 1 : Integer.parseInt(header);
    }

    /** The last I/O failure of a request that will not be retried again, and how many attempts it had. */
    static final class GaveUp extends IOException {
        private final int attempts;

        GaveUp(IOException last, int attempts) {
            super(last.getMessage(), last);
            this.attempts = attempts;
        }

        IOException last() {
            return (IOException) getCause();
        }

        int attempts() {
            return attempts;
        }
    }

    static boolean isRetryableServerError(int code) {
        return code >= 500 && code != 501;
    }

    /** The {@code Retry-After} header as whole seconds (the Platform API sends integers). */
    static OptionalLong retryAfterSeconds(Response response) {
        String header = response.header("Retry-After");
        if (header == null) {
            return OptionalLong.empty();
        }
        try {
            long seconds = Long.parseLong(header.strip());
            return seconds < 0 ? OptionalLong.empty() : OptionalLong.of(seconds);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    Duration backoff(int attempt) {
        long ceiling = baseBackoff.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(ceiling, maxBackoff.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (capped - half)));
    }

    private void sleep(Duration wait) throws InterruptedIOException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }

    private static String millis(Duration d) {
        return d.toMillis() >= 1000 && d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}

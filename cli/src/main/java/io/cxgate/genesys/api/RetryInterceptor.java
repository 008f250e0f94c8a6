package io.cxgate.genesys.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
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
 *       of which a random half is waited ("equal jitter").</li>
 * </ul>
 * Everything else, and the last attempt's outcome, goes back to the caller unchanged.
 */
public final class RetryInterceptor implements Interceptor {
    static final Duration DEFAULT_BASE_BACKOFF = Duration.ofSeconds(1);
    static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);
    private final int maxAttempts;
    private final Duration retryAfterCap;
    private final Duration baseBackoff;
    private final Duration maxBackoff;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final Consumer<String> log;

    RetryInterceptor(int maxAttempts, Duration retryAfterCap, Duration baseBackoff, Duration maxBackoff,
            Sleeper sleeper, DoubleSupplier random, Consumer<String> log) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.retryAfterCap = retryAfterCap;
        this.baseBackoff = baseBackoff;
        this.maxBackoff = maxBackoff;
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
                DEFAULT_BASE_BACKOFF, DEFAULT_MAX_BACKOFF, sleeper,
                () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble(), log);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String what = request.method() + " " + request.url().encodedPath();
        for (int attempt = 1; ; attempt++) {
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                if (attempt >= maxAttempts || chain.call().isCanceled() || e instanceof InterruptedIOException
                        && !(e instanceof java.net.SocketTimeoutException)) {
                    throw e;
                }
                Duration wait = backoff(attempt);
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
                    return response;
                }
                Duration wait = retryAfter.isPresent() ? Duration.ofSeconds(retryAfter.getAsLong()) : backoff(attempt);
                response.close();
                log.accept("api: " + what + " 429 rate limited; retry " + (attempt + 1) + " of " + maxAttempts
                        + " in " + millis(wait) + (retryAfter.isPresent() ? " (Retry-After)" : ""));
                sleep(wait);
                continue;
            }
            if (isRetryableServerError(code) && attempt < maxAttempts) {
                Duration wait = backoff(attempt);
                response.close();
                log.accept("api: " + what + " " + code + "; retry " + (attempt + 1) + " of " + maxAttempts + " in "
                        + millis(wait));
                sleep(wait);
                continue;
            }
            return response;
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

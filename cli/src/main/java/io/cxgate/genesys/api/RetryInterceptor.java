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
 * A request that failed on a pooled connection the server had already closed
 * ({@link WireInterceptor.StaleConnectionException}) never reached the server: it is sent again at once, on
 * another connection, without backoff and without using an attempt (at most {@value #STALE_RETRIES} times).
 * Everything else, and the last attempt's outcome, goes back to the caller unchanged.
 */
final class RetryInterceptor implements Interceptor {
    /** More than the connection pool can hold: each stale connection leaves the pool when it fails. */
    static final int STALE_RETRIES = 16;

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

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String what = request.method() + " " + request.url().encodedPath();
        int stale = 0;
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

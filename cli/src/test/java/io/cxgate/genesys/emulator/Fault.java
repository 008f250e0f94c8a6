package io.cxgate.genesys.emulator;

/** Something the {@link OrgEmulator} does instead of answering normally. */
public sealed interface Fault {
    /** An error status with a Platform API error body (429 gets a Retry-After header of 1 s). */
    record Status(int code) implements Fault {
    }

    /** 429 {@code too.many.requests.retry.after} with {@code Retry-After: seconds}. */
    record RateLimited(long retryAfterSeconds) implements Fault {
    }

    /** The connection is closed before any response byte is written. */
    record Drop() implements Fault {
    }

    static Fault status(int code) {
        return new Status(code);
    }

    static Fault rateLimited(long retryAfterSeconds) {
        return new RateLimited(retryAfterSeconds);
    }

    static Fault drop() {
        return new Drop();
    }
}

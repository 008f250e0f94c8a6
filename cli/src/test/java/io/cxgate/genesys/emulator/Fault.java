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

    /** The normal answer's status and headers are sent, then the connection is reset half-way through the body. */
    record ResetMidBody() implements Fault {
    }

    /** Every token issued so far stops working just before this request is answered (a token expiring mid-run). */
    record ExpireTokens() implements Fault {
    }

    public static Fault resetMidBody() {
        return new ResetMidBody();
    }

    public static Fault expireTokens() {
        return new ExpireTokens();
    }

    public static Fault status(int code) {
        return new Status(code);
    }

    public static Fault rateLimited(long retryAfterSeconds) {
        return new RateLimited(retryAfterSeconds);
    }

    public static Fault drop() {
        return new Drop();
    }
}

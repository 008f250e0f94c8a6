package io.cxgate.genesys.api;

import java.time.Clock;
import java.time.Duration;

/**
 * A request budget: holds up to {@code capacity} permits and regains {@code perMinute} of them per
 * minute, one at a time. {@link #acquire()} takes one, sleeping until it is there. One bucket per
 * OAuth client keeps cxgate under the Platform API's 300 requests per minute per client.
 */
public final class TokenBucket {
    private final int capacity;
    private final double permitsPerMilli;
    private final Clock clock;
    private final Sleeper sleeper;

    private double available;
    private long lastRefillMillis;
    private long waitedMillis;

    public TokenBucket(int perMinute, int capacity, Clock clock, Sleeper sleeper) {
        if (perMinute <= 0) {
            throw new IllegalArgumentException("perMinute must be positive, was " + perMinute);
        }
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
        this.permitsPerMilli = perMinute / 60_000.0;
        this.clock = clock;
        this.sleeper = sleeper;
        this.available = capacity;
        this.lastRefillMillis = clock.millis();
    }

    /** Takes one permit, sleeping until one has been regained when the bucket is empty. */
    public void acquire() throws InterruptedException {
        while (true) {
            Duration wait;
            synchronized (this) {
                refill();
                if (available >= 1.0) {
                    available -= 1.0;
                    return;
                }
                wait = Duration.ofMillis((long) Math.ceil((1.0 - available) / permitsPerMilli));
                waitedMillis += wait.toMillis();
            }
            sleeper.sleep(wait);
        }
    }

    /** Takes one permit if one is there now. */
    public synchronized boolean tryAcquire() {
        refill();
        if (available >= 1.0) {
            available -= 1.0;
            return true;
        }
        return false;
    }

    /** Permits available now (whole ones). */
    public synchronized int available() {
        refill();
        return (int) Math.floor(available);
    }

    /** Total time {@link #acquire()} has asked the sleeper to wait. */
    public synchronized Duration waited() {
        return Duration.ofMillis(waitedMillis);
    }

    private void refill() {
        long now = clock.millis();
        long elapsed = now - lastRefillMillis;
        if (elapsed > 0) {
            available = Math.min(capacity, available + elapsed * permitsPerMilli);
            lastRefillMillis = now;
        }
    }

    @Override
    public synchronized String toString() {
        return "TokenBucket[" + (int) Math.round(permitsPerMilli * 60_000) + "/min, capacity " + capacity + "]";
    }
}

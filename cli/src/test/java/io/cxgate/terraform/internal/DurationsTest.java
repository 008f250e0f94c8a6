package io.cxgate.terraform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void durationsReadLikeTerraformsOwn() {
        assertEquals("0s", Durations.brief(Duration.ofMillis(200)));
        assertEquals("30s", Durations.brief(Duration.ofSeconds(30)));
        assertEquals("1m30s", Durations.brief(Duration.ofSeconds(90)));
        assertEquals("30m0s", Durations.brief(Duration.ofMinutes(30)));
        assertEquals("2h0m5s", Durations.brief(Duration.ofSeconds(7205)));
    }
}

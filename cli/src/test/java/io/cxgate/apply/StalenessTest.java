package io.cxgate.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.cxgate.bundle.Bundle;
import io.cxgate.bundle.CreatedBy;
import io.cxgate.terraform.TerraformOutputs.StateFacts;

/** The staleness refusal tells the operator which command makes a fresh bundle: plan, or rollback for a rollback. */
class StalenessTest {
    private static final String LINEAGE = "3f0e2b0c-6d1a-4c55-9d0b-6f7c2f1e8a90";

    @Test
    void aMovedStateNamesTheCommandThatMadeTheBundle() {
        Bundle plan = sample();
        StateFacts moved = new StateFacts(Optional.of(LINEAGE), Optional.of(43L));

        assertEquals("stale plan: the state moved from serial 42 to 43 since the plan; run cxgate plan --env uat again",
                ApplyService.staleness(plan, moved).orElseThrow().message());
        assertEquals("stale plan: the state moved from serial 42 to 43 since the plan; run cxgate rollback"
                + " --deployment uat-0007 again", ApplyService.staleness(
                        plan.withRollback(new Bundle.Rollback("uat-0007", "uat-0005")), moved).orElseThrow().message());
        assertTrue(ApplyService.staleness(plan, new StateFacts(Optional.of(LINEAGE), Optional.of(42L))).isEmpty());
    }

    private static Bundle sample() {
        String digest = "sha256:" + "a".repeat(64);
        Map<String, String> files = new LinkedHashMap<>();
        Bundle.DIGESTED_FILES.forEach(name -> files.put(name, digest));
        return new Bundle(1, "0.1.0", "uat", digest, digest, digest, Optional.empty(), files, Optional.empty(), "1.9.8",
                Optional.of(LINEAGE), Optional.of(42L), Instant.parse("2026-11-26T09:00:00Z"),
                new CreatedBy("dana", "GITHUB_ACTOR"));
    }
}

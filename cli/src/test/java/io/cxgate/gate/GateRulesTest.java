package io.cxgate.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cxgate.policy.Decision;
import io.cxgate.policy.RequiredApproval;

/** The decision rule between a recorded and a re-evaluated decision, and how approvals are counted. */
class GateRulesTest {
    private static final Instant AT = Instant.parse("2026-11-26T21:00:00Z");

    @Test
    void aDenialByEitherSideDeniesWithItsReasons() {
        Decision recorded = new Decision.ApprovalRequired(List.of(new RequiredApproval("cc-operations", 1)), List.of("a"));
        Decision now = new Decision.Deny(List.of("outside the window"));
        Decision stricter = Decisions.stricter(recorded, now);
        assertEquals(Decision.Outcome.DENY, stricter.outcome());
        assertEquals(List.of("outside the window"), stricter.reasons());
        assertEquals(Decision.Outcome.DENY, Decisions.stricter(now, new Decision.Allow(List.of())).outcome());
    }

    @Test
    void requiredApprovalsAreTheUnionEachGroupAtItsHigherCount() {
        Decision recorded = new Decision.ApprovalRequired(List.of(new RequiredApproval("cc-operations", 1),
                new RequiredApproval("security", 1)), List.of("r1"));
        Decision now = new Decision.ApprovalRequired(List.of(new RequiredApproval("cc-operations", 2),
                new RequiredApproval("cx-leads", 1)), List.of("r2"));
        Decision stricter = Decisions.stricter(recorded, now);
        assertEquals(List.of(new RequiredApproval("cc-operations", 2), new RequiredApproval("security", 1),
                new RequiredApproval("cx-leads", 1)), stricter.requiredApprovals());
        assertEquals(List.of("r1", "r2"), stricter.reasons());
        assertEquals(Decision.Outcome.APPROVAL_REQUIRED,
                Decisions.stricter(new Decision.Allow(List.of()), now).outcome(), "allowed then, approvals now");
        assertEquals(Decision.Outcome.ALLOW,
                Decisions.stricter(new Decision.Allow(List.of()), new Decision.Allow(List.of())).outcome());
    }

    @Test
    void anIdentityCountsOncePerGroupAndOnlyWhileStillInIt() {
        Decision decision = new Decision.ApprovalRequired(List.of(new RequiredApproval("cc-operations", 2)), List.of());
        List<GivenApproval> given = List.of(
                new GivenApproval("approval-1", "Alice", "cc-operations", AT, null),
                new GivenApproval("approval-2", "alice", "cc-operations", AT.plusSeconds(60), null),
                new GivenApproval("approval-3", "mallory", "cc-operations", AT.plusSeconds(120), null),
                new GivenApproval("approval-4", "carol", "cx-leads", AT.plusSeconds(180), null));
        ApprovalStatus status = ApprovalStatus.of(decision, given,
                Map.of("cc-operations", List.of("alice", "bob"), "cx-leads", List.of("carol")));
        ApprovalStatus.Group group = status.groups().get(0);
        assertEquals(List.of("approval-1"), group.counted().stream().map(GivenApproval::entryId).toList());
        assertEquals(List.of("approval-3"), group.ignored().stream().map(GivenApproval::entryId).toList(),
                "mallory left the group: her approval does not count");
        assertEquals(1, group.missing());
        assertFalse(status.satisfied());
        assertEquals("cc-operations 1 of 2", status.missingText());

        ApprovalStatus withBob = ApprovalStatus.of(decision, List.of(given.get(0),
                new GivenApproval("approval-5", "BOB", "cc-operations", AT, "ok")),
                Map.of("cc-operations", List.of("alice", "bob")));
        assertTrue(withBob.satisfied());
    }

    @Test
    void aRefusalIsOneLine() {
        assertEquals("bundle altered: a b", new Refusal(Refusal.Kind.BUNDLE_ALTERED, "bundle altered: a\n  b\n").message());
    }
}

package io.cxgate.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The verdicts, their report ids and exit codes, and which firings decide: known answers, no CEL. */
class DecisionTest {

    @Test
    void eachOutcomeHasTheReportIdAndExitCodeOfTheContract() {
        assertEquals("allow", Decision.Outcome.ALLOW.id());
        assertEquals(0, Decision.Outcome.ALLOW.exitCode());
        assertEquals("approval_required", Decision.Outcome.APPROVAL_REQUIRED.id());
        assertEquals(3, Decision.Outcome.APPROVAL_REQUIRED.exitCode());
        assertEquals("deny", Decision.Outcome.DENY.id());
        assertEquals(4, Decision.Outcome.DENY.exitCode());
    }

    @Test
    void eachVerdictNamesItsOutcome() {
        RequiredApproval ops = new RequiredApproval("ops", 2);
        assertEquals(Decision.Outcome.ALLOW, new Decision.Allow(List.of("fine")).outcome());
        assertEquals(Decision.Outcome.APPROVAL_REQUIRED,
                new Decision.ApprovalRequired(List.of(ops), List.of("a: needs ops")).outcome());
        assertEquals(Decision.Outcome.DENY, new Decision.Deny(List.of("d: no")).outcome());
        assertEquals(List.of(ops), new Decision.ApprovalRequired(List.of(ops), List.of()).requiredApprovals());
        assertEquals(List.of(), new Decision.Deny(List.of("d: no")).requiredApprovals());
        assertEquals(List.of(), new Decision.Allow(List.of()).requiredApprovals());
    }

    @Test
    void aDenyGivesReasonsAndAnApprovalNamesApprovers() {
        assertThrows(IllegalArgumentException.class, () -> new Decision.Deny(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Decision.ApprovalRequired(List.of(), List.of("a")));
    }

    @Test
    void verdictsKeepACopyOfTheirLists() {
        List<String> reasons = new ArrayList<>(List.of("d: no"));
        Decision deny = new Decision.Deny(reasons);
        reasons.add("later");
        assertEquals(List.of("d: no"), deny.reasons());
    }

    @Test
    void waiverStatusesAndEnforcementsHaveTheirReportIds() {
        assertEquals("applied", WaiverResult.Status.APPLIED.id());
        assertEquals("expired", WaiverResult.Status.EXPIRED.id());
        assertEquals("mandatory", Rule.Enforcement.MANDATORY.id());
        assertEquals("advisory", Rule.Enforcement.ADVISORY.id());
        assertEquals("deny", Rule.Effect.DENY.id());
        assertEquals("require_approval", Rule.Effect.REQUIRE_APPROVAL.id());
        assertEquals("warn", Rule.Effect.WARN.id());
        assertThrows(NullPointerException.class, () -> new WaiverResult("r", "a", "o", "why", "2026-11-26", null));
    }

    private static PolicyResult result(Rule.Effect effect, Rule.Enforcement enforcement, String error) {
        return new PolicyResult("p", "r", effect, enforcement, List.of("a.b"), "m",
                effect == Rule.Effect.REQUIRE_APPROVAL ? new RequiredApproval("ops", 1) : null, error);
    }

    @Test
    void onlyMandatoryFiringsDecide() {
        for (Rule.Effect effect : Rule.Effect.values()) {
            PolicyResult mandatory = result(effect, Rule.Enforcement.MANDATORY, null);
            PolicyResult advisory = result(effect, Rule.Enforcement.ADVISORY, null);
            for (Rule.Effect which : Rule.Effect.values()) {
                assertEquals(effect == which, mandatory.decides(which), effect + " decides " + which);
                assertFalse(advisory.decides(which), "advisory " + effect + " decides " + which);
            }
            assertTrue(mandatory.isMandatory());
            assertFalse(advisory.isMandatory());
        }
    }

    @Test
    void mandatoryDeniesApprovalsAndErrorsBlockWarningsAndAdvisoriesDoNot() {
        assertTrue(result(Rule.Effect.DENY, Rule.Enforcement.MANDATORY, null).isBlocking());
        assertTrue(result(Rule.Effect.REQUIRE_APPROVAL, Rule.Enforcement.MANDATORY, null).isBlocking());
        assertFalse(result(Rule.Effect.WARN, Rule.Enforcement.MANDATORY, null).isBlocking());
        assertTrue(result(Rule.Effect.WARN, Rule.Enforcement.MANDATORY, "no such key").isBlocking());
        assertFalse(result(Rule.Effect.DENY, Rule.Enforcement.ADVISORY, null).isBlocking());
        assertFalse(result(Rule.Effect.REQUIRE_APPROVAL, Rule.Enforcement.ADVISORY, "boom").isBlocking());
    }
}

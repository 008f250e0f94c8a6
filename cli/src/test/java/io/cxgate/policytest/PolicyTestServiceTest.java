package io.cxgate.policytest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.InvalidInputException;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.policy.Decision;
import io.cxgate.testing.Fixtures;

class PolicyTestServiceTest {
    /** A Friday morning: outside "Mon-Thu 20:00-23:00", so any case relying on the clock would notice. */
    private static final Clock FRIDAY = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static PolicyTestService service() {
        return new PolicyTestService(ResourceCatalog.bundled(), FRIDAY);
    }

    private PolicyTestReport run(Optional<Path> policies, Optional<Instant> now) {
        return service().run(new PolicyTestRequest(policies, Optional.empty(), dir, now.map(io.cxgate.policy.ClockPin::of)));
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void theDefaultBundlePassesAndEveryRuleIsExercised() {
        PolicyTestReport report = run(Optional.of(Fixtures.repo("policies")), Optional.empty());
        assertTrue(report.passed(), () -> report.cases().stream().filter(c -> !c.passed()).toList().toString());
        assertEquals(List.of(), report.untestedRules());
        assertTrue(report.cases().size() >= 36, "cases: " + report.cases().size());
    }

    @Test
    void theDefaultBundleDoesNotDependOnTheClock() {
        PolicyTestReport friday = run(Optional.of(Fixtures.repo("policies")), Optional.empty());
        PolicyTestReport thursdayNight = run(Optional.of(Fixtures.repo("policies")), Optional.of(Instant.parse("2026-11-26T21:00:00Z")));
        assertEquals(friday.cases().stream().map(CaseResult::fired).toList(),
                thursdayNight.cases().stream().map(CaseResult::fired).toList());
    }

    private static final String RULES = "apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n"
            + "  - {name: window, scope: plan, condition: '!inWindow(now, env.windows)', effect: deny}\n"
            + "  - {name: never, condition: 'false', effect: warn}\n";

    private void windowTest(String now) throws IOException {
        Files.createDirectories(dir.resolve("policies/plans"));
        Files.copy(Fixtures.repo("policies/tests/plans/routine-update.json"), dir.resolve("policies/plans/p.json"));
        write("policies/rules.yaml", RULES);
        write("policies/test.yaml", "apiVersion: cxgate/v1\nkind: PolicyTest\nname: t\ncases:\n"
                + "  - name: in the window\n    plan: plans/p.json\n"
                + "    environment: {name: prod, windows: [\"Mon-Thu 20:00-23:00\"]}\n" + now
                + "    expect: {outcome: allow, fired: []}\n");
    }

    @Test
    void aCaseWithoutNowUsesNowFromTheRequestThenTheClock() throws IOException {
        windowTest("");
        PolicyTestReport clock = run(Optional.of(Path.of("policies")), Optional.empty());
        assertFalse(clock.passed(), "Friday morning is outside the window");
        CaseResult failed = clock.cases().get(0);
        assertEquals(Decision.Outcome.DENY, failed.outcome());
        assertEquals(Set.of("window"), failed.fired());
        assertEquals("policies/test.yaml: line 5, column 5", failed.place());
        assertTrue(run(Optional.of(Path.of("policies")), Optional.of(Instant.parse("2026-11-26T21:00:00Z"))).passed());
    }

    @Test
    void aCasesOwnNowWinsOverTheRequest() throws IOException {
        windowTest("    now: \"2026-11-26T21:00:00Z\"\n");
        assertTrue(run(Optional.of(Path.of("policies")), Optional.of(Instant.parse("2026-11-27T10:00:00Z"))).passed());
    }

    @Test
    void rulesNoCaseFiresAreListed() throws IOException {
        windowTest("    now: \"2026-11-26T21:00:00Z\"\n");
        assertEquals(List.of("window", "never"), run(Optional.of(Path.of("policies")), Optional.empty()).untestedRules());
    }

    @Test
    void theDirectoryDefaultsToTheConfigsPoliciesThenToPolicies() throws IOException {
        windowTest("    now: \"2026-11-26T21:00:00Z\"\n");
        assertEquals("policies", run(Optional.empty(), Optional.empty()).directory());
        Files.move(dir.resolve("policies"), dir.resolve("rules"));
        write("cxgate.yaml", "policies: rules\ntimeZone: Asia/Tokyo\nenvironments: {prod: {}}\n");
        PolicyTestReport report = run(Optional.empty(), Optional.empty());
        assertEquals(dir.resolve("rules").toString(), report.directory());
        assertFalse(report.passed(), "21:00 UTC is 06:00 in Tokyo: outside the window");
    }

    @Test
    void withoutAnyDirectoryItIsInvalidInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> run(Optional.empty(), Optional.empty()));
        assertEquals("no policies directory: pass DIR, or set policies: in cxgate.yaml", e.getMessage());
    }
}

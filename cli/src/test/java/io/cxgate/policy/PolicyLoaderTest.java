package io.cxgate.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.cxgate.InvalidInputException;
import io.cxgate.plan.Action;
import io.cxgate.testing.Fixtures;

class PolicyLoaderTest {
    private static final String HEAD = "apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n";

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private PolicySet load() {
        return PolicyLoader.load(dir, "policies");
    }

    @Test
    void theDefaultBundleLoadsWithEveryRuleDescribed() {
        PolicySet set = PolicyLoader.load(Fixtures.repo("policies"), "policies");
        assertTrue(set.rules().size() >= 12, "rules: " + set.rules().size());
        for (Rule rule : set.rules()) {
            assertTrue(rule.description() != null && rule.description().length() > 40, rule.name() + " has a description");
        }
        assertTrue(set.tests().stream().mapToInt(t -> t.cases().size()).sum() >= 2 * set.rules().size());
        assertEquals(List.of(), set.waivers());
    }

    @Test
    void defaultsAreApplied() throws IOException {
        write("a.yaml", HEAD + "  - name: r\n    effect: deny\n");
        Rule rule = load().rules().get(0);
        assertEquals(Rule.Scope.CHANGE, rule.scope());
        assertEquals(Rule.Enforcement.MANDATORY, rule.enforcement());
        assertEquals("true", rule.condition());
        assertEquals(Match.ANY, rule.match());
        assertEquals(List.of(), rule.environments());
        assertNull(rule.approvers());
        assertEquals("rule r fired", rule.message());
        assertEquals("policies/a.yaml", rule.source().file());
        assertEquals("rules[0]", rule.source().path());
    }

    @Test
    void aBareBooleanConditionIsCel() throws IOException {
        write("a.yaml", HEAD + "  - {name: r, effect: deny, condition: false}\n");
        assertEquals("false", load().rules().get(0).condition());
    }

    @Test
    void everyFieldIsRead() throws IOException {
        write("a.yaml", HEAD + "  - name: r\n    description: why\n    environments: [prod]\n    scope: plan\n"
                + "    match: {types: [genesyscloud_*], actions: [delete, replace], paths: [\"dnis\"], importing: false}\n"
                + "    condition: env.protected\n    effect: require_approval\n    enforcement: advisory\n"
                + "    approvers: {group: cx-leads, count: 2}\n    message: hi\n");
        Rule rule = load().rules().get(0);
        assertEquals(new Rule("p", "r", "why", List.of("prod"), Rule.Scope.PLAN,
                new Match(List.of("genesyscloud_*"), Set.of(Action.DELETE, Action.REPLACE), List.of("dnis"), Optional.of(false)),
                "env.protected", Rule.Effect.REQUIRE_APPROVAL, Rule.Enforcement.ADVISORY, new RequiredApproval("cx-leads", 2),
                "hi", rule.source()), rule);
    }

    @Test
    void filesAreReadRecursivelyInPathOrderSkippingHiddenDirectoriesAndOtherFiles() throws IOException {
        write("b/two.yml", HEAD.replace("name: p", "name: two") + "  - {name: r2, effect: warn}\n");
        write("a.yaml", HEAD.replace("name: p", "name: one") + "  - {name: r1, effect: warn}\n---\n"
                + "apiVersion: cxgate/v1\nkind: Waivers\nwaivers:\n  - {rule: r2, address: x, owner: o, reason: r, expires: 2026-01-31}\n");
        write(".git/hidden.yaml", "not: [valid");
        write("notes.txt", "ignored");
        PolicySet set = load();
        assertEquals(List.of("one", "two"), set.policies().stream().map(Policy::name).toList());
        assertEquals("policies/b/two.yml", set.policies().get(1).file());
        assertEquals(new Waiver("r2", "x", Optional.empty(), "o", "r", LocalDate.of(2026, 1, 31), "policies/a.yaml",
                set.waivers().get(0).at()), set.waivers().get(0));
    }

    @Test
    void aPolicyTestIsBoundWithItsPlanRelativeToTheFile() throws IOException {
        write("rules.yaml", HEAD + "  - {name: r, effect: warn}\n");
        write("tests/plans/p.json", "{}");
        write("tests/t.yaml", "apiVersion: cxgate/v1\nkind: PolicyTest\nname: t\ncases:\n"
                + "  - name: c\n    plan: plans/p.json\n    environment: {name: prod, protected: true, windows: [\"Sat,Sun 00:00-24:00\"]}\n"
                + "    now: 2026-11-26T21:00:00+01:00\n    simulation: live\n"
                + "    findings: [{code: DELETE_IN_USE, severity: error, address: a, message: m, object: {apiType: FLOW}}]\n"
                + "    expect: {outcome: approval_required, fired: [r]}\n"
                + "  - name: d\n    plan: plans/p.json\n    expect: {outcome: allow, fired: []}\n");
        PolicySet set = load();
        PolicyTestCase c = set.tests().get(0).cases().get(0);
        assertEquals(dir.resolve("tests/plans/p.json"), c.plan());
        assertEquals("policies/tests/plans/p.json", c.planDisplay());
        assertEquals(new PolicyEnvironment("prod", true, List.of("Sat,Sun 00:00-24:00")), c.environment());
        assertEquals(Optional.of(Instant.parse("2026-11-26T20:00:00Z")), c.now());
        assertEquals("live", c.simulation());
        assertEquals("FLOW", c.findings().get(0).object().apiType());
        assertEquals(Decision.Outcome.APPROVAL_REQUIRED, c.expectedOutcome());
        assertEquals(Set.of("r"), c.expectedFired());
        PolicyTestCase d = set.tests().get(0).cases().get(1);
        assertEquals(new PolicyEnvironment("test", false, List.of()), d.environment());
        assertEquals(Optional.empty(), d.now());
        assertEquals("none", d.simulation());
    }

    @Test
    void aMissingDirectoryIsInvalidInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PolicyLoader.load(dir.resolve("nope"), "nope/"));
        assertEquals("nope/: policies directory not found", e.getMessage());
    }

    @Test
    void anEmptyDirectoryHasNoRules() {
        assertEquals(PolicySet.EMPTY, load());
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("kind missing", "apiVersion: cxgate/v1\nname: p\n",
                        "line 1, column 1: kind: required field is missing (Policy, PolicyTest or Waivers)"),
                Arguments.of("kind unknown", "apiVersion: cxgate/v1\nkind: Polcy\n",
                        "line 2, column 7: kind: must be one of Policy, PolicyTest, Waivers"),
                Arguments.of("api version", "apiVersion: cxgate/v2\nkind: Policy\nname: p\nrules: [{name: r, effect: deny}]\n",
                        "line 1, column 13: apiVersion: must be one of cxgate/v1"),
                Arguments.of("unknown rule field", HEAD + "  - name: r\n    efect: deny\n",
                        "line 6, column 5: rules[0].efect: unknown field"),
                Arguments.of("missing effect", HEAD + "  - name: r\n",
                        "line 5, column 5: rules[0].effect: required field is missing"),
                Arguments.of("bad effect", HEAD + "  - name: r\n    effect: block\n",
                        "line 6, column 13: rules[0].effect: must be one of deny, require_approval, warn"),
                Arguments.of("bad action", HEAD + "  - name: r\n    effect: deny\n    match: {actions: [destroy]}\n",
                        "line 7, column 23: rules[0].match.actions[0]: must be one of create, update, delete, replace, read, no-op, forget"),
                Arguments.of("approval without approvers", HEAD + "  - name: r\n    effect: require_approval\n",
                        "line 5, column 5: rules[0].approvers: required field is missing"),
                Arguments.of("approvers on deny", HEAD + "  - name: r\n    effect: deny\n    approvers: {group: ops}\n",
                        "line 7, column 5: rules[0].approvers: only a require_approval rule names approvers (effect is deny)"),
                Arguments.of("zero approvals", HEAD + "  - {name: r, effect: require_approval, approvers: {group: ops, count: 0}}\n",
                        "line 5, column 72: rules[0].approvers.count: must be at least 1"),
                Arguments.of("bad rule name", HEAD + "  - name: my rule\n    effect: deny\n",
                        "line 5, column 11: rules[0].name: must start with a letter or digit and use only letters, digits, '_', '.' and '-'"),
                Arguments.of("no rules", HEAD.replace("rules:\n", "rules: []\n"),
                        "line 4, column 1: rules: must list at least 1 entry"),
                Arguments.of("duplicate rule", HEAD + "  - {name: r, effect: warn}\n  - {name: r, effect: deny}\n",
                        "line 6, column 12: rules[1].name: duplicate rule name 'r' (also at policies/a.yaml: line 5, column 12)"),
                Arguments.of("yaml syntax", HEAD + "  - name: [r\n",
                        "not valid YAML"),
                Arguments.of("top level list", "- a\n", "line 1, column 1: the top level must be a mapping (found a list)"),
                Arguments.of("waiver for no rule", "apiVersion: cxgate/v1\nkind: Waivers\nwaivers:\n"
                        + "  - {rule: nope, address: x, owner: o, reason: r, expires: 2026-01-31}\n",
                        "line 4, column 12: waivers[0].rule: no rule named 'nope' (no rules are loaded)"),
                Arguments.of("waiver date", HEAD + "  - {name: r, effect: warn}\n---\napiVersion: cxgate/v1\nkind: Waivers\nwaivers:\n"
                        + "  - {rule: r, address: x, owner: o, reason: r, expires: 2026-02-30}\n",
                        "line 10, column 57: waivers[0].expires: not a calendar date: 2026-02-30"),
                Arguments.of("waiver date shape", "apiVersion: cxgate/v1\nkind: Waivers\nwaivers:\n"
                        + "  - {rule: r, address: x, owner: o, reason: r, expires: next week}\n",
                        "line 4, column 57: waivers[0].expires: must be a date like 2026-12-31"),
                Arguments.of("waiver without owner", "apiVersion: cxgate/v1\nkind: Waivers\nwaivers:\n"
                        + "  - {rule: r, address: x, reason: r, expires: 2026-01-01}\n",
                        "line 4, column 5: waivers[0].owner: required field is missing"),
                Arguments.of("test names unknown rule", HEAD + "  - {name: r, effect: warn}\n---\n"
                        + "apiVersion: cxgate/v1\nkind: PolicyTest\nname: t\ncases:\n"
                        + "  - {name: c, plan: a.yaml, expect: {outcome: allow, fired: [r, s]}}\n",
                        "line 11, column 65: cases[0].expect.fired[1]: no rule named 's'"),
                Arguments.of("test plan missing", "apiVersion: cxgate/v1\nkind: PolicyTest\nname: t\ncases:\n"
                        + "  - {name: c, plan: plans/none.json, expect: {outcome: allow, fired: []}}\n",
                        "line 5, column 21: cases[0].plan: plan file not found: policies/plans/none.json (relative to this file)"),
                Arguments.of("test now", "apiVersion: cxgate/v1\nkind: PolicyTest\nname: t\ncases:\n"
                        + "  - {name: c, plan: a.yaml, now: tomorrow, expect: {outcome: allow, fired: []}}\n",
                        "line 5, column 34: cases[0].now: must be an ISO-8601 instant with a zone, like 2026-11-26T21:00:00Z (found 'tomorrow')"),
                Arguments.of("test window", "apiVersion: cxgate/v1\nkind: PolicyTest\nname: t\ncases:\n"
                        + "  - {name: c, plan: a.yaml, environment: {name: prod, windows: [\"Mon-Fri 9:00-17:00\"]}, expect: {outcome: allow, fired: []}}\n",
                        "line 5, column 65: cases[0].environment.windows[0]: deployment window 'Mon-Fri 9:00-17:00': times must be 'HH:MM-HH:MM', not '9:00-17:00'"),
                Arguments.of("test outcome", "apiVersion: cxgate/v1\nkind: PolicyTest\nname: t\ncases:\n"
                        + "  - {name: c, plan: a.yaml, expect: {outcome: allowed, fired: []}}\n",
                        "line 5, column 47: cases[0].expect.outcome: must be one of allow, approval_required, deny"),
                Arguments.of("test duplicate case", "apiVersion: cxgate/v1\nkind: PolicyTest\nname: t\ncases:\n"
                        + "  - {name: c, plan: a.yaml, expect: {outcome: allow, fired: []}}\n"
                        + "  - {name: c, plan: a.yaml, expect: {outcome: allow, fired: []}}\n",
                        "line 6, column 12: cases[1].name: duplicate case name 'c' in this test"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsInvalidInputNamingFileLineAndField(String what, String text, String message) throws IOException {
        write("a.yaml", text);
        InvalidInputException e = assertThrows(InvalidInputException.class, this::load);
        assertTrue(e.getMessage().startsWith("policies/a.yaml: "), e.getMessage());
        assertTrue(e.getMessage().contains(message), "expected '" + message + "' in: " + e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @Test
    void duplicatePolicyNamesAcrossFilesAreNamedWithBothPlaces() throws IOException {
        write("a.yaml", HEAD + "  - {name: r1, effect: warn}\n");
        write("b.yaml", HEAD + "  - {name: r2, effect: warn}\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, this::load);
        assertEquals("policies/b.yaml: line 3, column 7: name: duplicate policy name 'p' (also at policies/a.yaml: line 3,"
                + " column 7)", e.getMessage());
    }
}

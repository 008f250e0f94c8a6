package io.cxgate.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.InvalidInputException;
import io.cxgate.plan.Plan;
import io.cxgate.simulate.Finding;
import io.cxgate.testing.Plans;

/**
 * Which rules fire, in which order, naming which addresses and saying what: drift-scoped rules, the order of
 * firings, the subjects of plan-scoped rules, and the CEL views and message templates. Each engine is compiled
 * once for the class (CEL compiles are the slow part); the expected values are written by hand from the plans.
 */
class PolicyFiringsTest {
    private static final Instant NOW = Instant.parse("2026-11-26T21:00:00Z");
    private static final PolicyEnvironment DEV = new PolicyEnvironment("dev", false, List.of());
    private static final String SUPPORT = "module.queues.genesyscloud_routing_queue.support";
    private static final String SALES = "module.queues.genesyscloud_routing_queue.sales";
    private static final String LEGACY = "module.queues.genesyscloud_routing_queue.spanish_legacy";
    private static final String GONE = "module.queues.genesyscloud_routing_queue.gone";

    private static final String HEADER = "apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n";

    /** Rules of every scope, written so that unsorted firings would come out change, plan, drift. */
    private static final String SCOPES = HEADER
            + "  - name: first\n    scope: plan\n    match: {types: [genesyscloud_routing_queue]}\n    effect: warn\n"
            + "    message: \"{{plan.drift}} drifted\"\n"
            + "  - name: drifted-queue\n    scope: drift\n    match: {types: [genesyscloud_routing_queue]}\n"
            + "    effect: deny\n    message: \"{{plan.driftAddresses}} changed outside Terraform\"\n"
            + "  - name: drifted-user\n    scope: drift\n    match: {types: [genesyscloud_user]}\n    effect: deny\n"
            + "  - name: each\n    match: {types: [genesyscloud_routing_queue], actions: [update]}\n    effect: warn\n"
            + "    message: \"{{change.address}}\"\n";

    private static final String OUT_OF_BAND = HEADER
            + "  - name: oob\n    scope: plan\n    condition: findings.exists(f, f.code == 'OUT_OF_BAND_CHANGE')\n"
            + "    effect: warn\n";

    private static final String MESSAGES = HEADER
            + "  - {name: starts, scope: plan, effect: warn, message: '{{plan.summary.delete}} deletes'}\n"
            + "  - {name: stray-close, scope: plan, effect: warn, message: '}}{{plan.summary.delete}}'}\n"
            + "  - {name: one-item, scope: plan, effect: warn, message: \"queues: {{['a']}}\"}\n"
            + "  - {name: alone, scope: plan, effect: warn, message: \"{{['a', 'b']}}\"}\n"
            + "  - {name: then-text, scope: plan, effect: warn, message: \"{{['a', 'b']}} end\"}\n"
            + "  - {name: after-text, scope: plan, effect: warn, message: \"x {{['a', 'b']}}\"}\n"
            + "  - {name: trailing-blank, scope: plan, effect: warn, message: \"x {{['a', 'b']}}  \"}\n"
            + "  - {name: no-parts, scope: plan, effect: warn, message: 'plain words'}\n"
            + "  - {name: changes, scope: plan, effect: warn,"
            + " message: \"{{plan.changes.map(c, c.action + ' ' + c.type + ' ' + c.address + ' ' + string(c.importing)"
            + " + ' ' + string(size(c.changedPaths)))}} .\"}\n"
            + "  - {name: one-char-glob, match: {types: ['genesyscloud_routing_queu?']}, effect: warn, message: '?'}\n"
            + "  - {name: inputs, scope: plan, effect: warn, message: '{{simulation.source}} {{env.name}}'}\n"
            + "  - name: change\n    effect: warn\n    message: \"{{change.address}}|{{change.type}}|{{change.name}}|"
            + "{{change.module}}|{{change.label}}|{{change.action}}|{{change.actions}}|{{size(change.changedPaths)}}|"
            + "{{change.actionReason}}|{{change.importing}}|{{change.previousAddress}}|{{change.before.name}}|"
            + "{{change.after}}|{{size(change.before.members)}}\"\n";

    @TempDir
    static Path dir;

    private static PolicyEngine scopes;
    private static PolicyEngine outOfBand;
    private static PolicyEngine messages;

    @BeforeAll
    static void compile() throws IOException {
        scopes = compile("scopes", SCOPES);
        outOfBand = compile("oob", OUT_OF_BAND);
        messages = compile("messages", MESSAGES);
    }

    private static PolicyEngine compile(String name, String yaml) throws IOException {
        Path policies = Files.createDirectories(dir.resolve(name));
        Files.writeString(policies.resolve("policy.yaml"), yaml);
        return PolicyEngine.compile(PolicyLoader.load(policies, "policies"), ZoneOffset.UTC);
    }

    private static Evaluation evaluate(PolicyEngine engine, Plan plan, List<Finding> findings) {
        return engine.evaluate(new EvaluationInput(plan, DEV, NOW, findings, "none", Optional.empty()));
    }

    private static List<String> fired(Evaluation evaluation) {
        return evaluation.policies().stream().map(p -> p.rule() + " " + p.addresses() + " " + p.message()).toList();
    }

    // ---- scopes and order

    @Test
    void aDriftRuleFiresOnTheDriftedObjectsItMatchesAndFiringsComeInRuleOrder() {
        Evaluation evaluation = evaluate(scopes, Plans.bundle("drift-queue.json"), List.of());
        assertEquals(List.of(
                "first [" + SUPPORT + "] 1 drifted",
                "drifted-queue [" + SUPPORT + "] " + SUPPORT + " changed outside Terraform",
                "each [" + SUPPORT + "] " + SUPPORT), fired(evaluation));
        assertEquals(Decision.Outcome.DENY, evaluation.decision().outcome());
    }

    @Test
    void aDriftRuleDoesNotFireWithoutDrift() {
        Evaluation evaluation = evaluate(scopes, Plans.bundle("routine-update.json"), List.of());
        assertEquals(List.of("first [" + SALES + "] 0 drifted", "each [" + SALES + "] " + SALES), fired(evaluation));
        assertEquals(Decision.Outcome.ALLOW, evaluation.decision().outcome());
    }

    @Test
    void driftThatIsOnlyProviderNoiseIsNotDriftForPolicies() {
        // the queue's members changed outside Terraform: the catalog's diffNoise for queues
        Evaluation evaluation = evaluate(scopes, Plans.bundle("drift-queue-members.json"), List.of());
        assertEquals("first [" + SALES + "] 0 drifted", fired(evaluation).get(0));
    }

    // ---- the subjects of a plan-scoped rule about out-of-band changes

    private static final List<String> SKILL_RENAME_CHANGES = List.of("genesyscloud_user.amoreno",
            "genesyscloud_user.dpatel", "module.queues.genesyscloud_routing_queue.spanish_legacy", SUPPORT,
            "module.skills.genesyscloud_routing_skill.skill[\"spanish\"]");

    private static List<String> oobSubjects(String... addresses) {
        List<Finding> findings = java.util.Arrays.stream(addresses).map(a -> new Finding(Finding.Code.OUT_OF_BAND_CHANGE,
                Finding.Severity.WARNING, a, null, "changed in the UI")).toList();
        return evaluate(outOfBand, Plans.example("skill-rename.json"), findings).policies().get(0).addresses();
    }

    @Test
    void anOutOfBandFindingWithoutAnAddressNamesEveryMatchedChange() {
        assertEquals(SKILL_RENAME_CHANGES, oobSubjects((String) null));
    }

    @Test
    void outOfBandSubjectsAreNarrowedToTheMatchedChanges() {
        assertEquals(List.of(SUPPORT), oobSubjects(GONE, SUPPORT));
    }

    @Test
    void outOfBandSubjectsOutsideThePlanAreNamedWhenNoMatchedChangeIsOne() {
        assertEquals(List.of(GONE), oobSubjects(GONE));
    }

    // ---- messages and views

    private static Map<String, String> messages(Plan plan) {
        return evaluate(messages, plan, List.of()).policies().stream()
                .collect(Collectors.toMap(PolicyResult::rule, PolicyResult::message));
    }

    @Test
    void templatesSubstituteEachExpressionAndAFinalListGoesOnLinesOfItsOwn() {
        Map<String, String> m = messages(Plans.bundle("queue-delete.json"));
        assertEquals("1 deletes", m.get("starts"));
        assertEquals("}}1", m.get("stray-close"));
        assertEquals("queues: a", m.get("one-item"));
        assertEquals("a\nb", m.get("alone"));
        assertEquals("a; b end", m.get("then-text"));
        assertEquals("x\na\nb", m.get("after-text"));
        assertEquals("x\na\nb", m.get("trailing-blank"));
        assertEquals("plain words", m.get("no-parts"));
        assertEquals("none dev", m.get("inputs"));
        assertEquals("?", m.get("one-char-glob"), "? in a type glob is one character");
    }

    @Test
    void planChangesListEveryChangeWithItsSlimFields() {
        Map<String, String> m = messages(Plans.bundle("queue-delete.json"));
        // the no-op of Sales is not a change; a delete changes each of the queue's 50 attribute paths
        assertEquals("delete genesyscloud_routing_queue " + LEGACY + " false 50 .",
                m.get("changes"));
    }

    @Test
    void theChangeViewHasEveryField() {
        assertEquals(LEGACY + "|genesyscloud_routing_queue|spanish_legacy|module.queues|Queue \"Spanish Line (legacy)\"|"
                + "delete|delete|50|delete_because_no_resource_config|false|null|Spanish Line (legacy)|null|3",
                messages(Plans.bundle("queue-delete.json")).get("change"));
    }

    // ---- compile errors and the loaded set

    @Test
    void aConditionWithSeveralProblemsNamesTheFirstAndCountsTheOthers() throws IOException {
        InvalidInputException two = assertThrows(InvalidInputException.class, () -> compile("two-problems", HEADER
                + "  - {name: r, effect: deny, condition: \"change.adress == 'x' && change.lable == 'y'\"}\n"));
        assertTrue(two.getMessage().endsWith(": rules[0].condition: CEL: undefined field 'adress'"
                + " (column 7 of the condition) and 1 more problem"), two.getMessage());
        InvalidInputException three = assertThrows(InvalidInputException.class, () -> compile("three-problems", HEADER
                + "  - {name: r, effect: deny, condition: \"change.adress == 'x' && change.lable == 'y' && env.nam == ''\"}\n"));
        assertTrue(three.getMessage().endsWith(" and 2 more problems"), three.getMessage());
    }

    @Test
    void aRuleIsFoundByName() {
        assertEquals(Optional.of(Rule.Scope.DRIFT), scopes.policies().rule("drifted-user").map(Rule::scope));
        assertEquals(Optional.empty(), scopes.policies().rule("drifted"));
        assertTrue(scopes.policies().hasRules());
        assertFalse(PolicySet.EMPTY.hasRules());
    }

    @Test
    void aSinglePolicyFileLoadsToo() {
        PolicySet set = PolicyLoader.load(dir.resolve("scopes").resolve("policy.yaml"));
        assertEquals(List.of("first", "drifted-queue", "drifted-user", "each"), set.rules().stream().map(Rule::name).toList());
    }
}

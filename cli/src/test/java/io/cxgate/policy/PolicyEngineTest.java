package io.cxgate.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
import io.cxgate.plan.Plan;
import io.cxgate.simulate.Finding;
import io.cxgate.testing.Plans;

class PolicyEngineTest {
    private static final Instant THURSDAY_9PM = Instant.parse("2026-11-26T21:00:00Z");
    private static final PolicyEnvironment PROD = new PolicyEnvironment("prod", true, List.of("Mon-Thu 20:00-23:00"));
    private static final PolicyEnvironment DEV = new PolicyEnvironment("dev", false, List.of());

    @TempDir
    Path dir;

    private PolicyEngine engine(String yaml) {
        return engine(yaml, ZoneOffset.UTC);
    }

    private PolicyEngine engine(String yaml, ZoneId zone) {
        try {
            Files.writeString(dir.resolve("policy.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PolicyEngine.compile(PolicyLoader.load(dir, "policies"), zone);
    }

    /** A one-rule policy; {@code rule} is the YAML of the rule's fields, indented by four spaces. */
    private static String policy(String rule) {
        return "apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n  - name: r\n" + rule;
    }

    private static Evaluation evaluate(PolicyEngine engine, Plan plan, PolicyEnvironment env) {
        return engine.evaluate(new EvaluationInput(plan, env, THURSDAY_9PM, List.of(), "none", Optional.empty()));
    }

    private static Evaluation evaluate(PolicyEngine engine, Plan plan, PolicyEnvironment env, Instant now) {
        return engine.evaluate(new EvaluationInput(plan, env, now, List.of(), "none", Optional.empty()));
    }

    // ---- compile errors

    static Stream<Arguments> misspeltFields() {
        return Stream.of(
                Arguments.of("change.adress == 'x'", "undefined field 'adress'"),
                Arguments.of("plan.sumary.delete > 0", "undefined field 'sumary'"),
                Arguments.of("plan.summary.deletes > 0", "undefined field 'deletes'"),
                Arguments.of("plan.changes.exists(c, c.labels == 'x')", "undefined field 'labels'"),
                Arguments.of("env.protectd", "undefined field 'protectd'"),
                Arguments.of("simulation.sorce == 'none'", "undefined field 'sorce'"),
                Arguments.of("findings.exists(f, f.serverity == 'error')", "undefined field 'serverity'"),
                Arguments.of("findings.exists(f, f.object.nam == 'x')", "undefined field 'nam'"),
                Arguments.of("change.action == 1", "found no matching overload for '_==_'"),
                Arguments.of("plan.drift", "expected type 'bool' but found 'int'"),
                Arguments.of("change.type ==", "mismatched input"),
                Arguments.of("inWindow(now)", "found no matching overload for 'inWindow'"));
    }

    @ParameterizedTest
    @MethodSource("misspeltFields")
    void aMisspeltFieldOrBadConditionIsACompileErrorNamingFileAndLine(String condition, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine(policy(
                "    condition: \"" + condition.replace("\"", "\\\"") + "\"\n    effect: deny\n")));
        assertTrue(e.getMessage().startsWith("policies/policy.yaml: line 6, column 16: rules[0].condition: CEL: "),
                e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void beforeAndAfterStayDynamic() {
        engine(policy("    condition: change.after.whatever.nested == 3 || change.before.x == 'y'\n    effect: deny\n"));
    }

    @Test
    void aPlanScopedRuleHasNoChange() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine(policy(
                "    scope: plan\n    condition: change.type == 'x'\n    effect: deny\n")));
        assertTrue(e.getMessage().contains("undeclared reference to 'change'"), e.getMessage());
        assertTrue(e.getMessage().contains("use plan.changes"), e.getMessage());
    }

    @Test
    void aMultiLineConditionNamesTheLineWithinIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine(policy(
                "    condition: |\n      env.protected &&\n        change.lable == 'x'\n    effect: deny\n")));
        assertEquals("policies/policy.yaml: line 6, column 16: rules[0].condition: CEL: undefined field 'lable'"
                + " (line 2, column 9 of the condition)", e.getMessage());
    }

    @Test
    void aMessageTemplateIsCompiledToo() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine(policy(
                "    effect: deny\n    message: \"{{change.lable}} goes\"\n")));
        assertEquals("policies/policy.yaml: line 7, column 14: rules[0].message: CEL in {{change.lable}}: "
                + "undefined field 'lable' (column 7 of the expression)", e.getMessage());
    }

    // ---- matching

    @Test
    void typeGlobsAndActionsSelectCandidates() {
        PolicyEngine engine = engine(policy("    match: {types: [genesyscloud_routing_*], actions: [delete]}\n"
                + "    effect: deny\n"));
        assertEquals(Set.of("r"), evaluate(engine, Plans.bundle("queue-delete.json"), DEV).firedRules());
        assertEquals(Set.of(), evaluate(engine, Plans.bundle("routine-update.json"), DEV).firedRules());
        assertEquals(Set.of(), evaluate(engine, Plans.bundle("flow-delete.json"), DEV).firedRules());
    }

    @Test
    void omittedActionsMeanEveryActionButNoOpAndRead() {
        PolicyEngine engine = engine(policy("    match: {types: [genesyscloud_routing_queue]}\n    effect: warn\n"));
        Evaluation routine = evaluate(engine, Plans.bundle("routine-update.json"), DEV);
        assertEquals(List.of(List.of("module.queues.genesyscloud_routing_queue.sales")),
                routine.policies().stream().map(PolicyResult::addresses).toList(), "the no-op support queue is left out");
        Plan read = Plans.inline(dir, Plans.change("genesyscloud_routing_queue", "q", "[\"read\"]", "null", "{\"name\":\"Q\"}"));
        assertEquals(Set.of(), evaluate(engine, read, DEV).firedRules());
    }

    @Test
    void anImportingNoOpIsIncludedOnlyWhenTheRuleAsksForImports() {
        Plan imported = Plans.bundle("import-queue.json");
        assertEquals(Set.of(), evaluate(engine(policy("    effect: warn\n")), imported, DEV).firedRules());
        assertEquals(Set.of("r"), evaluate(engine(policy("    match: {importing: true}\n    effect: warn\n")), imported, DEV)
                .firedRules());
        assertEquals(Set.of(), evaluate(engine(policy("    match: {importing: false, actions: [no-op]}\n    effect: warn\n")),
                imported, DEV).firedRules());
    }

    @Test
    void pathPatternsMatchChangedPaths() {
        Plan dnis = Plans.bundle("ivr-dnis-change.json");
        Plan description = Plans.bundle("ivr-description-change.json");
        PolicyEngine exact = engine(policy("    match: {paths: [dnis]}\n    effect: warn\n"));
        assertEquals(Set.of("r"), evaluate(exact, dnis, DEV).firedRules());
        assertEquals(Set.of(), evaluate(exact, description, DEV).firedRules());
        PolicyEngine wildcard = engine(policy("    match: {paths: [\"config_request[*].request_url_*\"]}\n    effect: warn\n"));
        assertEquals(Set.of("r"), evaluate(wildcard, Plans.bundle("data-action-url.json"), DEV).firedRules());
        assertEquals(Set.of(), evaluate(wildcard, Plans.bundle("data-action-contract.json"), DEV).firedRules());
    }

    @Test
    void environmentsLimitWhereARuleApplies() {
        PolicyEngine engine = engine(policy("    environments: [prod]\n    effect: warn\n"));
        Plan plan = Plans.bundle("routine-update.json");
        assertEquals(Set.of("r"), evaluate(engine, plan, PROD).firedRules());
        assertEquals(Set.of(), evaluate(engine, plan, DEV).firedRules());
    }

    @Test
    void aPlanScopedRuleFiresOnceWithTheAddressesThatMatched() {
        PolicyEngine engine = engine(policy("    scope: plan\n    match: {actions: [delete]}\n"
                + "    condition: plan.summary.delete > 20 && size(plan.changes) == 26\n    effect: deny\n"
                + "    message: \"{{plan.summary.delete}} deletes\"\n"));
        Evaluation evaluation = evaluate(engine, Plans.bundle("mass-delete-26.json"), DEV);
        assertEquals(1, evaluation.policies().size());
        assertEquals(26, evaluation.policies().get(0).addresses().size());
        assertEquals("26 deletes", evaluation.policies().get(0).message());
        assertEquals(Decision.Outcome.DENY, evaluation.decision().outcome());
    }

    @Test
    void aPlanScopedRuleWithNoMatchingChangeIsNotEvaluated() {
        PolicyEngine engine = engine(policy("    scope: plan\n    match: {actions: [delete]}\n    effect: deny\n"));
        assertEquals(Set.of(), evaluate(engine, Plans.bundle("routine-update.json"), DEV).firedRules());
    }

    // ---- CEL variables

    @Test
    void jsonIntegersAreCelInts() {
        PolicyEngine engine = engine(policy("    match: {types: [genesyscloud_routing_queue]}\n"
                + "    condition: change.after.acw_timeout_ms == 45000 && change.before.acw_timeout_ms < 30001"
                + " && change.after.acw_timeout_ms > 44999.5 && type(change.after.acw_timeout_ms) == int\n"
                + "    effect: warn\n"));
        assertEquals(Set.of("r"), evaluate(engine, Plans.bundle("routine-update.json"), DEV).firedRules());
    }

    @Test
    void beforeIsNullOnCreateAndAfterIsNullOnDelete() {
        PolicyEngine engine = engine(policy("    condition: >-\n"
                + "      (change.action == 'create' && change.before == null && change.after != null) ||\n"
                + "      (change.action == 'delete' && change.after == null && change.before.name == 'Spanish Line (legacy)')\n"
                + "    effect: warn\n"));
        assertEquals(Set.of("r"), evaluate(engine, Plans.bundle("queue-delete.json"), DEV).firedRules());
        assertEquals(1, evaluate(engine, Plans.bundle("routine-update.json"), DEV).policies().size(), "the create");
    }

    @Test
    void changeFieldsAreThePlansView() {
        PolicyEngine engine = engine(policy("    condition: >-\n"
                + "      change.address == 'module.skills.genesyscloud_routing_skill.skill[\"spanish\"]' &&\n"
                + "      change.type == 'genesyscloud_routing_skill' && change.name == 'skill' &&\n"
                + "      change.module == 'module.skills' && change.label == 'Skill \"Spanish\"' &&\n"
                + "      change.action == 'replace' && change.actions == ['delete', 'create'] &&\n"
                + "      'name' in change.changedPaths && change.actionReason == 'replace_because_cannot_update' &&\n"
                + "      !change.importing && change.previousAddress == null\n"
                + "    effect: warn\n"));
        assertEquals(Set.of("r"), evaluate(engine, Plans.bundle("skill-replace.json"), DEV).firedRules());
    }

    @Test
    void planFieldsSummariseThePlan() {
        PolicyEngine engine = engine(policy("    scope: plan\n    condition: >-\n"
                + "      plan.drift == 1 && plan.summary.drift == 1 && plan.summary.update == 1 &&\n"
                + "      plan.driftAddresses == ['module.queues.genesyscloud_routing_queue.support'] &&\n"
                + "      plan.changes.all(c, c.action == 'update' && c.changedPaths == ['description'] && !c.importing) &&\n"
                + "      !plan.rollback && !plan.errored && plan.complete\n"
                + "    effect: warn\n"));
        assertEquals(Set.of("r"), evaluate(engine, Plans.bundle("drift-queue.json"), DEV).firedRules());
    }

    @Test
    void planRollbackIsTrueOnlyForARollbacksPlan() {
        PolicyEngine engine = engine(policy("    scope: plan\n    condition: plan.rollback\n    effect: warn\n"));
        Plan plan = Plans.bundle("routine-update.json");
        assertEquals(Set.of("r"), engine.evaluate(new EvaluationInput(plan, DEV, THURSDAY_9PM, List.of(), "none",
                Optional.empty(), true)).firedRules());
        assertEquals(Set.of(), engine.evaluate(new EvaluationInput(plan, DEV, THURSDAY_9PM, List.of(), "none",
                Optional.empty())).firedRules());
    }

    @Test
    void envSimulationAndNowAreTheInputs() {
        PolicyEngine engine = engine(policy("    scope: plan\n    condition: >-\n"
                + "      env.name == 'prod' && env.protected && env.windows == ['Mon-Thu 20:00-23:00'] &&\n"
                + "      simulation.source == 'live' && now == timestamp('2026-11-26T21:00:00Z')\n"
                + "    effect: warn\n"));
        Evaluation evaluation = engine.evaluate(new EvaluationInput(Plans.bundle("routine-update.json"), PROD, THURSDAY_9PM,
                List.of(), "live", Optional.empty()));
        assertEquals(Set.of("r"), evaluation.firedRules());
    }

    @Test
    void findingsAreThoseOfTheChangeOrAllForPlanScope() {
        String address = "module.queues.genesyscloud_routing_queue.spanish_legacy";
        List<Finding> findings = List.of(
                new Finding(Finding.Code.DELETE_IN_USE, Finding.Severity.ERROR, address, new Finding.LiveObject("FLOW", "genesyscloud_flow", "f1", "IVR"), "used"),
                new Finding(Finding.Code.NAME_CONFLICT, Finding.Severity.ERROR, "elsewhere", null, "clash"));
        PolicyEngine changeScoped = engine(policy("    condition: >-\n"
                + "      size(findings) == 1 && findings[0].code == 'DELETE_IN_USE' && findings[0].object.name == 'IVR'\n"
                + "    effect: warn\n"));
        Plan plan = Plans.bundle("queue-delete.json");
        assertEquals(Set.of("r"), changeScoped.evaluate(new EvaluationInput(plan, DEV, THURSDAY_9PM, findings, "live",
                Optional.empty())).firedRules());
        PolicyEngine planScoped = engine(policy("    scope: plan\n"
                + "    condition: size(findings) == 2 && findings.exists(f, f.object == null && f.address == 'elsewhere')\n"
                + "    effect: warn\n"));
        assertEquals(Set.of("r"), planScoped.evaluate(new EvaluationInput(plan, DEV, THURSDAY_9PM, findings, "live",
                Optional.empty())).firedRules());
    }

    @Test
    void inWindowReadsWindowsInTheConfiguredTimeZone() {
        String rule = policy("    scope: plan\n    condition: inWindow(now, env.windows)\n    effect: warn\n");
        Plan plan = Plans.bundle("routine-update.json");
        Instant utc2030 = Instant.parse("2026-07-02T20:30:00Z"); // Thursday; 21:30 in London (BST)
        Instant utc2230 = Instant.parse("2026-07-02T22:30:00Z"); // 23:30 in London: outside
        assertEquals(Set.of("r"), evaluate(engine(rule), plan, PROD, utc2030).firedRules());
        assertEquals(Set.of("r"), evaluate(engine(rule), plan, PROD, utc2230).firedRules());
        PolicyEngine london = engine(rule, ZoneId.of("Europe/London"));
        assertEquals(Set.of("r"), evaluate(london, plan, PROD, utc2030).firedRules());
        assertEquals(Set.of(), evaluate(london, plan, PROD, utc2230).firedRules());
    }

    // ---- messages

    @Test
    void messagesSubstituteCelPaths() {
        PolicyEngine engine = engine(policy("    match: {types: [genesyscloud_routing_skill]}\n    effect: deny\n"
                + "    message: \"{{change.label}}: {{change.before.name}} -> {{change.after.name}} ({{plan.summary.replace}}"
                + " replaced, {{change.changedPaths}}, protected {{env.protected}})\"\n"));
        // a replaced object is labelled by the name it has in the org: that is the object destroyed
        assertEquals("Skill \"Spanish\": Spanish -> Spanish - Native (1 replaced, id; name, protected false)",
                evaluate(engine, Plans.bundle("skill-replace.json"), DEV).policies().get(0).message());
    }

    @Test
    void aListEndingTheMessagePutsEachItemOnALineOfItsOwnAndAListInsideReadsAsProse() {
        PolicyEngine engine = engine(policy("    scope: plan\n    effect: warn\n"
                + "    message: \"In use ({{['x', 'y']}}): {{['the first reason', 'the second reason']}}\"\n"));
        assertEquals("In use (x; y):\nthe first reason\nthe second reason",
                evaluate(engine, Plans.bundle("routine-update.json"), DEV).policies().get(0).message());
    }

    @Test
    void nowInAMessageIsInTheConfiguredTimeZoneToTheMinute() {
        String rule = policy("    scope: plan\n    effect: warn\n    message: \"{{now}} is outside\"\n");
        Instant now = Instant.parse("2026-11-26T21:00:59.123456789Z");
        Plan plan = Plans.bundle("routine-update.json");
        assertEquals("2026-11-26 22:00 Europe/Berlin is outside",
                evaluate(engine(rule, ZoneId.of("Europe/Berlin")), plan, DEV, now).policies().get(0).message());
        assertEquals("2026-11-26 21:00 UTC is outside", evaluate(engine(rule), plan, DEV, now).policies().get(0).message());
    }

    @Test
    void aPlanScopedRuleAboutDriftNamesOnlyTheDriftedObjects() {
        PolicyEngine engine = engine(policy("    scope: plan\n    condition: plan.drift > 0\n    effect: warn\n"
                + "    message: \"{{plan.driftAddresses}} drifted\"\n"));
        PolicyResult result = evaluate(engine, Plans.example("skill-rename.json"), DEV).policies().get(0);
        assertEquals(List.of("module.queues.genesyscloud_routing_queue.support"), result.addresses());
        assertEquals("module.queues.genesyscloud_routing_queue.support drifted", result.message());
    }

    @Test
    void aPlanScopedRuleAboutOutOfBandChangesNamesTheChangedObjects() {
        PolicyEngine engine = engine(policy("    scope: plan\n"
                + "    condition: findings.exists(f, f.code == 'OUT_OF_BAND_CHANGE')\n    effect: warn\n"));
        String support = "module.queues.genesyscloud_routing_queue.support";
        List<Finding> findings = List.of(new Finding(Finding.Code.OUT_OF_BAND_CHANGE, Finding.Severity.WARNING, support, null, "changed in the UI"));
        PolicyResult result = engine.evaluate(new EvaluationInput(Plans.example("skill-rename.json"), DEV, THURSDAY_9PM,
                findings, "snapshot", Optional.empty())).policies().get(0);
        assertEquals(List.of(support), result.addresses());
    }

    @Test
    void theDefaultBundlesNameConflictMessageSaysItOnce() {
        PolicyEngine bundle = PolicyEngine.compile(PolicyLoader.load(io.cxgate.testing.Fixtures.repo("policies"),
                "policies"), ZoneOffset.UTC);
        Plan plan = Plans.inline(dir, Plans.change("genesyscloud_routing_queue", "sales", "[\"create\"]", "null",
                "{\"name\": \"Sales\"}"));
        String finding = "Queue \"Sales\" already exists in the org (ID q-1) and Terraform does not manage it: creating"
                + " it fails or makes a duplicate. To manage the existing one, import it: (the import block)";
        Evaluation evaluation = bundle.evaluate(new EvaluationInput(plan, PROD, THURSDAY_9PM, List.of(new Finding(Finding.Code.NAME_CONFLICT, Finding.Severity.ERROR, "genesyscloud_routing_queue.sales", null, finding)), "live", Optional.empty()));
        PolicyResult conflict = evaluation.policies().stream().filter(p -> p.rule().equals("live-name-conflict"))
                .findFirst().orElseThrow();
        assertEquals(finding, conflict.message());
    }

    @Test
    void aTemplatePartThatFailsIsLeftAsWritten() {
        PolicyEngine engine = engine(policy("    match: {types: [genesyscloud_routing_skill]}\n    effect: warn\n"
                + "    message: \"{{change.after.nothing}} of {{change.label}}\"\n"));
        assertEquals("{{change.after.nothing}} of Skill \"Spanish\"",
                evaluate(engine, Plans.bundle("skill-replace.json"), DEV).policies().get(0).message());
    }

    @Test
    void theDescriptionIsTheDefaultMessage() {
        PolicyEngine engine = engine(policy("    description: Queues matter.\n    effect: warn\n"));
        assertEquals("Queues matter.", evaluate(engine, Plans.bundle("queue-delete.json"), DEV).policies().get(0).message());
    }

    // ---- runtime errors

    @Test
    void aRuntimeErrorInAMandatoryRuleCountsAsFired() {
        PolicyEngine engine = engine(policy("    condition: change.before.home == true\n    effect: deny\n"));
        Evaluation evaluation = evaluate(engine, Plans.bundle("queue-delete.json"), DEV);
        PolicyResult result = evaluation.policies().get(0);
        assertEquals(List.of("module.queues.genesyscloud_routing_queue.spanish_legacy"), result.addresses());
        assertTrue(result.error().contains("'home'"), result.error());
        assertEquals(Decision.Outcome.DENY, evaluation.decision().outcome());
        assertTrue(evaluation.decision().reasons().get(0).contains("could not be evaluated on "
                + "module.queues.genesyscloud_routing_queue.spanish_legacy"), evaluation.decision().reasons().toString());
    }

    @Test
    void aRuntimeErrorInAnAdvisoryRuleIsReportedButDoesNotBlock() {
        PolicyEngine engine = engine(policy("    condition: change.before.home == true\n    effect: deny\n"
                + "    enforcement: advisory\n"));
        Evaluation evaluation = evaluate(engine, Plans.bundle("queue-delete.json"), DEV);
        assertNotNull(evaluation.policies().get(0).error());
        assertEquals(Decision.Outcome.ALLOW, evaluation.decision().outcome());
    }

    // ---- decision

    @Test
    void mandatoryDenyWinsOverApprovals() {
        PolicyEngine engine = engine("apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n"
                + "  - {name: a, effect: require_approval, approvers: {group: ops}}\n"
                + "  - {name: d, effect: deny, message: no}\n");
        Evaluation evaluation = evaluate(engine, Plans.bundle("queue-delete.json"), DEV);
        assertEquals(Decision.Outcome.DENY, evaluation.decision().outcome());
        assertEquals(List.of("d: no"), evaluation.decision().reasons());
        assertEquals(List.of(), evaluation.decision().requiredApprovals());
    }

    @Test
    void approvalsTakeEachGroupsHighestCount() {
        PolicyEngine engine = engine("apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n"
                + "  - {name: a, effect: require_approval, approvers: {group: ops}, message: one}\n"
                + "  - {name: b, effect: require_approval, approvers: {group: leads, count: 2}, message: two}\n"
                + "  - {name: c, effect: require_approval, approvers: {group: ops, count: 3}, message: three}\n"
                + "  - {name: d, effect: require_approval, approvers: {group: ops, count: 9}, enforcement: advisory}\n"
                + "  - {name: w, effect: warn}\n");
        Evaluation evaluation = evaluate(engine, Plans.bundle("queue-delete.json"), DEV);
        assertEquals(List.of(new RequiredApproval("ops", 3), new RequiredApproval("leads", 2)),
                evaluation.decision().requiredApprovals());
        assertEquals(List.of("a: one", "b: two", "c: three"), evaluation.decision().reasons());
        assertEquals(Set.of("a", "b", "c", "d", "w"), evaluation.firedRules());
    }

    @Test
    void advisoryAndWarnResultsNeverBlock() {
        PolicyEngine engine = engine("apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n"
                + "  - {name: a, effect: deny, enforcement: advisory}\n"
                + "  - {name: w, effect: warn}\n");
        Evaluation evaluation = evaluate(engine, Plans.bundle("queue-delete.json"), DEV);
        assertEquals(Decision.Outcome.ALLOW, evaluation.decision().outcome());
        assertEquals(2, evaluation.policies().size());
    }

    @Test
    void anErroredPlanIsDeniedWhateverTheRulesSay() {
        PolicyEngine engine = engine(policy("    condition: 'false'\n    effect: warn\n"));
        Evaluation evaluation = evaluate(engine, Plans.example("errored.json"), DEV);
        assertEquals(Decision.Outcome.DENY, evaluation.decision().outcome());
        assertTrue(evaluation.decision().reasons().get(0).contains("errored"));
    }

    @Test
    void manyFiringsOfOneRuleGiveAFewReasons() {
        PolicyEngine engine = engine(policy("    effect: deny\n    message: \"{{change.address}}\"\n"));
        Evaluation evaluation = evaluate(engine, Plans.bundle("mass-delete-26.json"), DEV);
        assertEquals(26, evaluation.policies().size());
        List<String> reasons = evaluation.decision().reasons();
        assertEquals(4, reasons.size(), reasons.toString());
        assertEquals("r: … and 23 more (see the rules fired)", reasons.get(3));
    }

    @Test
    void withoutRulesTheReasonSaysSo() {
        Evaluation evaluation = PolicyEngine.compile(PolicySet.EMPTY, ZoneOffset.UTC).evaluate(new EvaluationInput(
                Plans.bundle("queue-delete.json"), DEV, THURSDAY_9PM, List.of(), "none", Optional.empty()));
        assertEquals(new Decision.Allow(List.of("no policies configured: nothing requires approval")), evaluation.decision());
    }

    // ---- waivers

    private static final String WAIVED_RULE = "apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n"
            + "  - {name: queue-delete, match: {types: [genesyscloud_routing_queue], actions: [delete]}, effect: deny}\n"
            + "---\napiVersion: cxgate/v1\nkind: Waivers\nwaivers:\n";

    @Test
    void aWaiverSuppressesTheFiringThroughItsExpiryDate() {
        PolicyEngine engine = engine(WAIVED_RULE + "  - {rule: queue-delete, address: \"module.queues.*\", owner: alice,"
                + " reason: CHG-1, expires: 2026-11-26}\n");
        Evaluation evaluation = evaluate(engine, Plans.bundle("queue-delete.json"), DEV);
        assertEquals(List.of(), evaluation.policies());
        assertEquals(Decision.Outcome.ALLOW, evaluation.decision().outcome());
        assertEquals(List.of(new WaiverResult("queue-delete", "module.queues.genesyscloud_routing_queue.spanish_legacy",
                "alice", "CHG-1", "2026-11-26", WaiverResult.Status.APPLIED)), evaluation.waivers());
    }

    @Test
    void anExpiredWaiverIsListedAndTheRuleStillFires() {
        PolicyEngine engine = engine(WAIVED_RULE + "  - {rule: queue-delete, address: \"*spanish_legacy\", owner: alice,"
                + " reason: CHG-1, expires: 2026-11-25}\n");
        Evaluation evaluation = evaluate(engine, Plans.bundle("queue-delete.json"), DEV);
        assertEquals(Decision.Outcome.DENY, evaluation.decision().outcome());
        assertEquals(WaiverResult.Status.EXPIRED, evaluation.waivers().get(0).status());
    }

    @Test
    void waiverExpiryIsReadInTheConfiguredTimeZone() {
        String yaml = WAIVED_RULE + "  - {rule: queue-delete, address: \"*\", owner: a, reason: r, expires: 2026-11-26}\n";
        Instant lateUtc = Instant.parse("2026-11-26T23:30:00Z"); // still the 26th in UTC, the 27th in Tokyo
        assertEquals(WaiverResult.Status.APPLIED, evaluate(engine(yaml), Plans.bundle("queue-delete.json"), DEV, lateUtc).waivers().get(0).status());
        assertEquals(WaiverResult.Status.EXPIRED, evaluate(engine(yaml, ZoneId.of("Asia/Tokyo")), Plans.bundle("queue-delete.json"), DEV, lateUtc)
                .waivers().get(0).status());
    }

    @Test
    void aWaiverForAnotherEnvironmentOrAddressDoesNotApply() {
        PolicyEngine engine = engine(WAIVED_RULE
                + "  - {rule: queue-delete, address: \"*\", environment: prod, owner: a, reason: r, expires: 2099-01-01}\n"
                + "  - {rule: queue-delete, address: \"module.other.*\", owner: a, reason: r, expires: 2099-01-01}\n");
        Evaluation evaluation = evaluate(engine, Plans.bundle("queue-delete.json"), DEV);
        assertEquals(Decision.Outcome.DENY, evaluation.decision().outcome());
        assertEquals(List.of(), evaluation.waivers());
        assertEquals(Decision.Outcome.ALLOW, evaluate(engine, Plans.bundle("queue-delete.json"), PROD).decision().outcome());
    }

    // ---- warnings

    @Test
    void anApproverGroupTheConfigLacksIsRefusedNamingTheRuleWhereItApplies() {
        PolicySet set = engine("apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n"
                + "  - {name: a, environments: [prod], effect: require_approval, approvers: {group: cc-ops}}\n"
                + "  - {name: b, effect: require_approval, approvers: {group: cc-operations}}\n").policies();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> set.requireApproverGroups("prod", Set.of("cc-operations", "cx-leads"), "cxgate.yaml"));
        assertTrue(e.getMessage().endsWith(": line 5, column 5: rule 'a' requires approval from 'cc-ops', a group"
                + " cxgate.yaml does not define under approvers (cc-operations, cx-leads): nobody could give that"
                + " approval in prod"), e.getMessage());
        set.requireApproverGroups("dev", Set.of("cc-operations"), "cxgate.yaml");
    }

    @Test
    void aProtectedEnvironmentWithoutPoliciesIsAllowedOnlyWithALoudWarning() {
        PolicyEngine none = PolicyEngine.compile(PolicySet.EMPTY, ZoneOffset.UTC);
        Evaluation prod = evaluate(none, Plans.bundle("queue-delete.json"), PROD);
        String warning = "WARNING: protected environment 'prod' has no policies: nothing was checked and nothing"
                + " requires approval (set policies: in cxgate.yaml or pass --policies)";
        assertEquals(Decision.Outcome.ALLOW, prod.decision().outcome());
        assertEquals(List.of(warning), prod.decision().reasons());
        assertEquals(List.of(warning), prod.warnings());
        Evaluation dev = evaluate(none, Plans.bundle("queue-delete.json"), DEV);
        assertEquals(List.of("no policies configured: nothing requires approval"), dev.decision().reasons());
        assertEquals(List.of(), dev.warnings());
    }
    @Test
    void waiversThatMatchNoFiringAreReportedAsUnused() {
        PolicyEngine engine = engine(WAIVED_RULE
                + "  - {rule: queue-delete, address: \"*\", environment: prod, owner: a, reason: r, expires: 2099-01-01}\n"
                + "  - {rule: queue-delete, address: \"module.other.*\", owner: bo, reason: r, expires: 2099-01-01}\n");
        Evaluation dev = evaluate(engine, Plans.bundle("queue-delete.json"), DEV);
        assertEquals(List.of("unused waiver: queue-delete at module.other.* (owner bo, expires 2099-01-01) matched no rule"
                + " firing in dev"), dev.warnings());
        Evaluation prod = evaluate(engine, Plans.bundle("queue-delete.json"), PROD);
        assertEquals(List.of("unused waiver: queue-delete at module.other.* (owner bo, expires 2099-01-01) matched no rule"
                + " firing in prod"), prod.warnings());
    }
}

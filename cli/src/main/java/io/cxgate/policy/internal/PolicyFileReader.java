package io.cxgate.policy.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.config.DeploymentWindow;
import io.cxgate.plan.Action;
import io.cxgate.policy.Decision;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.policy.Match;
import io.cxgate.policy.Policy;
import io.cxgate.policy.PolicyEnvironment;
import io.cxgate.policy.PolicySet;
import io.cxgate.policy.PolicyTestCase;
import io.cxgate.policy.PolicyTestSuite;
import io.cxgate.policy.RequiredApproval;
import io.cxgate.policy.Rule;
import io.cxgate.policy.RuleSource;
import io.cxgate.policy.Waiver;
import io.cxgate.simulate.Finding;
import io.cxgate.yaml.FieldPath;
import io.cxgate.yaml.Mark;
import io.cxgate.yaml.TextFile;
import io.cxgate.yaml.YamlDocument;
import io.cxgate.yaml.YamlSchema;
import io.cxgate.yaml.YamlSource;

/**
 * Reads policy files one by one, binding each document by its {@code kind} after schema validation, and checks
 * what spans files when the set is complete: unique policy and rule names, waivers and tests naming real rules.
 */
public final class PolicyFileReader {
    private static final String GENESYS_PREFIX = "genesyscloud_";

    private static final Map<String, YamlSchema> SCHEMAS = Map.of(
            "Policy", YamlSchema.load("/io/cxgate/policy/policy.schema.json"),
            "Waivers", YamlSchema.load("/io/cxgate/policy/waivers.schema.json"),
            "PolicyTest", YamlSchema.load("/io/cxgate/policy/policy-test.schema.json"));
    private static final String KINDS = "Policy, PolicyTest or Waivers";
    /** The environment of a test case that names none. */
    static final PolicyEnvironment DEFAULT_TEST_ENVIRONMENT = new PolicyEnvironment("test", false, List.of());

    private final List<Policy> policies = new ArrayList<>();
    private final List<Waiver> waivers = new ArrayList<>();
    private final List<PolicyTestSuite> tests = new ArrayList<>();
    private final Map<String, String> policyNames = new HashMap<>();
    private final Map<String, String> ruleNames = new HashMap<>();
    /** Rule names that waivers and tests use, checked once every file is read. */
    private final List<RuleReference> references = new ArrayList<>();

    private record RuleReference(String name, YamlSource source, FieldPath path) {
    }

    /** Reads one file. */
    public void read(Path file, String display) {
        String text = TextFile.read(file, display, "a policy file");
        for (YamlDocument document : YamlDocument.parseAll(text, display)) {
            YamlSource source = new YamlSource(display, document.marks());
            JsonNode root = document.root();
            String kind = kind(root, source);
            SCHEMAS.get(kind).validate(root, source);
            switch (kind) {
                case "Policy" -> policy(root, source);
                case "Waivers" -> waivers(root, source);
                case "PolicyTest" -> test(root, source, file.toAbsolutePath().getParent());
                default -> throw new IllegalStateException("unhandled kind " + kind);
            }
        }
    }

    /** The set read so far, once the names that cross files are checked. */
    public PolicySet result() {
        for (RuleReference ref : references) {
            if (!ruleNames.containsKey(ref.name())) {
                throw ref.source().valueError(ref.path(), "no rule named '" + ref.name() + "'"
                        + (ruleNames.isEmpty() ? " (no rules are loaded)" : ""));
            }
        }
        return new PolicySet(policies, waivers, tests);
    }

    private static String kind(JsonNode root, YamlSource source) {
        JsonNode kind = root.get("kind");
        if (kind == null) {
            throw source.keyError(FieldPath.of("kind"), "required field is missing (" + KINDS + ")");
        }
        if (!kind.isTextual() || !SCHEMAS.containsKey(kind.asText())) {
            throw source.valueError(FieldPath.of("kind"), "must be one of Policy, PolicyTest, Waivers");
        }
        return kind.asText();
    }

    private void policy(JsonNode root, YamlSource source) {
        String name = root.get("name").asText();
        String where = source.display() + ": " + source.marks().valueOf(FieldPath.of("name"));
        String previous = policyNames.putIfAbsent(name, where);
        if (previous != null) {
            throw source.valueError(FieldPath.of("name"), "duplicate policy name '" + name + "' (also at " + previous + ")");
        }
        List<Rule> rules = new ArrayList<>();
        JsonNode list = root.get("rules");
        for (int i = 0; i < list.size(); i++) {
            rules.add(rule(name, list.get(i), FieldPath.of("rules", i), source));
        }
        policies.add(new Policy(name, text(root, "description").orElse(null), source.display(), rules));
    }

    private Rule rule(String policy, JsonNode node, FieldPath at, YamlSource source) {
        String name = node.get("name").asText();
        String where = source.display() + ": " + source.marks().valueOf(at.key("name"));
        String previous = ruleNames.putIfAbsent(name, where);
        if (previous != null) {
            throw source.valueError(at.key("name"), "duplicate rule name '" + name + "' (also at " + previous
                    + "); waivers and tests name rules, so names are unique across the directory");
        }
        String description = text(node, "description").orElse(null);
        Rule.Effect effect = Rule.Effect.fromId(node.get("effect").asText());
        RequiredApproval approvers = null;
        if (node.hasNonNull("approvers")) {
            if (effect != Rule.Effect.REQUIRE_APPROVAL) {
                throw source.keyError(at.key("approvers"), "only a require_approval rule names approvers (effect is "
                        + effect.id() + ")");
            }
            JsonNode a = node.get("approvers");
            approvers = new RequiredApproval(a.get("group").asText(), a.has("count") ? a.get("count").asInt() : 1);
        }
        Mark ruleMark = source.marks().keyOf(at);
        RuleSource ruleSource = new RuleSource(source.display(), at.display(), ruleMark,
                node.has("condition") ? source.marks().valueOf(at.key("condition")) : ruleMark,
                node.has("message") ? source.marks().valueOf(at.key("message")) : ruleMark);
        String message = text(node, "message").orElse(description != null ? description.strip() : "rule " + name + " fired");
        Match match = match(node.get("match"));
        checkTypes(name, match, at.key("match").key("types"), source);
        return new Rule(policy, name, description, strings(node.get("environments")),
                Rule.Scope.fromId(text(node, "scope").orElse("change")),
                match,
                text(node, "condition").orElse("true"), effect,
                Rule.Enforcement.fromId(text(node, "enforcement").orElse("mandatory")),
                approvers, message, ruleSource);
    }

    /**
     * A {@code match.types} entry that is neither a glob ({@code *}, {@code ?}) nor a type of the provider's catalog
     * can never match: {@code genesyscloud_routing_queu} is refused, naming the rule. Types of other providers
     * ({@code null_resource}, {@code time_sleep}) are not in the catalog and pass as written.
     */
    private static void checkTypes(String rule, Match match, FieldPath at, YamlSource source) {
        ResourceCatalog catalog = ResourceCatalog.bundled();
        for (int i = 0; i < match.types().size(); i++) {
            String type = match.types().get(i);
            boolean glob = type.indexOf('*') >= 0 || type.indexOf('?') >= 0;
            if (!glob && type.startsWith(GENESYS_PREFIX) && catalog.type(type).isEmpty()) {
                throw source.valueError(at.index(i), "rule '" + rule + "' can never match: '" + type + "' is not a"
                        + " resource type of the provider (v" + catalog.providerVersion() + ") nor a glob"
                        + Suggestions.closest(type, catalog.types().keySet()).map(t -> " (did you mean '" + t + "'?)")
                        .orElse(""));
            }
        }
    }

    private static Match match(JsonNode node) {
        if (node == null || node.isNull()) {
            return Match.ANY;
        }
        Set<Action> actions = EnumSet.noneOf(Action.class);
        strings(node.get("actions")).forEach(id -> actions.add(Action.fromId(id)));
        JsonNode importing = node.get("importing");
        return new Match(strings(node.get("types")), actions, strings(node.get("paths")),
                importing == null || importing.isNull() ? Optional.empty() : Optional.of(importing.asBoolean()));
    }

    private void waivers(JsonNode root, YamlSource source) {
        JsonNode list = root.get("waivers");
        if (list == null || list.isNull()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            FieldPath at = FieldPath.of("waivers", i);
            JsonNode w = list.get(i);
            references.add(new RuleReference(w.get("rule").asText(), source, at.key("rule")));
            LocalDate expires;
            try {
                expires = LocalDate.parse(w.get("expires").asText());
            } catch (DateTimeException e) {
                throw source.valueError(at.key("expires"), "not a calendar date: " + w.get("expires").asText());
            }
            waivers.add(new Waiver(w.get("rule").asText(), w.get("address").asText(), text(w, "environment"),
                    w.get("owner").asText(), w.get("reason").asText(), expires, source.display(),
                    source.marks().keyOf(at)));
        }
    }

    private void test(JsonNode root, YamlSource source, Path dir) {
        List<PolicyTestCase> cases = new ArrayList<>();
        Set<String> caseNames = new HashSet<>();
        JsonNode list = root.get("cases");
        for (int i = 0; i < list.size(); i++) {
            FieldPath at = FieldPath.of("cases", i);
            PolicyTestCase c = testCase(list.get(i), at, source, dir);
            if (!caseNames.add(c.name())) {
                throw source.valueError(at.key("name"), "duplicate case name '" + c.name() + "' in this test");
            }
            cases.add(c);
        }
        tests.add(new PolicyTestSuite(root.get("name").asText(), source.display(), cases));
    }

    private PolicyTestCase testCase(JsonNode node, FieldPath at, YamlSource source, Path dir) {
        String planText = node.get("plan").asText();
        Path plan = dir.resolve(planText).normalize();
        Path displayParent = Path.of(source.display()).getParent();
        String planDisplay = (displayParent == null ? Path.of(planText) : displayParent.resolve(planText)).normalize()
                .toString().replace('\\', '/');
        if (!Files.isRegularFile(plan)) {
            throw source.valueError(at.key("plan"), "plan file not found: " + planDisplay + " (relative to this file)");
        }
        JsonNode expect = node.get("expect");
        Set<String> fired = new LinkedHashSet<>();
        JsonNode firedList = expect.get("fired");
        for (int j = 0; firedList != null && j < firedList.size(); j++) {
            String rule = firedList.get(j).asText();
            references.add(new RuleReference(rule, source, at.key("expect").key("fired").index(j)));
            fired.add(rule);
        }
        return new PolicyTestCase(node.get("name").asText(), plan, planDisplay,
                environment(node.get("environment"), at.key("environment"), source),
                now(node.get("now"), at.key("now"), source),
                text(node, "simulation").orElse("none"),
                findings(node.get("findings")),
                outcome(expect.get("outcome").asText()), fired, source.marks().keyOf(at),
                node.path("rollback").asBoolean(false));
    }

    private static PolicyEnvironment environment(JsonNode node, FieldPath at, YamlSource source) {
        if (node == null || node.isNull()) {
            return DEFAULT_TEST_ENVIRONMENT;
        }
        List<String> windows = strings(node.get("windows"));
        for (int i = 0; i < windows.size(); i++) {
            try {
                DeploymentWindow.parse(windows.get(i));
            } catch (IllegalArgumentException e) {
                throw source.valueError(at.key("windows").index(i), e.getMessage());
            }
        }
        return new PolicyEnvironment(node.get("name").asText(), node.path("protected").asBoolean(false), windows);
    }

    private static Optional<Instant> now(JsonNode node, FieldPath at, YamlSource source) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parseInstant(node.asText()));
        } catch (DateTimeException e) {
            throw source.valueError(at, "must be an ISO-8601 instant with a zone, like 2026-11-26T21:00:00Z (found '"
                    + node.asText() + "')");
        }
    }

    /** {@code 2026-11-26T21:00:00Z} or with an offset, {@code 2026-11-26T21:00:00+01:00}. */
    private static Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    private static List<Finding> findings(JsonNode list) {
        List<Finding> findings = new ArrayList<>();
        if (list == null || list.isNull()) {
            return findings;
        }
        for (JsonNode f : list) {
            JsonNode o = f.get("object");
            Finding.LiveObject object = o == null || o.isNull() ? null
                    : new Finding.LiveObject(text(o, "apiType").orElse(null), text(o, "resourceType").orElse(null),
                            text(o, "id").orElse(null), text(o, "name").orElse(null));
            findings.add(new Finding(Finding.Code.of(f.get("code").asText()), Finding.Severity.of(f.get("severity").asText()),
                    text(f, "address").orElse(null), object, f.get("message").asText()));
        }
        return findings;
    }

    private static Decision.Outcome outcome(String id) {
        for (Decision.Outcome o : Decision.Outcome.values()) {
            if (o.id().equals(id)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown outcome " + id);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        if (list != null) {
            list.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}

package io.cxgate.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.Version;
import io.cxgate.policy.PolicyResult;
import io.cxgate.policy.Rule;
import io.cxgate.policy.WaiverResult;
import io.cxgate.simulate.Finding;

/**
 * SARIF 2.1.0: one run whose {@code tool.driver.rules} describe every rule that fired or was waived and every finding
 * code present; one result per rule firing (level {@code error} for a mandatory deny, {@code warning} for a mandatory
 * approval rule or an errored mandatory rule, else {@code note}), per waived firing (with an accepted external
 * suppression) and per finding (level by severity). Plan addresses are logical locations, since a plan change has no
 * source line. The run's properties carry the environment, the decision and the plan digest.
 */
public final class SarifRenderer implements Renderer<Report> {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public void render(Report report, Writer out) throws IOException {
        Map<String, ObjectNode> rules = new LinkedHashMap<>();
        ArrayNode results = NODES.arrayNode();
        for (PolicyResult p : report.policies()) {
            rules.computeIfAbsent(p.rule(), id -> policyRule(p));
            ObjectNode result = result(p.rule(), level(p), p.message() + (p.error() == null ? "" : " (error: " + p.error() + ")"),
                    p.addresses());
            result.putObject("properties").put("policy", p.policy()).put("effect", p.effect().id())
                    .put("enforcement", p.enforcement().id());
            results.add(result);
        }
        for (WaiverResult w : report.waivers()) {
            rules.computeIfAbsent(w.rule(), id -> rule(id, "Policy rule " + id + " (waived here).", "note"));
            ObjectNode result = result(w.rule(), "note", w.status().id() + " waiver for " + w.rule() + " on " + w.address()
                    + " by " + w.owner() + " until " + w.expires() + ": " + w.reason(), List.of(w.address()));
            if (w.status() == WaiverResult.Status.APPLIED) {
                result.putArray("suppressions").addObject().put("kind", "external").put("status", "accepted")
                        .put("justification", w.reason());
            }
            results.add(result);
        }
        for (Finding f : report.findings()) {
            rules.computeIfAbsent(f.code().name(), code -> rule(code,
                    f.code().description(), level(f.severity())));
            results.add(result(f.code().name(), level(f.severity()), f.message(), List.of(f.address())));
        }

        ObjectNode log = NODES.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "cxgate");
        driver.put("version", Version.get());
        ArrayNode ruleArray = driver.putArray("rules");
        rules.values().forEach(ruleArray::add);
        run.putObject("automationDetails").put("id", "cxgate/" + report.environment() + "/");
        run.set("results", results);
        ObjectNode properties = run.putObject("properties");
        properties.put("environment", report.environment());
        properties.put("decision", report.decision().outcome().id());
        properties.put("planDigest", report.plan().digest());

        JsonGenerator g = MAPPER.getFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        MAPPER.writeTree(g, log);
        g.writeRaw('\n');
        g.flush();
    }

    private static ObjectNode policyRule(PolicyResult p) {
        String text = "Policy " + p.policy() + ", rule " + p.rule() + ": " + p.effect().id() + " (" + p.enforcement().id() + ")"
                + (p.approvers() == null ? "" : ", approvers " + p.approvers().group() + " × " + p.approvers().count())
                + ".";
        return rule(p.rule(), text, level(p));
    }

    private static ObjectNode rule(String id, String description, String level) {
        ObjectNode rule = NODES.objectNode();
        rule.put("id", id);
        rule.putObject("shortDescription").put("text", description);
        rule.putObject("fullDescription").put("text", description);
        rule.putObject("defaultConfiguration").put("level", level);
        return rule;
    }

    private static ObjectNode result(String ruleId, String level, String message, List<String> addresses) {
        ObjectNode result = NODES.objectNode();
        result.put("ruleId", ruleId);
        result.put("level", level);
        result.putObject("message").put("text", message);
        ArrayNode locations = result.putArray("locations");
        for (String address : addresses) {
            locations.addObject().putArray("logicalLocations").addObject()
                    .put("fullyQualifiedName", address).put("kind", "resource");
        }
        return result;
    }

    /** A mandatory deny is an error; a blocking approval rule or errored rule a warning; anything advisory a note. */
    static String level(PolicyResult p) {
        if (!p.isBlocking()) {
            return "note";
        }
        return p.effect() == Rule.Effect.DENY ? "error" : "warning";
    }

    static String level(Finding.Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}

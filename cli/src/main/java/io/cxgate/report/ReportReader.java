package io.cxgate.report;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cxgate.InvalidInputException;
import io.cxgate.plan.Action;
import io.cxgate.plan.AttributeChange;
import io.cxgate.plan.ResourceChange;
import io.cxgate.plan.Summary;
import io.cxgate.policy.Decision;
import io.cxgate.policy.PolicyResult;
import io.cxgate.policy.Rule;
import io.cxgate.policy.RequiredApproval;
import io.cxgate.policy.WaiverResult;
import io.cxgate.simulate.Finding;
import io.cxgate.simulate.Simulation;

/**
 * Reads a report JSON (schemaVersion 1, as {@link JsonRenderer} writes it) back into a {@link Report}, e.g. a bundle's
 * {@code report.json} for {@code cxgate comment}. Bad input is an {@link InvalidInputException} naming the file and
 * the field ({@code report.json: decision.outcome: …}) or the line and column of a JSON syntax error.
 */
public final class ReportReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportReader() {
    }

    public static Report read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidInputException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not a report JSON: " + e.getOriginalMessage());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(file + ": not a report JSON (expected an object)");
        }
        try {
            return report(new Field(root, ""), file.toString());
        } catch (BadField e) {
            throw new InvalidInputException(file + ": " + e.getMessage());
        }
    }

    /**
     * A report JSON already parsed, e.g. the one an {@code apply-started} entry carries; {@code source} names it in
     * messages ({@code prod-0007: decision.outcome: …}).
     */
    public static Report read(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(source + ": not a report JSON (expected an object)");
        }
        try {
            return report(new Field(root, ""), source);
        } catch (BadField e) {
            throw new InvalidInputException(source + ": " + e.getMessage());
        }
    }

    private static Report report(Field root, String source) {
        int version = root.get("schemaVersion").node.asInt(-1);
        if (version != Report.SCHEMA_VERSION) {
            throw new BadField(root.get("schemaVersion"), "schemaVersion " + Report.SCHEMA_VERSION
                    + " expected, got " + root.get("schemaVersion").node);
        }
        Field plan = root.object("plan");
        Report.PlanInfo planInfo = new Report.PlanInfo(source, plan.text("digest"), plan.optionalText("formatVersion"),
                plan.optionalText("terraformVersion"), plan.get("errored").node.asBoolean(),
                plan.get("complete").node.asBoolean(true));
        Field simulation = root.object("simulation");
        Report.SimulationInfo simulationInfo = new Report.SimulationInfo(parsed(simulation.get("source"), Simulation.Source::of),
                simulation.get("requests").node.asInt());
        Field s = root.object("summary");
        Summary summary = new Summary(s.count("create"), s.count("update"), s.count("delete"), s.count("replace"),
                s.count("read"), s.count("noop"), s.count("forget"), s.count("unknown"), s.count("drift"));
        return new Report(version, root.text("environment"), planInfo, simulationInfo, summary,
                root.list("changes", ReportReader::change), root.list("drift", ReportReader::change), List.of(),
                root.list("findings", ReportReader::finding), root.list("policies", ReportReader::policy),
                root.list("waivers", ReportReader::waiver), decision(root.object("decision")),
                root.list("warnings", f -> f.node.asText()));
    }

    private static ResourceChange change(Field c) {
        String actionId = c.text("action");
        Action action;
        try {
            action = "unknown".equals(actionId) ? Action.UNKNOWN : Action.fromId(actionId);
        } catch (IllegalArgumentException e) {
            throw new BadField(c.get("action"), e.getMessage());
        }
        List<AttributeChange> attributes = c.list("attributes", a -> new AttributeChange(a.text("path"),
                a.get("before").node, a.get("after").node, a.get("afterUnknown").node.asBoolean(),
                a.get("sensitive").node.asBoolean(), a.get("forcesReplacement").node.asBoolean(),
                a.get("set").node.asBoolean()));
        return new ResourceChange(c.text("address"), c.optionalText("module"), "managed", c.text("type"),
                c.optionalText("name"), c.optionalText("index"), null, c.optionalText("label") == null
                ? c.text("address") : c.optionalText("label"), action, c.list("actions", f -> f.node.asText()),
                c.optionalText("actionReason"), c.get("importing").node.asBoolean(), c.optionalText("importId"),
                c.optionalText("previousAddress"), c.optionalText("deposed"), attributes,
                c.list("replacePaths", f -> f.node.asText()), null);
    }

    private static Finding finding(Field f) {
        Field object = f.get("object");
        Finding.LiveObject live = object.node.isObject() ? new Finding.LiveObject(object.optionalText("apiType"),
                object.optionalText("resourceType"), object.optionalText("id"), object.optionalText("name")) : null;
        return new Finding(parsed(f.get("code"), Finding.Code::of), parsed(f.get("severity"), Finding.Severity::of),
                f.optionalText("address"), live, f.text("message"));
    }

    private static PolicyResult policy(Field p) {
        Field approvers = p.get("approvers");
        return new PolicyResult(p.text("policy"), p.text("rule"), parsed(p.get("effect"), Rule.Effect::fromId),
                parsed(p.get("enforcement"), Rule.Enforcement::fromId),
                p.list("addresses", f -> f.node.asText()), p.text("message"),
                approvers.node.isObject() ? approval(approvers) : null, p.optionalText("error"));
    }

    private static WaiverResult waiver(Field w) {
        return new WaiverResult(w.text("rule"), w.text("address"), w.optionalText("owner"), w.optionalText("reason"),
                w.optionalText("expires"), parsed(w.get("status"), WaiverResult.Status::fromId));
    }

    /** An enum field by its id; an unknown id is a {@link BadField} naming the field. */
    private static <T> T parsed(Field field, java.util.function.Function<String, T> fromId) {
        try {
            return fromId.apply(field.node.asText());
        } catch (IllegalArgumentException e) {
            throw new BadField(field, e.getMessage());
        }
    }

    private static Decision decision(Field d) {
        List<String> reasons = d.list("reasons", f -> f.node.asText());
        String outcome = d.text("outcome");
        try {
            switch (outcome) {
                case "allow": return new Decision.Allow(reasons);
                case "approval_required":
                    return new Decision.ApprovalRequired(d.list("requiredApprovals", ReportReader::approval), reasons);
                case "deny": return new Decision.Deny(reasons);
                default:
                    throw new BadField(d.get("outcome"), "expected allow, approval_required or deny, got '" + outcome + "'");
            }
        } catch (IllegalArgumentException e) {
            throw new BadField(d, e.getMessage());
        }
    }

    private static RequiredApproval approval(Field a) {
        try {
            return new RequiredApproval(a.text("group"), a.get("count").node.asInt());
        } catch (IllegalArgumentException e) {
            throw new BadField(a, e.getMessage());
        }
    }

    /** A node and its path in the document, for messages such as {@code changes[3].action}. */
    private record Field(JsonNode node, String path) {
        Field get(String name) {
            return new Field(node.path(name), path.isEmpty() ? name : path + "." + name);
        }

        Field object(String name) {
            Field f = get(name);
            if (!f.node.isObject()) {
                throw new BadField(f, "missing or not an object");
            }
            return f;
        }

        String text(String name) {
            Field f = get(name);
            if (!f.node.isTextual()) {
                throw new BadField(f, "missing or not a string");
            }
            return f.node.textValue();
        }

        String optionalText(String name) {
            JsonNode n = node.path(name);
            return n.isTextual() ? n.textValue() : null;
        }

        long count(String name) {
            JsonNode n = node.path(name);
            if (!n.isMissingNode() && !n.canConvertToLong()) {
                throw new BadField(get(name), "not a number");
            }
            return n.asLong(0);
        }

        <T> List<T> list(String name, Function<Field, T> item) {
            Field f = get(name);
            if (f.node.isMissingNode() || f.node.isNull()) {
                return List.of();
            }
            if (!f.node.isArray()) {
                throw new BadField(f, "not an array");
            }
            List<T> items = new ArrayList<>();
            for (int i = 0; i < f.node.size(); i++) {
                items.add(item.apply(new Field(f.node.get(i), f.path + "[" + i + "]")));
            }
            return items;
        }
    }

    private static final class BadField extends RuntimeException {
        BadField(Field field, String message) {
            super(field.path() + ": " + message, null, false, false);
        }
    }
}

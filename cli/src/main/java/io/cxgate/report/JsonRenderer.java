package io.cxgate.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cxgate.plan.AttributeChange;
import io.cxgate.plan.ResourceChange;
import io.cxgate.policy.PolicyResult;
import io.cxgate.policy.RequiredApproval;
import io.cxgate.policy.WaiverResult;
import io.cxgate.simulate.Finding;

/** The report JSON contract, schemaVersion 1 (see ARCHITECTURE.md "Report JSON"). */
public final class JsonRenderer implements Renderer<Report> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void render(Report report, Writer out) throws IOException {
        JsonGenerator g = MAPPER.getFactory().createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeNumberField("schemaVersion", report.schemaVersion());
        g.writeStringField("environment", report.environment());

        g.writeObjectFieldStart("plan");
        g.writeStringField("digest", report.plan().digest());
        g.writeStringField("formatVersion", report.plan().formatVersion());
        g.writeStringField("terraformVersion", report.plan().terraformVersion());
        g.writeBooleanField("errored", report.plan().errored());
        g.writeBooleanField("complete", report.plan().complete());
        g.writeEndObject();

        g.writeObjectFieldStart("simulation");
        g.writeStringField("source", report.simulation().source().id());
        g.writeNumberField("requests", report.simulation().requests());
        g.writeEndObject();

        g.writeObjectFieldStart("summary");
        for (Map.Entry<String, Long> e : report.summary().asMap().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();

        writeChanges(g, "changes", report.changes());
        writeChanges(g, "drift", report.drift());

        g.writeArrayFieldStart("findings");
        for (Finding f : report.findings()) {
            writeFinding(g, f);
        }
        g.writeEndArray();

        g.writeArrayFieldStart("policies");
        for (PolicyResult p : report.policies()) {
            writePolicy(g, p);
        }
        g.writeEndArray();

        g.writeArrayFieldStart("waivers");
        for (WaiverResult w : report.waivers()) {
            g.writeStartObject();
            g.writeStringField("rule", w.rule());
            g.writeStringField("address", w.address());
            g.writeStringField("owner", w.owner());
            g.writeStringField("reason", w.reason());
            g.writeStringField("expires", w.expires());
            g.writeStringField("status", w.status().id());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeObjectFieldStart("decision");
        g.writeStringField("outcome", report.decision().outcome().id());
        writeStrings(g, "reasons", report.decision().reasons());
        g.writeArrayFieldStart("requiredApprovals");
        for (RequiredApproval a : report.decision().requiredApprovals()) {
            writeApproval(g, a);
        }
        g.writeEndArray();
        g.writeEndObject();

        writeStrings(g, "warnings", report.warnings());
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    static void writeChanges(JsonGenerator g, String field, List<ResourceChange> changes) throws IOException {
        g.writeArrayFieldStart(field);
        for (ResourceChange c : changes) {
            g.writeStartObject();
            g.writeStringField("address", c.address());
            g.writeStringField("module", c.moduleAddress());
            g.writeStringField("type", c.type());
            g.writeStringField("name", c.name());
            g.writeStringField("index", c.index());
            g.writeStringField("label", c.label());
            g.writeStringField("action", c.action().id());
            writeStrings(g, "actions", c.actions());
            g.writeStringField("actionReason", c.actionReason());
            g.writeBooleanField("importing", c.importing());
            if (c.importId() != null) {
                g.writeStringField("importId", c.importId());
            }
            g.writeStringField("previousAddress", c.previousAddress());
            if (c.deposed() != null) {
                g.writeStringField("deposed", c.deposed());
            }
            if (!c.replacePaths().isEmpty()) {
                writeStrings(g, "replacePaths", c.replacePaths());
            }
            g.writeArrayFieldStart("attributes");
            for (AttributeChange a : c.attributes()) {
                g.writeStartObject();
                g.writeStringField("path", a.path());
                writeValue(g, "before", a.before());
                writeValue(g, "after", a.after());
                g.writeBooleanField("afterUnknown", a.afterUnknown());
                g.writeBooleanField("sensitive", a.sensitive());
                g.writeBooleanField("forcesReplacement", a.forcesReplacement());
                if (a.set()) {
                    g.writeBooleanField("set", true);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void writeFinding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", f.code().name());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("address", f.address());
        if (f.object() == null) {
            g.writeNullField("object");
        } else {
            g.writeObjectFieldStart("object");
            g.writeStringField("apiType", f.object().apiType());
            g.writeStringField("resourceType", f.object().resourceType());
            g.writeStringField("id", f.object().id());
            g.writeStringField("name", f.object().name());
            g.writeEndObject();
        }
        g.writeStringField("message", f.message());
        g.writeEndObject();
    }

    private static void writePolicy(JsonGenerator g, PolicyResult p) throws IOException {
        g.writeStartObject();
        g.writeStringField("policy", p.policy());
        g.writeStringField("rule", p.rule());
        g.writeStringField("effect", p.effect().id());
        g.writeStringField("enforcement", p.enforcement().id());
        writeStrings(g, "addresses", p.addresses());
        g.writeStringField("message", p.message());
        if (p.approvers() == null) {
            g.writeNullField("approvers");
        } else {
            g.writeFieldName("approvers");
            writeApproval(g, p.approvers());
        }
        if (p.error() != null) {
            g.writeStringField("error", p.error());
        }
        g.writeEndObject();
    }

    private static void writeApproval(JsonGenerator g, RequiredApproval a) throws IOException {
        g.writeStartObject();
        g.writeStringField("group", a.group());
        g.writeNumberField("count", a.count());
        g.writeEndObject();
    }

    private static void writeValue(JsonGenerator g, String field, JsonNode value) throws IOException {
        g.writeFieldName(field);
        MAPPER.writeTree(g, value);
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}

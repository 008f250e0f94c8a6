package io.cxgate.approval;

import java.io.IOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cxgate.gate.ApprovalStatus;
import io.cxgate.gate.GivenApproval;
import io.cxgate.report.Format;
import io.cxgate.report.Renderer;
import io.cxgate.report.Renderers;

/** {@code cxgate approvals} output: {@code text} for people, {@code json} for pipelines. Decides nothing. */
public enum ApprovalsRenderer implements Renderer<ApprovalsService.Status> {
    TEXT {
        @Override
        public void render(ApprovalsService.Status s, Writer out) throws IOException {
            ApprovalStatus status = s.status();
            out.write("Approvals for " + s.environmentName() + " bundle " + s.bundleDigest() + "\n");
            out.write("Decision: " + status.decision().outcome().id() + "\n");
            for (String reason : status.decision().reasons()) {
                out.write("  - " + reason + "\n");
            }
            if (status.groups().isEmpty()) {
                out.write("No approvals required.\n");
            }
            for (ApprovalStatus.Group g : status.groups()) {
                out.write(g.group() + ": " + g.counted().size() + " of " + g.required() + " given"
                        + (g.missing() > 0 ? ", " + g.missing() + " missing" : "") + "\n");
                for (GivenApproval a : g.counted()) {
                    out.write("  ✓ " + a.identity() + " at " + a.at() + " (" + a.entryId() + ")"
                            + (a.comment() == null ? "" : ": " + a.comment()) + "\n");
                }
                for (GivenApproval a : g.ignored()) {
                    out.write("  ✗ " + a.identity() + " at " + a.at() + " (" + a.entryId()
                            + ") does not count: no longer in " + g.group() + "\n");
                }
            }
            out.write(status.denied() ? "Denied: approvals cannot help.\n"
                    : status.satisfied() ? "Satisfied.\n" : "Missing: " + status.missingText() + "\n");
            out.flush();
        }
    },
    JSON {
        @Override
        public void render(ApprovalsService.Status s, Writer out) throws IOException {
            ApprovalStatus status = s.status();
            JsonGenerator g = MAPPER.getFactory().createGenerator(out);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("environment", s.environmentName());
            g.writeStringField("bundleDigest", s.bundleDigest());
            g.writeObjectFieldStart("decision");
            g.writeStringField("outcome", status.decision().outcome().id());
            g.writeArrayFieldStart("reasons");
            for (String reason : status.decision().reasons()) {
                g.writeString(reason);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("required");
            for (ApprovalStatus.Group group : status.groups()) {
                g.writeStartObject();
                g.writeStringField("group", group.group());
                g.writeNumberField("count", group.required());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("given");
            for (ApprovalStatus.Group group : status.groups()) {
                for (GivenApproval a : group.counted()) {
                    g.writeStartObject();
                    g.writeStringField("identity", a.identity());
                    g.writeStringField("group", a.group());
                    g.writeStringField("at", a.at().toString());
                    g.writeStringField("entry", a.entryId());
                    g.writeStringField("comment", a.comment());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("missing");
            for (ApprovalStatus.Group group : status.groups()) {
                if (group.missing() > 0) {
                    g.writeStartObject();
                    g.writeStringField("group", group.group());
                    g.writeNumberField("count", group.missing());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeBooleanField("satisfied", status.satisfied());
            g.writeEndObject();
            g.flush();
            out.write("\n");
            out.flush();
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public abstract void render(ApprovalsService.Status status, Writer out) throws IOException;

    /** The formats {@code approvals} prints, for {@code --format} (CommandFormats) and its renderer. */
    public static final Renderers<ApprovalsService.Status> RENDERERS =
            new Renderers<ApprovalsService.Status>("--format %s: approvals prints %s")
                    .with(Format.TEXT, options -> TEXT)
                    .with(Format.JSON, options -> JSON);
}

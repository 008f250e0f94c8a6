package io.cxgate.history;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.record.Entry;
import io.cxgate.report.Format;
import io.cxgate.report.RenderOptions;
import io.cxgate.report.Renderers;

/**
 * Prints {@code cxgate show}: the deployment's facts, then its redacted report through the renderer {@code check}
 * uses for the same format, then (with {@code --objects}) the redacted live pre-change copies.
 */
public enum ShowRenderer {
    TEXT, MARKDOWN, JSON;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public void render(HistoryService.Shown shown, boolean objects, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        Deployment d = shown.deployment();
        if (this == JSON) {
            out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json(shown, objects)));
            out.flush();
            return;
        }
        String h = this == MARKDOWN ? "## " : "";
        out.println(h + "Deployment " + d.id() + " (" + d.environment() + "): " + d.result().id());
        d.rollbackOf().ifPresent(r -> out.println("Rollback of " + r + d.started().bodyText("restoresDeployment")
                .map(restored -> ": restored the configuration of " + restored).orElse("")));
        out.println("Planned by " + d.plannedBy() + " at " + d.started().bodyText("plannedAt").orElse("?")
                + "; applied by " + d.appliedBy());
        out.println("Started " + d.startedAt() + ", finished " + d.finishedAt().map(Object::toString).orElse("-")
                + d.durationMs().map(ms -> " (" + ms + " ms)").orElse(""));
        d.error().ifPresent(e -> out.println("Terraform error: " + e));
        out.println("Approvals: " + (d.approvals().isEmpty() ? "none" : ""));
        d.approvals().forEach(a -> out.println("  - " + a.identity() + " (" + a.group() + ") at " + a.at()));
        out.println("Digests:");
        digests(d).forEach((name, value) -> out.println("  " + name + ": " + value));
        out.println("Git commit: " + d.gitCommit().orElse("-"));
        out.println("Chain: " + chain(d.started()) + d.finished().map(f -> ", finished " + chain(f)).orElse("")
                + " (head is entry " + shown.headSeq() + ")");
        out.println();
        StringWriter report = new StringWriter();
        Renderers.REPORTS.forFormat(this == MARKDOWN ? Format.MARKDOWN : Format.TEXT, RenderOptions.PLAIN)
                .render(shown.report(), report);
        out.print(report);
        if (objects) {
            out.println();
            out.println(h + "Objects before the deployment (redacted live copies)");
            if (shown.objects().isEmpty()) {
                out.println("No live copies were stored: " + notTaken(d) + ".");
            }
            for (Map.Entry<String, JsonNode> e : shown.objects().entrySet()) {
                JsonNode copy = e.getValue();
                String state = copy.path("state").asText()
                        + (copy.path("id").isTextual() ? ", id " + copy.path("id").asText() : "")
                        + (copy.path("reason").isTextual() ? ": " + copy.path("reason").asText() : "");
                out.println(this == MARKDOWN ? "### `" + e.getKey() + "` (" + state + ")"
                        : e.getKey() + " (" + state + ")" + (copy.path("object").isObject() ? ":" : ""));
                if (copy.path("object").isObject()) {
                    String body = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(copy.path("object"));
                    out.println(this == MARKDOWN ? "```json\n" + body + "\n```" : body.indent(2).stripTrailing());
                }
            }
        }
        out.flush();
    }

    private static ObjectNode json(HistoryService.Shown shown, boolean objects) {
        Deployment d = shown.deployment();
        ObjectNode root = MAPPER.createObjectNode();
        root.set("deployment", HistoryRenderer.json(d));
        ObjectNode digests = root.putObject("digests");
        digests(d).forEach(digests::put);
        ObjectNode timings = root.putObject("timings");
        timings.put("plannedAt", d.started().bodyText("plannedAt").orElse(null));
        timings.put("startedAt", d.startedAt().toString());
        timings.put("finishedAt", d.finishedAt().map(Object::toString).orElse(null));
        d.durationMs().ifPresentOrElse(ms -> timings.put("durationMs", ms), () -> timings.putNull("durationMs"));
        root.put("error", d.error().orElse(null));
        ObjectNode chain = root.putObject("chain");
        chain.set("started", link(d.started()));
        chain.set("finished", d.finished().map(ShowRenderer::link).orElse(null));
        chain.put("headSeq", shown.headSeq());
        root.set("report", d.started().body().path("report"));
        if (objects) {
            ObjectNode copies = root.putObject("objects");
            shown.objects().forEach(copies::set);
            if (shown.objects().isEmpty()) {
                root.put("objectsNotStored", notTaken(d));
            }
        }
        return root;
    }

    /** Why the apply stored no live copies, as its {@code apply-started} entry says. */
    private static String notTaken(Deployment d) {
        JsonNode summary = d.started().body().path("liveCopies");
        String reason = summary.path("reason").textValue();
        if (reason != null) {
            return reason;
        }
        return summary.path("taken").asBoolean(false) ? "the deployment touched no objects"
                : "the apply recorded no live copies";
    }

    private static Map<String, String> digests(Deployment d) {
        Map<String, String> digests = new java.util.LinkedHashMap<>();
        for (String name : new String[] {"bundleDigest", "artifactDigest", "inputsDigest", "planDigest",
                "policiesDigest"}) {
            d.started().bodyText(name).ifPresent(v -> digests.put(name, v));
        }
        return digests;
    }

    private static String chain(Entry e) {
        return "entry " + e.seq() + " " + e.headRef();
    }

    private static ObjectNode link(Entry e) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("seq", e.seq());
        node.put("hash", e.headRef());
        return node;
    }
}

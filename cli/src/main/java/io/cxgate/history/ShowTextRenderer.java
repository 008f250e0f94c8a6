package io.cxgate.history;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cxgate.record.Entry;
import io.cxgate.report.Format;
import io.cxgate.report.RenderOptions;
import io.cxgate.report.Renderer;
import io.cxgate.report.Renderers;

/**
 * {@code show} as text or Markdown: the deployment's facts, then its redacted report through the renderer
 * {@code check} uses for the same format, then (with {@code --objects}) the redacted live pre-change copies.
 */
final class ShowTextRenderer implements Renderer<Shown> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final boolean markdown;

    ShowTextRenderer(boolean markdown) {
        this.markdown = markdown;
    }

    @Override
    public void render(Shown shown, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        Deployment d = shown.deployment();
        String h = markdown ? "## " : "";
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
        shown.digests().forEach((name, value) -> out.println("  " + name + ": " + value));
        out.println("Git commit: " + d.gitCommit().orElse("-"));
        out.println("Chain: " + chain(d.started()) + d.finished().map(f -> ", finished " + chain(f)).orElse("")
                + " (head is entry " + shown.headSeq() + ")");
        out.println();
        StringWriter report = new StringWriter();
        Renderers.REPORTS.forFormat(markdown ? Format.MARKDOWN : Format.TEXT, RenderOptions.PLAIN)
                .render(shown.report(), report);
        out.print(report);
        shown.objects().ifPresent(objects -> objects(shown, objects, h, out));
        out.flush();
    }

    private void objects(Shown shown, Map<String, JsonNode> objects, String h, PrintWriter out) {
        out.println();
        out.println(h + "Objects before the deployment (redacted live copies)");
        if (objects.isEmpty()) {
            out.println("No live copies were stored: " + shown.objectsNotStored() + ".");
        }
        for (Map.Entry<String, JsonNode> e : objects.entrySet()) {
            JsonNode copy = e.getValue();
            String state = copy.path("state").asText()
                    + (copy.path("id").isTextual() ? ", id " + copy.path("id").asText() : "")
                    + (copy.path("reason").isTextual() ? ": " + copy.path("reason").asText() : "");
            out.println(markdown ? "### `" + e.getKey() + "` (" + state + ")"
                    : e.getKey() + " (" + state + ")" + (copy.path("object").isObject() ? ":" : ""));
            if (copy.path("object").isObject()) {
                String body = pretty(copy.path("object"));
                out.println(markdown ? "```json\n" + body + "\n```" : body.indent(2).stripTrailing());
            }
        }
    }

    private static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static String chain(Entry e) {
        return "entry " + e.seq() + " " + e.headRef();
    }
}

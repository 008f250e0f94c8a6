package io.cxgate.history;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.record.Entry;
import io.cxgate.report.Renderer;

/**
 * {@code show} as JSON: {@code deployment} (the history object), digests, timings, the error, the chain links, the
 * report contract under {@code report} and, with {@code --objects}, the live copies.
 */
final class ShowJsonRenderer implements Renderer<Shown> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void render(Shown shown, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json(shown)));
        out.flush();
    }

    private static ObjectNode json(Shown shown) {
        Deployment d = shown.deployment();
        ObjectNode root = MAPPER.createObjectNode();
        root.set("deployment", HistoryJsonRenderer.json(d));
        ObjectNode digests = root.putObject("digests");
        shown.digests().forEach(digests::put);
        ObjectNode timings = root.putObject("timings");
        timings.put("plannedAt", d.started().bodyText("plannedAt").orElse(null));
        timings.put("startedAt", d.startedAt().toString());
        timings.put("finishedAt", d.finishedAt().map(Object::toString).orElse(null));
        d.durationMs().ifPresentOrElse(ms -> timings.put("durationMs", ms), () -> timings.putNull("durationMs"));
        root.put("error", d.error().orElse(null));
        ObjectNode chain = root.putObject("chain");
        chain.set("started", link(d.started()));
        chain.set("finished", d.finished().map(ShowJsonRenderer::link).orElse(null));
        chain.put("headSeq", shown.headSeq());
        root.set("report", d.started().body().path("report"));
        shown.objects().ifPresent(objects -> {
            ObjectNode copies = root.putObject("objects");
            objects.forEach(copies::set);
            if (objects.isEmpty()) {
                root.put("objectsNotStored", shown.objectsNotStored());
            }
        });
        return root;
    }

    private static ObjectNode link(Entry e) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("seq", e.seq());
        node.put("hash", e.headRef());
        return node;
    }
}

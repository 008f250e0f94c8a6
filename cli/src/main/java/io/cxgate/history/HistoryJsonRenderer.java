package io.cxgate.history;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** History as the JSON contract: {@code {"deployments": [...]}} or {@code {"driftChecks": [...]}}. */
final class HistoryJsonRenderer extends HistoryListRenderer {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    void deployments(List<Deployment> deployments, PrintWriter out) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode list = root.putArray("deployments");
        deployments.forEach(d -> list.add(json(d)));
        out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    @Override
    void driftChecks(List<DriftCheck> checks, PrintWriter out) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode list = root.putArray("driftChecks");
        for (DriftCheck c : checks) {
            ObjectNode node = list.addObject();
            node.put("id", c.id());
            node.put("environment", c.environment());
            node.put("at", c.at().toString());
            node.put("drifted", c.drifted());
            ArrayNode addresses = node.putArray("addresses");
            c.addresses().forEach(addresses::add);
        }
        out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    /** A deployment as the history JSON contract has it; {@code show} reuses it. */
    static ObjectNode json(Deployment d) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", d.id());
        node.put("environment", d.environment());
        node.put("result", d.result().id());
        node.put("plannedBy", d.plannedBy());
        ArrayNode approvals = node.putArray("approvals");
        for (Deployment.Approval a : d.approvals()) {
            approvals.addObject().put("identity", a.identity()).put("group", a.group()).put("at", a.at());
        }
        node.put("appliedBy", d.appliedBy());
        node.put("startedAt", d.startedAt().toString());
        d.finishedAt().ifPresentOrElse(f -> node.put("finishedAt", f.toString()), () -> node.putNull("finishedAt"));
        ObjectNode summary = node.putObject("summary");
        d.summary().forEach(summary::put);
        node.put("artifactDigest", d.artifactDigest());
        node.put("bundleDigest", d.bundleDigest());
        d.gitCommit().ifPresentOrElse(c -> node.put("gitCommit", c), () -> node.putNull("gitCommit"));
        d.rollbackOf().ifPresentOrElse(r -> node.put("rollbackOf", r), () -> node.putNull("rollbackOf"));
        return node;
    }
}

package io.cxgate.history;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Prints {@code cxgate history}: text (fits 100 columns), Markdown, or the JSON contract. */
public enum HistoryRenderer {
    TEXT, MARKDOWN, JSON;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ROW = "%-10s %-11s %-16s %-12s %-9s %-9s %-10s %-8s %-7s%n";

    public void deployments(List<Deployment> deployments, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        switch (this) {
            case JSON -> {
                ObjectNode root = JsonNodeFactory.instance.objectNode();
                ArrayNode list = root.putArray("deployments");
                deployments.forEach(d -> list.add(json(d)));
                out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            }
            case TEXT -> {
                if (deployments.isEmpty()) {
                    out.println("No deployments recorded.");
                    break;
                }
                out.printf(ROW, "ID", "RESULT", "STARTED (UTC)", "CHANGES", "PLANNER", "APPLIER", "APPROVERS",
                        "ARTIFACT", "COMMIT");
                for (Deployment d : deployments) {
                    out.printf(ROW, fit(d.id(), 10), d.result().id(), minute(d.startedAt().toString()),
                            fit(changes(d.summary()), 12), fit(d.plannedBy(), 9), fit(d.appliedBy(), 9),
                            fit(approvers(d), 10), hex(d.artifactDigest(), 8), fit(d.gitCommit().orElse("-"), 7));
                }
            }
            case MARKDOWN -> {
                out.println("| Deployment | Result | Started (UTC) | Changes | Planned by | Applied by | Approvals"
                        + " | Artifact | Commit |");
                out.println("|---|---|---|---|---|---|---|---|---|");
                for (Deployment d : deployments) {
                    out.println("| " + String.join(" | ", d.id() + d.rollbackOf().map(r -> " (rollback of " + r + ")")
                                    .orElse(""), d.result().id(), minute(d.startedAt().toString()),
                            changes(d.summary()), d.plannedBy(), d.appliedBy(), approvers(d),
                            "`" + hex(d.artifactDigest(), 12) + "`", d.gitCommit().map(c -> fit(c, 7)).orElse("-"))
                            .replace("\n", " ") + " |");
                }
            }
        }
        out.flush();
    }

    public void driftChecks(List<DriftCheck> checks, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        switch (this) {
            case JSON -> {
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
            case TEXT, MARKDOWN -> {
                if (checks.isEmpty()) {
                    out.println("No drift checks recorded.");
                }
                for (DriftCheck c : checks) {
                    String line = c.id() + "  " + c.environment() + "  " + minute(c.at().toString()) + "  "
                            + (c.drifted() == 0 ? "no drift" : c.drifted() + " drifted");
                    out.println(this == MARKDOWN ? "- " + line : line);
                    for (String address : c.addresses()) {
                        out.println((this == MARKDOWN ? "  - `" + address + "`" : "    " + fit(address, 96)));
                    }
                }
            }
        }
        out.flush();
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

    /** {@code +1 ~2 -0 ±0}: creates, updates, deletes, replaces. */
    static String changes(Map<String, Long> summary) {
        return "+" + summary.getOrDefault("create", 0L) + " ~" + summary.getOrDefault("update", 0L)
                + " -" + summary.getOrDefault("delete", 0L) + " ±" + summary.getOrDefault("replace", 0L);
    }

    static String approvers(Deployment d) {
        String names = d.approvals().stream().map(Deployment.Approval::identity).distinct()
                .collect(Collectors.joining(","));
        return names.isEmpty() ? "-" : names;
    }

    /** {@code sha256:abcdef…} → the first {@code n} hex digits. */
    static String hex(String digest, int n) {
        String hex = digest.startsWith("sha256:") ? digest.substring("sha256:".length()) : digest;
        return hex.isEmpty() ? "-" : hex.substring(0, Math.min(n, hex.length()));
    }

    static String minute(String instant) {
        return instant.length() >= 16 ? instant.substring(0, 10) + " " + instant.substring(11, 16) : instant;
    }

    static String fit(String value, int width) {
        return value.length() <= width ? value : value.substring(0, width - 1) + "…";
    }
}

package io.cxgate.gate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cxgate.CxgateException;
import io.cxgate.policy.Decision;
import io.cxgate.policy.RequiredApproval;
import io.cxgate.simulate.Finding;
import io.cxgate.simulate.Simulation;

/**
 * What a bundle's {@code report.json} recorded at plan time and the gate keeps: the decision, and the live-org
 * findings (with their source) that the re-evaluation carries forward when it has no org access itself.
 */
public record RecordedReport(Decision decision, Simulation simulation) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public RecordedReport {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(simulation, "simulation");
    }

    /**
     * Reads {@code report.json} (whose digest the caller has already checked against {@code bundle.json}).
     *
     * @throws CxgateException when it does not follow the report contract (a bundle made by another tool)
     */
    public static RecordedReport read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new CxgateException(file + ": cannot read the recorded report: " + e.getMessage(), e);
        }
        try {
            return new RecordedReport(decision(root.path("decision")), simulation(root));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CxgateException(file + ": the recorded report does not follow the report contract: "
                    + e.getMessage(), e);
        }
    }

    private static Decision decision(JsonNode node) {
        List<String> reasons = new ArrayList<>();
        node.path("reasons").forEach(r -> reasons.add(r.asText()));
        String outcome = node.path("outcome").asText("");
        switch (outcome) {
            case "allow":
                return new Decision.Allow(reasons);
            case "deny":
                return new Decision.Deny(reasons.isEmpty() ? List.of("denied at plan time") : reasons);
            case "approval_required":
                List<RequiredApproval> required = new ArrayList<>();
                node.path("requiredApprovals").forEach(a -> required.add(
                        new RequiredApproval(a.path("group").asText(), a.path("count").asInt(0))));
                return new Decision.ApprovalRequired(required, reasons);
            default:
                throw new IllegalArgumentException("decision.outcome '" + outcome + "' is not allow, approval_required or deny");
        }
    }

    private static Simulation simulation(JsonNode root) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : root.path("findings")) {
            JsonNode o = f.path("object");
            Finding.LiveObject object = o.isObject() ? new Finding.LiveObject(text(o, "apiType"),
                    text(o, "resourceType"), text(o, "id"), text(o, "name")) : null;
            findings.add(new Finding(Finding.Code.of(text(f, "code")), Finding.Severity.of(text(f, "severity")), text(f, "address"), object, text(f, "message")));
        }
        Simulation.Source source = Simulation.Source.of(root.path("simulation").path("source").asText("none"));
        return new Simulation(source, 0, findings, List.of());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

package io.cxgate.apply.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.CxgateException;
import io.cxgate.bundle.Bundle;
import io.cxgate.gate.ApprovalStatus;
import io.cxgate.gate.GivenApproval;
import io.cxgate.livecopy.EditsSinceDeployment;
import io.cxgate.report.JsonRenderer;
import io.cxgate.report.Report;
import io.cxgate.terraform.TerraformOutputs.StateFacts;

/**
 * The bodies of a deployment's {@code apply-started} and {@code apply-finished} entries. Everything in them is
 * already redacted (the report) or not secret (digests, names, serials); blobs are referred to by digest.
 */
public final class ApplyEntries {
    public static final String RESULT = "result";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String ARTIFACT_DIGEST = "artifactDigest";
    public static final String BUNDLE_DIGEST = "bundleDigest";
    /** Blob and body member of {@code apply-started}: the live copies before the apply, or why none were taken. */
    public static final String LIVE_COPIES = EditsSinceDeployment.BEFORE_BLOB;
    /** Blob and body member of {@code apply-finished}: the live copies after the apply, or why none were taken. */
    public static final String LIVE_COPIES_AFTER = EditsSinceDeployment.AFTER_BLOB;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ApplyEntries() {
    }

    /**
     * @param report the re-evaluation's redacted report: what was decided at the moment of apply
     * @param before the state's lineage and serial before the apply
     */
    public static ObjectNode started(Bundle bundle, String bundleDigest, ApprovalStatus approvals, Report report,
            StateFacts before) {
        ObjectNode body = NODES.objectNode();
        body.put(BUNDLE_DIGEST, bundleDigest);
        body.put(ARTIFACT_DIGEST, bundle.artifactDigest());
        body.put("inputsDigest", bundle.inputsDigest());
        body.put("planDigest", bundle.planDigest());
        body.put("policiesDigest", bundle.policiesDigest().orElse(null));
        body.put("gitCommit", bundle.gitCommit().orElse(null));
        body.put("terraformVersion", bundle.terraformVersion());
        bundle.rollback().ifPresent(r -> {
            body.put("rollbackOf", r.of());
            body.put("restoresDeployment", r.restores());
        });
        ObjectNode plannedBy = body.putObject("plannedBy");
        plannedBy.put("identity", bundle.createdBy().identity());
        plannedBy.put("source", bundle.createdBy().source());
        body.put("plannedAt", bundle.createdAt().toString());
        ArrayNode used = body.putArray("approvals");
        for (ApprovalStatus.Group group : approvals.groups()) {
            for (GivenApproval a : group.counted()) {
                ObjectNode approval = used.addObject();
                approval.put("identity", a.identity());
                approval.put("group", a.group());
                approval.put("at", a.at().toString());
                approval.put("entry", a.entryId());
            }
        }
        body.put("decision", approvals.decision().outcome().id());
        ObjectNode summary = body.putObject("summary");
        report.summary().asMap().forEach(summary::put);
        before.lineage().ifPresentOrElse(l -> body.put("stateLineage", l), () -> body.putNull("stateLineage"));
        before.serial().ifPresentOrElse(s -> body.put("stateSerial", s), () -> body.putNull("stateSerial"));
        body.set("report", reportJson(report));
        return body;
    }

    /** @param error terraform's last error line (masked) when it failed */
    public static ObjectNode finished(Bundle bundle, String bundleDigest, boolean succeeded, Optional<Long> newSerial,
            Duration duration, Optional<String> error) {
        ObjectNode body = NODES.objectNode();
        body.put(RESULT, succeeded ? SUCCEEDED : FAILED);
        body.put(BUNDLE_DIGEST, bundleDigest);
        body.put(ARTIFACT_DIGEST, bundle.artifactDigest());
        newSerial.ifPresentOrElse(s -> body.put("stateSerial", s), () -> body.putNull("stateSerial"));
        body.put("durationMs", duration.toMillis());
        body.put("error", error.orElse(null));
        return body;
    }

    /** Blob names in {@code apply-started}. */
    public static Map<String, String> blobs(Optional<String> preState, String archive, Optional<String> liveCopies) {
        Map<String, String> blobs = new java.util.LinkedHashMap<>();
        preState.ifPresent(d -> blobs.put("preState", d));
        blobs.put("configurationArchive", archive);
        liveCopies.ifPresent(d -> blobs.put(LIVE_COPIES, d));
        return blobs;
    }

    private static ObjectNode reportJson(Report report) {
        StringWriter json = new StringWriter();
        try {
            new JsonRenderer().render(report, json);
            return (ObjectNode) MAPPER.readTree(json.toString());
        } catch (IOException e) {
            throw new CxgateException("render the report for the record: " + e.getMessage(), e);
        }
    }
}

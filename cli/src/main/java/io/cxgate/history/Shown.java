package io.cxgate.history;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.report.Format;
import io.cxgate.report.Renderers;
import io.cxgate.report.Report;

/**
 * What {@code cxgate show} prints: one deployment, its place in the chain, its redacted report and, when
 * {@code --objects} asked for them, the redacted live copies from before it (address → copy; empty when none were
 * stored).
 */
public record Shown(Deployment deployment, long headSeq, Report report, Optional<Map<String, JsonNode>> objects) {
    /** The formats {@code show} prints; text and Markdown embed the report as {@code check} prints it. */
    public static final Renderers<Shown> RENDERERS = new Renderers<Shown>("--format %s: show prints %s")
            .with(Format.TEXT, options -> new ShowTextRenderer(false))
            .with(Format.MARKDOWN, options -> new ShowTextRenderer(true))
            .with(Format.JSON, options -> new ShowJsonRenderer());

    public Shown {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(report, "report");
        objects = objects.map(o -> Collections.unmodifiableMap(new LinkedHashMap<>(o)));     // in address order
    }

    /** The digests the {@code apply-started} entry names, in the contract's order. */
    public Map<String, String> digests() {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String name : new String[] {"bundleDigest", "artifactDigest", "inputsDigest", "planDigest",
                "policiesDigest"}) {
            deployment.started().bodyText(name).ifPresent(v -> digests.put(name, v));
        }
        return digests;
    }

    /** Why the apply stored no live copies, as its {@code apply-started} entry says. */
    public String objectsNotStored() {
        JsonNode summary = deployment.started().body().path("liveCopies");
        String reason = summary.path("reason").textValue();
        if (reason != null) {
            return reason;
        }
        return summary.path("taken").asBoolean(false) ? "the deployment touched no objects"
                : "the apply recorded no live copies";
    }
}

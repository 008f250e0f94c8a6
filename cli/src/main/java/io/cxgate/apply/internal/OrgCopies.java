package io.cxgate.apply.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.CxgateException;
import io.cxgate.config.EnvironmentConfig;
import io.cxgate.config.EnvironmentContext;
import io.cxgate.config.SimulationMode;
import io.cxgate.genesys.source.LiveOrgSource;
import io.cxgate.genesys.source.OrgConnection;
import io.cxgate.livecopy.LiveCopies;
import io.cxgate.livecopy.LiveCopies.Moment;
import io.cxgate.livecopy.LiveCopyTaker;
import io.cxgate.plan.ResourceChange;
import io.cxgate.record.BlobKind;
import io.cxgate.record.RecordStore;
import io.cxgate.redact.Redactor;

/**
 * The live copies {@code apply} keeps of the objects its plan touches, before and after terraform runs. Apply has
 * org access when the environment reads its live org ({@code simulation: live}), through the environment's own
 * credentials and {@code apiBaseUrl}; without it, or when the org cannot be read, the apply goes on and its entry
 * says why no copies were taken. Copies never fail an apply.
 */
public final class OrgCopies {
    private final EnvironmentContext context;
    private final EnvironmentConfig env;
    private final Redactor redactor;
    private final Clock clock;
    private final Consumer<String> notices;

    /** @param context the environment: its org access, credentials and redactor (credentials and maskPatterns) */
    public OrgCopies(EnvironmentContext context, Clock clock, Consumer<String> notices) {
        this.context = Objects.requireNonNull(context, "context");
        this.env = context.environment();
        this.redactor = context.redactor();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /**
     * What one taking left for the entry: the blob (when taken) and the body member describing it:
     * {@code {"taken": true, "objects": 3, "present": 2, "requests": 4}} or {@code {"taken": false, "reason": "…"}}.
     */
    public record Outcome(Optional<String> blob, ObjectNode summary) {
    }

    /** Takes the copies and stores them as a {@link BlobKind#LIVE_COPY} blob. */
    public Outcome take(List<ResourceChange> changes, Moment moment, RecordStore store) {
        ObjectNode summary = JsonNodeFactory.instance.objectNode();
        if (env.simulation() != SimulationMode.LIVE) {
            return notTaken(summary, "environment " + env.name() + " has no org access (simulation is not live)",
                    false);
        }
        LiveCopies copies;
        try (OrgConnection org = OrgConnection.live(context, Optional.empty())) {
            copies = new LiveCopyTaker(redactor, clock).take(changes, (LiveOrgSource) org.source(), moment);
        } catch (CxgateException e) {
            return notTaken(summary, redactor.mask(e.getMessage()), true);
        }
        String blob = store.putBlob(BlobKind.LIVE_COPY, copies.toBytes());
        summary.put("taken", true);
        summary.put("objects", copies.copies().size());
        summary.put("present", copies.present());
        summary.put("requests", copies.requests());
        notices.accept("cxgate: live copies " + moment.id() + " the apply: " + copies.present() + " of "
                + copies.copies().size() + " touched objects (" + copies.requests() + " API requests)");
        return new Outcome(Optional.of(blob), summary);
    }

    private Outcome notTaken(ObjectNode summary, String reason, boolean tell) {
        summary.put("taken", false);
        summary.put("reason", reason);
        if (tell) {
            notices.accept("cxgate: warning: no live copies of the touched objects were taken: " + reason);
        }
        return new Outcome(Optional.empty(), summary);
    }
}

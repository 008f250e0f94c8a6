package io.cxgate.drift;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.identity.Identity;
import io.cxgate.plan.ResourceChange;
import io.cxgate.record.NewEntry;
import io.cxgate.record.EntryKind;
import io.cxgate.report.Report;
import io.cxgate.simulate.Finding;

/**
 * The body of a {@code drift-check} entry: {@code outcome} ({@code drift}, {@code none} or {@code failed}),
 * {@code drift} (count), {@code addresses}, {@code attribution} (address → the finding's message), {@code lookAlikes},
 * {@code decision}, {@code simulation} and {@code auditSince}; a failed run carries {@code error} (masked) instead.
 */
record DriftRecord(String environment, Identity identity) {

    NewEntry finished(Report report, Instant auditSince) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("outcome", report.drift().isEmpty() ? "none" : "drift");
        body.put("drift", report.drift().size());
        report.drift().stream().map(ResourceChange::address).forEach(body.putArray("addresses")::add);
        ObjectNode attribution = body.putObject("attribution");
        report.findings().stream().filter(f -> f.code() == Finding.Code.OUT_OF_BAND_CHANGE && f.address() != null)
                .forEach(f -> attribution.put(f.address(), f.message()));
        body.put("lookAlikes", report.warnings().stream().filter(w -> w.startsWith("unmanaged look-alike:")).count());
        body.put("decision", report.decision().outcome().id());
        body.put("simulation", report.simulation().source().id());
        body.put("auditSince", auditSince.toString());
        return NewEntry.of(EntryKind.DRIFT_CHECK, environment, identity, body);
    }

    NewEntry failed(String error) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("outcome", "failed");
        body.put("error", error);
        return NewEntry.of(EntryKind.DRIFT_CHECK, environment, identity, body);
    }
}

package io.cxgate.drift;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cxgate.plan.ResourceChange;
import io.cxgate.redact.Redactor;
import io.cxgate.simulate.Finding;

/**
 * Rewrites the live-org check's {@code OUT_OF_BAND_CHANGE} findings with who, when and through what from the audit
 * trail. Where the trail could not answer (no permission, failed or slow transaction, a type it does not keep, no
 * entry in the interval) the finding keeps the object's {@code modifiedBy}/{@code dateModified} and says why.
 */
final class Attribution {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int PATHS_SHOWN = 5;

    private Attribution() {
    }

    /**
     * @param lookups by audit service
     * @param since   the start of the interval the trail was asked about
     */
    static List<Finding> attribute(List<Finding> findings, List<ResourceChange> drift, Map<String, AuditLookup> lookups,
            Instant since, Redactor redactor) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            out.add(attributed(finding, drift, lookups, since).map(m -> new Finding(finding.code(), finding.severity(),
                    finding.address(), finding.object(), redactor.mask(m))).orElse(finding));
        }
        return out;
    }

    private static Optional<String> attributed(Finding finding, List<ResourceChange> drift,
            Map<String, AuditLookup> lookups, Instant since) {
        if (finding.code() != Finding.Code.OUT_OF_BAND_CHANGE || finding.object() == null
                || finding.object().id() == null) {
            return Optional.empty();
        }
        Optional<AuditServices.Target> target = AuditServices.of(finding.object().resourceType());
        AuditLookup lookup = target.map(t -> lookups.get(t.service())).orElse(null);
        String fallback = finding.message();
        if (lookup instanceof AuditLookup.Unavailable u) {
            return Optional.of(fallback + " (" + u.note() + "; modifiedBy/dateModified shown)");
        }
        if (lookup instanceof AuditLookup.Events e) {
            return Optional.of(e.events().stream()
                    .filter(ev -> ev.entityId().equals(finding.object().id()))
                    .max(Comparator.comparing(AuditEvent::eventDate))
                    .map(ev -> message(finding, drift, ev))
                    .orElse(fallback + " (the audit trail has no change to it since " + MINUTE.format(since)
                            + "; modifiedBy/dateModified shown)"));
        }
        return Optional.empty();
    }

    private static String message(Finding finding, List<ResourceChange> drift, AuditEvent event) {
        Optional<ResourceChange> change = drift.stream().filter(c -> c.address().equals(finding.address())).findFirst();
        StringBuilder message = new StringBuilder(change.map(ResourceChange::label).orElse(finding.address()))
                .append(" was changed outside Terraform ").append(event.who()).append(" at ")
                .append(MINUTE.format(event.eventDate()));
        if (event.action() != null) {
            message.append(" (audit: ").append(event.action()).append(")");
        }
        List<String> paths = change.map(ResourceChange::changedPaths).orElse(List.of());
        if (!paths.isEmpty()) {
            message.append(": ").append(String.join(", ", paths.subList(0, Math.min(PATHS_SHOWN, paths.size()))));
            if (paths.size() > PATHS_SHOWN) {
                message.append(" and ").append(paths.size() - PATHS_SHOWN).append(" more");
            }
        }
        return message.toString();
    }
}

package io.cxgate.simulate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.genesys.source.OrgObject;
import io.cxgate.plan.Action;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.Finding.LiveObject;
import io.cxgate.simulate.internal.ValuePaths;

/**
 * {@code OUT_OF_BAND_CHANGE}: one warning per drifted object, saying who changed it and when as
 * far as the live object tells. Runs over the plan's drift, not its changes.
 */
final class OutOfBandCheck implements Check {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'")
            .withZone(ZoneOffset.UTC);

    @Override
    public void want(ResourceChange drift, Context context, Wants wants) {
        wants.type(drift.type(), null);
    }

    @Override
    public void wantMore(ResourceChange drift, Context context, Wants wants) {
        if (liveObject(drift, context.org()).map(o -> o.modifiedBy() != null).orElse(false)) {
            wants.type(Naming.USER, null);
        }
    }

    @Override
    public List<Finding> check(ResourceChange drift, Context context) {
        Optional<OrgObject> live = liveObject(drift, context.org());
        JsonNode values = values(drift);
        String id = live.map(OrgObject::id).orElse(ValuePaths.text(values, "id"));
        LiveObject object = live.map(context.naming()::live).orElse(new LiveObject(
                context.naming().apiType(drift.type()), drift.type(), id, context.naming().planName(drift, values)));
        StringBuilder message = new StringBuilder(drift.label()).append(" was changed outside Terraform");
        String by = live.map(OrgObject::modifiedBy).map(u -> who(u, context.org())).orElse(null);
        Instant when = live.map(OrgObject::dateModified).orElse(null);
        if (by != null) {
            message.append(" by ").append(by);
        }
        if (when != null) {
            message.append(" at ").append(MINUTE.format(when));
        }
        if (by == null && when == null) {
            message.append(" (the org does not say by whom or when)");
        }
        List<String> paths = drift.changedPaths();
        if (!paths.isEmpty()) {
            message.append(": ").append(String.join(", ", paths.size() > 5 ? paths.subList(0, 5) : paths))
                    .append(paths.size() > 5 ? " and " + (paths.size() - 5) + " more" : "");
        }
        context.plan().plan().change(drift.address())
                .filter(c -> c.action() == Action.UPDATE || c.action() == Action.REPLACE)
                .ifPresent(c -> message.append("; this plan overwrites that change with the configuration"));
        return List.of(new Finding(Finding.Code.OUT_OF_BAND_CHANGE, Finding.Severity.WARNING, drift.address(),
                object, message.toString()));
    }

    private static JsonNode values(ResourceChange drift) {
        return drift.values().after().isNull() ? drift.values().before() : drift.values().after();
    }

    private static Optional<OrgObject> liveObject(ResourceChange drift, OrgIndex org) {
        String id = ValuePaths.text(values(drift), "id");
        if (id == null) {
            id = ValuePaths.text(drift.values().before(), "id");
        }
        return id == null ? Optional.empty() : org.find(drift.type(), id);
    }

    /** A user ID as the admin knows the user: email, else name; other IDs (OAuth clients) as they are. */
    private static String who(String userId, OrgIndex org) {
        return org.find(Naming.USER, userId).map(u -> u.text("email") != null ? u.text("email") : u.name())
                .orElse(userId);
    }
}

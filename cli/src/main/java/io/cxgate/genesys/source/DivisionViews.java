package io.cxgate.genesys.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code divisionViews} of an org snapshot: the view permissions the exporting client held in
 * some divisions only, so that a check from the snapshot knows, as a live check does, which
 * absences prove nothing. Only restricted views are written; a snapshot without the field was
 * exported by a client that could read every division (or before cxgate recorded it).
 */
final class DivisionViews {
    private DivisionViews() {
    }

    /** Restricted views only, one per permission, in permission order. */
    static List<DivisionView> normalised(List<DivisionView> views) {
        Map<String, DivisionView> byPermission = new LinkedHashMap<>();
        (views == null ? List.<DivisionView>of() : views).stream().filter(DivisionView::restricted)
                .sorted(Comparator.comparing(DivisionView::permission))
                .forEach(v -> byPermission.putIfAbsent(v.permission(), v));
        return List.copyOf(byPermission.values());
    }

    /** Asks the source, once per permission, for the division-scoped types exported. */
    static List<DivisionView> restricted(OrgSource source, Collection<String> types) {
        List<DivisionView> out = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        for (String type : types) {
            Optional<String> permission = DivisionView.permissionFor(type);
            if (permission.isPresent() && !asked.contains(permission.get())) {
                asked.add(permission.get());
                source.divisionView(type).filter(DivisionView::restricted).ifPresent(out::add);
            }
        }
        return out;
    }

    /** What a snapshot says about a type: restricted when recorded, else every division. */
    static Optional<DivisionView> of(List<DivisionView> views, String resourceType) {
        return DivisionView.permissionFor(resourceType).map(permission -> views.stream()
                .filter(v -> v.permission().equals(permission)).findFirst()
                .orElse(new DivisionView(permission, true, List.of())));
    }

    static void write(List<DivisionView> views, ObjectNode root) {
        if (views.isEmpty()) {
            return;
        }
        ArrayNode array = root.putArray("divisionViews");
        for (DivisionView v : views) {
            ObjectNode node = array.addObject().put("permission", v.permission());
            ArrayNode ids = node.putArray("divisionIds");
            v.divisionIds().forEach(ids::add);
        }
    }

    static List<DivisionView> read(JsonNode root) {
        List<DivisionView> out = new ArrayList<>();
        root.path("divisionViews").forEach(node -> {
            List<String> ids = new ArrayList<>();
            node.path("divisionIds").forEach(id -> ids.add(id.asText()));
            out.add(new DivisionView(node.get("permission").asText(), false, ids));
        });
        return out;
    }
}

package io.cxgate.genesys.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which divisions the OAuth client may read a division-scoped type in, as
 * {@code GET /api/v2/authorization/divisionspermitted/paged/me?permission=…} answers for the type's
 * view permission: every division ({@code allDivsPermitted}), or only those listed. A client whose
 * role grants the permission in some divisions only gets listings without the objects of the others,
 * so their absence proves nothing.
 *
 * @param permission  the view permission asked about, e.g. {@code routing:queue:view}
 * @param all         whether the client may read every division (also divisions created later)
 * @param divisionIds the divisions it may read when not all
 */
public record DivisionView(String permission, boolean all, List<String> divisionIds) {
    /** The view permission of each division-scoped type the live source lists (Platform API SDK docs). */
    static final Map<String, String> PERMISSIONS = Map.ofEntries(
            Map.entry("genesyscloud_routing_queue", "routing:queue:view"),
            Map.entry("genesyscloud_routing_wrapupcode", "routing:wrapupCode:view"),
            Map.entry("genesyscloud_routing_skill_group", "routing:skillGroup:view"),
            Map.entry("genesyscloud_flow", "architect:flow:view"),
            Map.entry("genesyscloud_architect_schedules", "routing:schedule:view"),
            Map.entry("genesyscloud_architect_schedulegroups", "routing:scheduleGroup:view"),
            Map.entry("genesyscloud_architect_ivr", "routing:callRoute:view"),
            Map.entry("genesyscloud_script", "scripter:script:view"),
            Map.entry("genesyscloud_architect_datatable", "architect:datatable:view"),
            Map.entry("genesyscloud_architect_emergencygroup", "architect:emergencyGroup:view"),
            Map.entry("genesyscloud_outbound_contact_list", "outbound:contactList:view"));

    public DivisionView {
        divisionIds = List.copyOf(divisionIds);
    }

    /** The view permission of a division-scoped type, or empty for a type not scoped by division. */
    public static Optional<String> permissionFor(String resourceType) {
        return Optional.ofNullable(PERMISSIONS.get(resourceType));
    }

    /** Whether the client sees only part of the org for this type. */
    public boolean restricted() {
        return !all;
    }
}

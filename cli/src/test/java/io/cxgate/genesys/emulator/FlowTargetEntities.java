package io.cxgate.genesys.emulator;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.genesys.source.OrgObject;

/**
 * The emulator's listings of objects that Archy flows name (issue 15 item 10), in the Platform
 * API's shapes: contact lists ({@code ContactList}: {@code columnNames}, {@code phoneColumns},
 * {@code version}), data tables ({@code DataTable}: {@code schema} only when expanded, so left
 * out), emergency groups ({@code EmergencyGroup}: {@code state}, {@code enabled},
 * {@code emergencyCallFlows}).
 */
final class FlowTargetEntities {
    static final Map<String, String> PATHS = Map.of(
            "genesyscloud_outbound_contact_list", "/api/v2/outbound/contactlists",
            "genesyscloud_architect_datatable", "/api/v2/flows/datatables",
            "genesyscloud_architect_emergencygroup", "/api/v2/architect/emergencygroups");

    private FlowTargetEntities() {
    }

    /** Adds the type's own fields; false for a type this class does not know. */
    static boolean render(OrgObject o, ObjectNode e) {
        switch (o.resourceType()) {
            case "genesyscloud_outbound_contact_list" -> {
                e.putArray("columnNames").add("Phone").add("Name");
                e.putArray("phoneColumns").addObject().put("columnName", "Phone").put("type", "cell");
                e.put("version", 1);
            }
            case "genesyscloud_architect_datatable" -> e.put("description", "");
            case "genesyscloud_architect_emergencygroup" -> {
                e.put("state", o.text("state") == null ? "active" : o.text("state"));
                e.put("enabled", false);
                e.putArray("emergencyCallFlows");
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}

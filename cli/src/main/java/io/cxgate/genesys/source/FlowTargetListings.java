package io.cxgate.genesys.source;

import java.util.List;
import java.util.Map;

import io.cxgate.genesys.source.OrgObject.Attributes;
import io.cxgate.genesys.source.ResourceListings.Listing;
import io.cxgate.genesys.source.ResourceListings.Paging;

/**
 * The rows of {@link ResourceListings} for objects that Archy flows name and nothing else in the
 * check needs (issue 15 item 10): listed once per type, only when a flow file names one.
 *
 * <table>
 * <caption>attributes kept, per resource type</caption>
 * <tr><th>resource type</th><th>endpoint</th><th>attributes</th></tr>
 * <tr><td>outbound_contact_list</td><td>/api/v2/outbound/contactlists</td><td>–</td></tr>
 * <tr><td>architect_datatable</td><td>/api/v2/flows/datatables</td><td>–</td></tr>
 * <tr><td>architect_emergencygroup</td><td>/api/v2/architect/emergencygroups</td><td>state (the provider's
 *   exporter skips groups in state {@code deleted}; the check counts them as missing)</td></tr>
 * </table>
 * A row another table already holds (emergency groups are also listed as flow consumers) is kept as
 * that table has it.
 */
final class FlowTargetListings {
    static final String CONTACT_LIST = "genesyscloud_outbound_contact_list";
    static final String DATA_TABLE = "genesyscloud_architect_datatable";
    static final String EMERGENCY_GROUP = "genesyscloud_architect_emergencygroup";

    private FlowTargetListings() {
    }

    static void addTo(Map<String, Listing> t) {
        t.putIfAbsent(CONTACT_LIST, new Listing(CONTACT_LIST, "/api/v2/outbound/contactlists", Paging.PAGES,
                List.of(Map.of()), e -> ResourceListings.object(e, CONTACT_LIST, "CONTACTLIST", new Attributes())));
        t.putIfAbsent(DATA_TABLE, new Listing(DATA_TABLE, "/api/v2/flows/datatables", Paging.PAGES,
                List.of(Map.of()), e -> ResourceListings.object(e, DATA_TABLE, "DATATABLE", new Attributes())));
        t.putIfAbsent(EMERGENCY_GROUP, new Listing(EMERGENCY_GROUP, "/api/v2/architect/emergencygroups", Paging.PAGES,
                List.of(Map.of()), e -> ResourceListings.object(e, EMERGENCY_GROUP, "EMERGENCYGROUP",
                        new Attributes().put("state", ResourceListings.text(e, "state")))));
    }
}

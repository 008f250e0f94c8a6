package io.cxgate.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cxgate.genesys.source.LiveOrgSource;

class ConsumerTableTest {
    private final ConsumerTable table = ConsumerTable.bundled();

    @Test
    void aSkillIsHeldByUsersAndUsedByEmailRoutes() {
        assertEquals(List.of(
                new ConsumerEdge("genesyscloud_routing_skill", "genesyscloud_user", "routingSkills", null, true),
                new ConsumerEdge("genesyscloud_routing_skill", "genesyscloud_routing_email_route", "skillIds",
                        "one of its skills", false)), table.edgesInto("genesyscloud_routing_skill"));
        assertEquals(Set.of("genesyscloud_routing_email_route", "genesyscloud_architect_ivr",
                "genesyscloud_routing_queue", "genesyscloud_webdeployments_deployment",
                "genesyscloud_routing_message_recipient", "genesyscloud_architect_emergencygroup",
                "genesyscloud_outbound_callanalysisresponseset", "genesyscloud_processautomation_trigger"),
                table.consumerTypesOf("genesyscloud_flow"));
        assertEquals(java.util.Optional.of("messenger deployment"), table.noun("genesyscloud_webdeployments_deployment"));
        assertEquals(java.util.Optional.empty(), table.noun("genesyscloud_routing_queue"));
        assertEquals("IVRs", table.plural("genesyscloud_architect_ivr"));
        assertTrue(table.edgesInto("genesyscloud_location").isEmpty());
    }

    @Test
    void everyTypeInTheTableIsInTheCatalogAndEveryConsumerCanBeListedLive() {
        ResourceCatalog catalog = ResourceCatalog.bundled();
        for (String used : List.of("genesyscloud_routing_skill", "genesyscloud_routing_language",
                "genesyscloud_routing_queue", "genesyscloud_flow", "genesyscloud_architect_schedulegroups",
                "genesyscloud_architect_schedules", "genesyscloud_architect_user_prompt", "genesyscloud_script")) {
            assertFalse(table.edgesInto(used).isEmpty(), used);
            assertTrue(catalog.type(used).isPresent(), used);
            for (ConsumerEdge edge : table.edgesInto(used)) {
                assertTrue(LiveOrgSource.supportedTypes().contains(edge.consumer()), edge.toString());
            }
        }
    }

    @Test
    void anAttributeHoldsAnIdAsAValueAListElementOrAMapValue() {
        assertTrue(ConsumerEdge.holds("q1", "q1"));
        assertTrue(ConsumerEdge.holds(List.of("a", "q1"), "q1"));
        assertTrue(ConsumerEdge.holds(Map.of("CALL", "q1"), "q1"));
        assertFalse(ConsumerEdge.holds(Map.of("q1", "x"), "q1"));
        assertFalse(ConsumerEdge.holds(null, "q1"));
    }

    @Test
    void anEdgeThatIsNotAHolderNeedsARoleAndEveryConsumerAPluralNoun() {
        assertThrows(IllegalArgumentException.class, () -> new ConsumerEdge("a", "b", "c", null, false));
        assertThrows(IllegalArgumentException.class, () -> new ConsumerTable(
                List.of(new ConsumerEdge("a", "b", "c", "its c", false)), Map.of()));
    }
}

package io.cxgate.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CatalogOverridesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GENERATED = """
            {"providerVersion": "1.84.1", "types": {
              "genesyscloud_integration_action": {"attributes": {
                "name": {"type": "string", "required": true},
                "config_request[*].headers": {"type": "map"}}}}}
            """;

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void overridesSetTypeFactsAndReplaceOnlyTheAttributeFieldsTheyName() throws Exception {
        ResourceCatalog catalog = ResourceCatalog.parse(json(GENERATED), json("""
                {"types": {"genesyscloud_integration_action": {"label": "Data action", "nameAttribute": "name",
                  "diffNoise": [{"path": "contract_input", "why": "x"}],
                  "attributes": {"config_request[*].headers": {"sensitive": true, "why": "API keys"}}}}}
                """));
        ResourceType type = catalog.type("genesyscloud_integration_action").orElseThrow();
        assertEquals("Data action", type.label());
        assertEquals("name", type.nameAttribute().orElseThrow());
        assertTrue(type.isSensitive("config_request[*].headers[*]"));
        assertTrue(type.isMap("config_request[*].headers"), "the generated kind stays");
        assertTrue(type.attribute("name").orElseThrow().required());
        assertEquals(List.of("contract_input"), type.diffNoise());
        assertTrue(type.isDiffNoise("contract_input"));
        assertFalse(type.isDiffNoise("contract_output"));
    }

    @Test
    void anOverrideOfATypeOrAttributeTheProviderNoLongerHasIsRefused() throws Exception {
        IllegalStateException type = assertThrows(IllegalStateException.class, () -> ResourceCatalog.parse(
                json(GENERATED), json("{\"types\": {\"genesyscloud_gone\": {\"label\": \"Gone\"}}}")));
        assertTrue(type.getMessage().contains("type genesyscloud_gone is not in the generated catalog"), type.getMessage());
        IllegalStateException attribute = assertThrows(IllegalStateException.class, () -> ResourceCatalog.parse(
                json(GENERATED), json("""
                        {"types": {"genesyscloud_integration_action": {"attributes": {"secret": {"sensitive": true}}}}}
                        """)));
        assertTrue(attribute.getMessage().contains("genesyscloud_integration_action attribute secret"),
                attribute.getMessage());
    }

    @Test
    void everyTypeInTheBundledCatalogHasAHandWrittenLabel() {
        Map<String, String> unlabelled = new TreeMap<>();
        ResourceCatalog.bundled().types().forEach((name, type) -> {
            if (type.label().equals(name)) {
                unlabelled.put(name, type.label());
            }
        });
        assertEquals(Map.of(), unlabelled);
    }

    @Test
    void secretsTheProviderDoesNotMarkAreSensitiveInTheBundledCatalog() {
        ResourceCatalog catalog = ResourceCatalog.bundled();
        assertTrue(catalog.type("genesyscloud_integration_facebook").orElseThrow().isSensitive("app_secret"));
        assertTrue(catalog.type("genesyscloud_conversations_messaging_integrations_open").orElseThrow()
                .isSensitive("outbound_notification_webhook_signature_secret_token"));
        assertTrue(catalog.type("genesyscloud_integration").orElseThrow().isSensitive("config[*].advanced"));
        assertEquals(List.of("genesyscloud_group", "genesyscloud_routing_skill_group", "genesyscloud_team"),
                catalog.type("genesyscloud_routing_queue").orElseThrow()
                        .attribute("bullseye_rings[*].member_groups[*].member_group_id").orElseThrow().references());
    }
}

package io.cxgate.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Facts about 20 resource types read by hand from the v1.84.1 schema sources (file named per row), compared with the
 * bundled catalog: the attribute's kind, ForceNew, Sensitive and the types it references. The first rows are the
 * errors the docs-based catalog had.
 */
class ResourceCatalogSchemaFactsTest {
    private static final ResourceCatalog CATALOG = ResourceCatalog.bundled();

    static Stream<Arguments> facts() {
        return Stream.of(
                // architect_user_prompt/resource_architect_user_prompt_schema.go: name has no ForceNew (updated in place)
                fact("genesyscloud_architect_user_prompt", "name", "string", false, false),
                fact("genesyscloud_architect_user_prompt", "resources", "block-set", false, false),
                // telephony_providers_edges_extension_pool/genesyscloud_..._schema.go: both ends ForceNew
                fact("genesyscloud_telephony_providers_edges_extension_pool", "start_number", "string", true, false),
                fact("genesyscloud_telephony_providers_edges_extension_pool", "end_number", "string", true, false),
                // routing_queue_conditional_group_routing: queue_id ForceNew, RefAttrs queue
                fact("genesyscloud_routing_queue_conditional_group_routing", "queue_id", "string", true, false,
                        "genesyscloud_routing_queue"),
                fact("genesyscloud_routing_queue_conditional_group_activation", "queue_id", "string", true, false,
                        "genesyscloud_routing_queue"),
                // telephony_providers_edges_site: media_model ForceNew; location_id RefAttrs location
                fact("genesyscloud_telephony_providers_edges_site", "media_model", "string", true, false),
                fact("genesyscloud_telephony_providers_edges_site", "location_id", "string", false, false,
                        "genesyscloud_location"),
                // did_pool: the range is updated in place
                fact("genesyscloud_telephony_providers_edges_did_pool", "start_phone_number", "string", false, false),
                // outbound_contact_list: column_names ForceNew TypeList, phone_columns ForceNew TypeSet of blocks
                fact("genesyscloud_outbound_contact_list", "column_names", "list", true, false),
                fact("genesyscloud_outbound_contact_list", "phone_columns", "block-set", true, false),
                // outbound_dnclist: dnc_source_type ForceNew
                fact("genesyscloud_outbound_dnclist", "dnc_source_type", "string", true, false),
                // outbound_campaign: dnc_list_ids TypeSet referencing DNC lists
                fact("genesyscloud_outbound_campaign", "dnc_list_ids", "set", false, false,
                        "genesyscloud_outbound_dnclist"),
                fact("genesyscloud_outbound_campaign", "contact_list_id", "string", false, false,
                        "genesyscloud_outbound_contact_list"),
                // user: password Sensitive; routing_skills a set of blocks whose skill_id references skills
                fact("genesyscloud_user", "password", "string", false, true),
                fact("genesyscloud_user", "routing_skills[*].skill_id", "string", false, false,
                        "genesyscloud_routing_skill"),
                // oauth_client: client_secret Sensitive; roles[*].role_id references roles
                fact("genesyscloud_oauth_client", "client_secret", "string", false, true),
                fact("genesyscloud_oauth_client", "roles[*].role_id", "string", false, false, "genesyscloud_auth_role"),
                // integration_credential: fields a Sensitive TypeMap
                fact("genesyscloud_integration_credential", "fields", "map", false, true),
                // routing_queue: members a set of blocks; wrapup_codes a TypeSet of IDs
                fact("genesyscloud_routing_queue", "members", "block-set", false, false),
                fact("genesyscloud_routing_queue", "wrapup_codes", "set", false, false, "genesyscloud_routing_wrapupcode"),
                // architect_emergencygroup: name ForceNew; emergency flows reference flows
                fact("genesyscloud_architect_emergencygroup", "name", "string", true, false),
                fact("genesyscloud_architect_emergencygroup", "emergency_call_flows[*].emergency_flow_id", "string",
                        false, false, "genesyscloud_flow"),
                // auth_role: default_role_id ForceNew; user_roles / group_roles: the holder ForceNew
                fact("genesyscloud_auth_role", "default_role_id", "string", true, false),
                fact("genesyscloud_user_roles", "user_id", "string", true, false, "genesyscloud_user"),
                fact("genesyscloud_group_roles", "group_id", "string", true, false, "genesyscloud_group"),
                // architect_datatable_row: the table and the key ForceNew
                fact("genesyscloud_architect_datatable_row", "key_value", "string", true, false),
                fact("genesyscloud_architect_datatable_row", "datatable_id", "string", true, false,
                        "genesyscloud_architect_datatable"),
                // webdeployments_deployment: configuration[0].id references the configuration
                fact("genesyscloud_webdeployments_deployment", "configuration[*].id", "string", false, false,
                        "genesyscloud_webdeployments_configuration"),
                // processautomation_trigger: topic_name ForceNew, target a set of blocks
                fact("genesyscloud_processautomation_trigger", "topic_name", "string", true, false),
                fact("genesyscloud_processautomation_trigger", "target", "block-set", false, false),
                // flow: substitutions a TypeMap, file_content_hash Computed only
                fact("genesyscloud_flow", "substitutions", "map", false, false),
                // trunk: references its base settings and edge group
                fact("genesyscloud_telephony_providers_edges_trunk", "trunk_base_settings_id", "string", false, false,
                        "genesyscloud_telephony_providers_edges_trunkbasesettings"),
                // idp_okta: certificates a TypeList of strings
                fact("genesyscloud_idp_okta", "certificates", "list", false, false),
                // recording_media_retention_policy: media_policies a list block
                fact("genesyscloud_recording_media_retention_policy", "media_policies", "block", false, false));
    }

    private static Arguments fact(String type, String path, String kind, boolean forceNew, boolean sensitive,
                                  String... references) {
        return Arguments.of(type, path, kind, forceNew, sensitive, List.of(references));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("facts")
    void catalogAgreesWithTheSchemaSource(String type, String path, String kind, boolean forceNew, boolean sensitive,
                                          List<String> references) {
        ResourceType resourceType = CATALOG.type(type).orElseThrow(() -> new AssertionError(type + " missing"));
        AttributeInfo attribute = resourceType.attribute(path)
                .orElseThrow(() -> new AssertionError(type + " " + path + " missing"));
        assertEquals(kind, attribute.kind(), "kind");
        assertEquals(forceNew, attribute.forcesReplacement(), "ForceNew");
        assertEquals(sensitive, attribute.sensitive(), "Sensitive");
        assertEquals(references, attribute.references(), "references");
    }
}

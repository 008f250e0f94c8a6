package io.cxgate.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.testing.Fixtures;

/**
 * Parses Terraform HCL with hcl4j and checks every {@code genesyscloud_*} resource's attributes against the bundled
 * resource catalog: the starter templates strictly (known, settable, required ones present, no type outside the
 * catalog), the real public configurations in {@code ../shared/fixtures/cx-as-code-hcl} for known attributes on the
 * types the catalog covers (types it does not cover are listed, not failed).
 */
class HclCatalogCheckTest {
    /**
     * Attributes the real configurations use that the provider's schema does not declare, so the catalog rightly
     * lacks them. Each is still expected to be found (a stale entry fails), and any other unknown attribute fails.
     */
    private static final Map<String, String> UNDOCUMENTED_IN_REAL_HCL = Map.of(
            "genesyscloud_integration_action function_config[*].publish",
            "only in the provider's examples/resources/genesyscloud_integration_action/function_config_example.tf"
                    + " (v1.84.1); the function_config schema (resource_genesyscloud_integration_action_schema.go)"
                    + " has no such argument, so terraform validate would reject it",
            "genesyscloud_integration_action function_config[*].file_content_hash",
            "same example file; the v1.84.1 function_config schema declares description, handler, runtime,"
                    + " timeout_seconds, zip_id and file_path only (the old docs-based catalog listed it)");

    private final ResourceCatalog catalog = ResourceCatalog.bundled();

    @Test
    void starterTemplatesUseOnlyKnownSettableAttributesWithEveryRequiredOne() {
        Path templates = Fixtures.repo("terraform-templates");
        HclAttributeCheck.Result result = HclAttributeCheck.check(catalog, templates);
        System.out.println("terraform-templates: " + result.summary());

        assertTrue(result.resourceCount() >= 12, "the starter should declare a small contact center: " + result.summary());
        assertEquals(List.of(), result.unknown(), result.summary());
        assertEquals(List.of(), result.readOnly(), result.summary());
        assertEquals(List.of(), result.missing(), result.summary());
        assertEquals(Set.of(), result.uncovered().keySet(), "every type the starter uses is in the catalog");
        for (String type : List.of("genesyscloud_auth_division", "genesyscloud_routing_skill",
                "genesyscloud_routing_language", "genesyscloud_routing_wrapupcode", "genesyscloud_routing_queue",
                "genesyscloud_architect_schedules", "genesyscloud_architect_schedulegroups",
                "genesyscloud_architect_ivr", "genesyscloud_flow", "genesyscloud_integration",
                "genesyscloud_integration_action")) {
            assertTrue(result.resources().containsKey(type), "the starter declares a " + type);
        }
        for (String nested : List.of("genesyscloud_routing_queue media_settings_call[*].alerting_timeout_sec",
                "genesyscloud_routing_queue members[*].user_id", "genesyscloud_integration config[*].name",
                "genesyscloud_integration_action config_request[*].headers", "genesyscloud_flow substitutions")) {
            assertTrue(result.patterns().contains(nested), "nested attributes are checked too: " + nested);
        }
    }

    @Test
    void realConfigurationsUseOnlyAttributesTheCatalogKnowsForTheTypesItCovers() {
        Path real = Fixtures.shared("cx-as-code-hcl");
        HclAttributeCheck.Result result = HclAttributeCheck.check(catalog, real);
        System.out.println("shared/fixtures/cx-as-code-hcl: " + result.summary());

        assertTrue(result.files() > 100, result.summary());
        assertTrue(result.attributeUses() > 500, result.summary());
        Set<String> seen = new TreeSet<>();
        List<HclAttributeCheck.Use> unexpected = result.unknown().stream().filter(u -> {
            String key = u.address().substring(0, u.address().indexOf('.')) + " " + u.path();
            seen.add(key);
            return !UNDOCUMENTED_IN_REAL_HCL.containsKey(key);
        }).toList();
        assertEquals(List.of(), unexpected, result.summary());
        assertEquals(UNDOCUMENTED_IN_REAL_HCL.keySet(), seen, "the list of undocumented attributes is up to date");
    }

    @Test
    void nestedBlocksDynamicBlocksAndMapsAreCheckedByTheirCatalogPatterns(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.tf"), """
                resource "genesyscloud_routing_queue" "q" {
                  name     = "Sales"
                  for_each = toset(["a"])
                  media_settings_call {
                    alerting_timeout_sec = 8
                    alerting_timout_sec  = 9
                  }
                  dynamic "members" {
                    for_each = var.agents
                    content {
                      user_id  = members.value
                      ring_nm  = 1
                    }
                  }
                  lifecycle {
                    ignore_changes = [members]
                  }
                }
                resource "genesyscloud_integration_action" "a" {
                  name            = "Lookup"
                  category        = "CRM"
                  integration_id  = "x"
                  contract_input  = "{}"
                  contract_output = "{}"
                  id              = "read-only"
                  config_request {
                    request_type = "GET"
                    headers = {
                      Authorization = var.token
                    }
                  }
                }
                resource "genesyscloud_routing_skill" "s" {
                }
                resource "genesyscloud_made_up_thing" "kb" {
                  name = "not in the catalog"
                }
                resource "random_uuid" "u" {
                }
                """);
        HclAttributeCheck.Result result = HclAttributeCheck.check(catalog, dir);

        assertEquals(List.of("genesyscloud_routing_queue.q media_settings_call[*].alerting_timout_sec",
                        "genesyscloud_routing_queue.q members[*].ring_nm"),
                result.unknown().stream().map(u -> u.address() + " " + u.path()).toList(), result.summary());
        assertEquals(List.of("genesyscloud_integration_action.a id"),
                result.readOnly().stream().map(u -> u.address() + " " + u.path()).toList());
        assertEquals(List.of("genesyscloud_routing_skill.s name"),
                result.missing().stream().map(u -> u.address() + " " + u.path()).toList());
        assertEquals(Set.of("genesyscloud_made_up_thing"), result.uncovered().keySet());
        assertFalse(result.resources().containsKey("random_uuid"), "only genesyscloud_* resources are checked");
        assertEquals(4, result.resourceCount());
    }
}

package io.cxgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

import io.cxgate.testing.Fixtures;

class SarifRendererTest {
    private static final Report FULL = SampleReports.full();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void fullReportMatchesTheGolden() throws Exception {
        SampleReports.assertGolden(SampleReports.render(new SarifRenderer(), FULL).replace(io.cxgate.Version.get(),
                "<version>"), "ci-sample.sarif.json");
    }

    @Test
    void validatesAgainstTheSarif210Schema() throws Exception {
        Schema schema;
        try (InputStream in = Files.newInputStream(Fixtures.repo("cli/src/test/resources/schemas/sarif-2.1.0-rtm.5.json"))) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in, InputFormat.JSON);
        }
        for (Report report : List.of(FULL, SampleReports.approvalRequired())) {
            List<Error> errors = schema.validate(sarif(report));
            assertEquals(List.of(), errors);
        }
    }

    @Test
    void theSchemaRejectsAnInvalidLog() throws Exception {
        Schema schema;
        try (InputStream in = Files.newInputStream(Fixtures.repo("cli/src/test/resources/schemas/sarif-2.1.0-rtm.5.json"))) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in, InputFormat.JSON);
        }
        JsonNode log = sarif(FULL);
        ((com.fasterxml.jackson.databind.node.ObjectNode) log.path("runs").get(0).path("results").get(0))
                .put("level", "fatal");
        assertTrue(!schema.validate(log).isEmpty(), "a level outside the enum is caught");
    }

    @Test
    void oneResultPerFiringWaiverAndFindingWithLevelsByEffectAndSeverity() throws Exception {
        JsonNode run = sarif(FULL).path("runs").get(0);
        assertEquals(1, sarif(FULL).path("runs").size());
        JsonNode results = run.path("results");
        assertEquals(FULL.policies().size() + FULL.waivers().size() + FULL.findings().size(), results.size());
        List<String> levels = new ArrayList<>();
        results.forEach(r -> levels.add(r.path("ruleId").asText() + "=" + r.path("level").asText()));
        assertEquals(List.of("live-object-in-use=error", "live-object-in-use=error", "live-out-of-band-change=warning",
                "drift-present=warning", "queue-delete=warning", "skill-language-replace=warning",
                "flow-publish-needs-review=note", "queue-settings-change=note", "DELETE_IN_USE=error",
                "DELETE_IN_USE=error", "DELETE_IN_USE=error", "REPLACE_CHANGES_ID=error", "REPLACE_CHANGES_ID=error",
                "REPLACE_CHANGES_ID=error", "OUT_OF_BAND_CHANGE=warning"), levels);
    }

    @Test
    void everyResultHasADescribedRuleAndItsAddressAsLogicalLocation() throws Exception {
        JsonNode run = sarif(FULL).path("runs").get(0);
        List<String> ruleIds = new ArrayList<>();
        for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
            ruleIds.add(rule.path("id").asText());
            assertTrue(!rule.path("shortDescription").path("text").asText().isBlank(), rule.toString());
        }
        for (JsonNode result : run.path("results")) {
            assertTrue(ruleIds.contains(result.path("ruleId").asText()), result.path("ruleId").asText());
        }
        JsonNode queueDelete = run.path("results").get(4);
        assertEquals("module.queues.genesyscloud_routing_queue.spanish_legacy", queueDelete.path("locations").get(0)
                .path("logicalLocations").get(0).path("fullyQualifiedName").asText());
        assertEquals("Policy routing-objects, rule queue-delete: require_approval (mandatory), approvers cc-operations × 1.",
                run.path("tool").path("driver").path("rules").get(3).path("shortDescription").path("text").asText());
        assertEquals("deny", run.path("properties").path("decision").asText());
    }

    @Test
    void anAppliedWaiverIsAnAcceptedSuppressionAndAnExpiredOneIsNot() throws Exception {
        JsonNode results = sarif(FULL).path("runs").get(0).path("results");
        assertEquals("accepted", results.get(6).path("suppressions").get(0).path("status").asText());
        assertEquals("hotfix agreed with CX leads <INC-4711>",
                results.get(6).path("suppressions").get(0).path("justification").asText());
        assertTrue(results.get(7).path("suppressions").isMissingNode());
    }

    private static JsonNode sarif(Report report) throws Exception {
        return JSON.readTree(SampleReports.render(new SarifRenderer(), report));
    }
}

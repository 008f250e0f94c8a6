package io.cxgate.org;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.org.OrgDiff.AttributeChange;
import io.cxgate.redact.Redactor;
import io.cxgate.testing.Fixtures;

/** Values {@code org diff} shows: secrets by name at any depth and {@code maskPatterns} matches are masked. */
class OrgDiffRedactionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void secretNamedAttributesAndMaskPatternMatchesShowAsSensitiveYetStillCountAsChanged() throws IOException {
        String original = java.nio.file.Files.readString(Fixtures.repo("examples/orgs/prod-snapshot.json"));
        ObjectNode changed = (ObjectNode) JSON.readTree(original);
        for (var o : changed.withArray("objects")) {
            ObjectNode attributes = (ObjectNode) o.path("attributes");
            if (o.path("name").asText().equals("CRM - Lookup Customer")) {
                attributes.put("clientSecret", "s3cr3t-value");
                attributes.putObject("config").putObject("request").put("requestUrlTemplate", "https://crm/x")
                        .putObject("headers").put("Authorization", "Basic abc");
                attributes.put("secure", true);
            }
            if (o.path("name").asText().equals("Customer Support")) {
                attributes.put("description", "tier 1 api_key=abcdef");
            }
        }
        OrgDiff diff = new OrgDiffService(ResourceCatalog.bundled()).diff(OrgSnapshot.parse(original, "a.json"),
                "a.json", OrgSnapshot.parse(JSON.writeValueAsString(changed), "b.json"), "b.json", Map.of(),
                Redactor.ofPatterns(List.of("(?i)api_key=\\S+"), "cxgate.yaml"));

        Map<String, AttributeChange> shown = new TreeMap<>();
        diff.types().forEach(t -> t.changed().forEach(c -> c.attributes().forEach(a -> shown.put(c.name() + "."
                + a.attribute(), a))));
        assertEquals(new AttributeChange("clientSecret", null, Redactor.MASK),
                shown.get("CRM - Lookup Customer.clientSecret"));
        assertEquals(Map.of("request", Map.of("requestUrlTemplate", "https://crm/x", "headers", Redactor.MASK)),
                shown.get("CRM - Lookup Customer.config").after());
        assertEquals(true, shown.get("CRM - Lookup Customer.secure").after(), "booleans stay visible");
        assertEquals("tier 1 " + Redactor.MASK, shown.get("Customer Support.description").after());
    }
}

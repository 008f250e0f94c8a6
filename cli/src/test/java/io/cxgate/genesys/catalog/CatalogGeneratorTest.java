package io.cxgate.genesys.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.testing.Fixtures;

/**
 * The committed catalog is exactly what the generator writes from the pinned provider checkout
 * ({@code ../shared/reference/provider-v1.84.1}), and it covers every resource type the provider documents.
 */
class CatalogGeneratorTest {
    private static final String PROVIDER = "provider-v1.84.1";
    private static Path checkout;
    private static String generated;

    @BeforeAll
    static void generate() throws IOException {
        checkout = Fixtures.sharedReference(PROVIDER);
        generated = CatalogGenerator.generate(checkout);
    }

    @Test
    void committedCatalogIsTheGeneratorsOutputForThePinnedProvider() throws IOException {
        String committed = Files.readString(Fixtures.repo("cli/src/main/resources/io/cxgate/genesys/catalog.json"));
        assertTrue(committed.equals(generated), "catalog.json is stale or edited by hand: run tools/generate-catalog.sh "
                + "../shared/reference/" + PROVIDER + " (docs/catalog.md)");
    }

    @Test
    void everyDocumentedResourceTypeIsInTheBundledCatalog() throws IOException {
        Set<String> documented = new TreeSet<>();
        try (Stream<Path> docs = Files.list(checkout.resolve("docs/resources"))) {
            docs.forEach(d -> documented.add("genesyscloud_" + d.getFileName().toString().replace(".md", "")));
        }
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(ResourceCatalog.bundled().types().keySet());
        assertEquals(Set.of(), missing);
        assertEquals(143, documented.size(), "v1.84.1 documents 143 resource types");
        assertEquals("1.84.1", ResourceCatalog.bundled().providerVersion());
    }

    @Test
    void typesWhoseSourceIsNotInTheCheckoutComeFromTheirDocs() {
        for (String type : List.of("genesyscloud_organization_presence_definition",
                "genesyscloud_employeeperformance_externalmetrics_definitions")) {
            assertTrue(generated.contains("\"" + type + "\": {\n      \"description\""), type);
        }
        assertTrue(generated.contains("\"schemaSource\": \"docs\""));
        assertTrue(ResourceCatalog.bundled().type("genesyscloud_organization_presence_definition").orElseThrow()
                .forcesReplacement("system_presence"), "the override adds what the doc says and the schema would");
    }
}

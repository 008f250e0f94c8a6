package io.cxgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.Fixtures;

/**
 * {@code cxgate org diff env:uat env:prod}: each side read live from its own emulated org through its own
 * environment's credentials and {@code apiBaseUrl}, matched by type and name through the mappings, and the same
 * answer as the diff of the two orgs' snapshot files.
 */
class OrgDiffLiveTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PROD_SNAPSHOT = Fixtures.repo("examples/orgs/prod-snapshot.json");
    private static final String UAT_ID = "CANARY-UAT-CLIENT-ID-71c4";
    private static final String UAT_SECRET = "CANARY-UAT-CLIENT-SECRET-5d0e";
    private static final String PROD_ID = "CANARY-PROD-CLIENT-ID-a2b9";
    private static final String PROD_SECRET = "CANARY-PROD-CLIENT-SECRET-e81f";
    private static final String RETURNS_ID = "5e0b9a8c-1d2e-4f30-8a41-b52c6d7e8f90";
    private static final String ESCALATIONS_ID = "0d9c8b7a-6e5f-4a3b-9c2d-1e0f9a8b7c6d";

    @TempDir
    Path dir;

    private OrgSnapshot uat;
    private OrgSnapshot prod;
    private OrgEmulator uatOrg;
    private OrgEmulator prodOrg;
    private Path config;

    @BeforeEach
    void twoOrgs() throws IOException {
        OrgSnapshot base = OrgSnapshot.read(PROD_SNAPSHOT);
        List<OrgObject> prodObjects = new ArrayList<>(base.objects());
        prodObjects.add(new OrgObject(ESCALATIONS_ID, "Escalations", "genesyscloud_routing_wrapupcode", "ACDWRAPUPCODE",
                null, Map.of("description", "handed to tier 2"), null, null));
        prod = new OrgSnapshot(1, base.exportedAt(), "us-east-1", base.types(), prodObjects, List.of());
        List<OrgObject> uatObjects = new ArrayList<>();
        for (OrgObject o : base.objects()) {
            // another org: its own ids, references to its own objects, Sales named differently, a support text of its own
            String name = o.name().equals("Sales") ? "Sales (UAT)" : o.name();
            Map<String, Object> attributes = new java.util.TreeMap<>();
            o.attributes().forEach((k, v) -> attributes.put(k, OrgCommandTest.uatIds(v, base)));
            if (o.name().equals("Customer Support")) {
                attributes.put("description", "Support, uat copy");
            }
            if (o.resourceType().equals("genesyscloud_routing_email_route")) {
                name = o.text("pattern") + "@" + attributes.get("domainId");   // routes are named after their domain
            }
            uatObjects.add(new OrgObject("uat-" + o.id(), name, o.resourceType(), o.apiType(),
                    o.division() == null ? null : "uat-" + o.division(), attributes, o.dateModified(), o.modifiedBy()));
        }
        uatObjects.add(new OrgObject(RETURNS_ID, "Returns", "genesyscloud_routing_queue", "QUEUE", null, Map.of(), null,
                null));
        uat = new OrgSnapshot(1, base.exportedAt(), "us-east-1", base.types(), uatObjects, List.of());
        uatOrg = new OrgEmulator(uat, UAT_ID, UAT_SECRET);
        prodOrg = new OrgEmulator(prod, PROD_ID, PROD_SECRET);
        config = Files.writeString(dir.resolve("cxgate.yaml"), """
                environments:
                  uat:
                    region: us-east-1
                    apiBaseUrl: "%s"
                    credentials: {clientIdEnv: GC_UAT_CLIENT_ID, clientSecretEnv: GC_UAT_CLIENT_SECRET}
                  prod:
                    region: us-east-1
                    apiBaseUrl: "%s"
                    credentials: {clientIdEnv: GC_PROD_CLIENT_ID, clientSecretEnv: GC_PROD_CLIENT_SECRET}
                    mappings: {"Sales (UAT)": "Sales",
                               "support@uat-northwind-retail.mypurecloud.com": "support@northwind-retail.mypurecloud.com",
                               "espanol@uat-northwind-retail.mypurecloud.com": "espanol@northwind-retail.mypurecloud.com"}
                """.formatted(uatOrg.baseUrl(), prodOrg.baseUrl()));
    }

    @AfterEach
    void close() {
        uatOrg.close();
        prodOrg.close();
    }

    @Test
    void liveDiffOfTwoEnvironmentsReadsEachThroughItsOwnCredentialsAndMatchesByMappedName() throws IOException {
        CliRun run = diff("env:uat", "env:prod", "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode diff = JSON.readTree(run.out());
        assertEquals(JSON.readTree("{\"added\": 1, \"removed\": 1, \"renamed\": 0, \"changed\": 1, \"unchanged\": 50}"),
                summary(diff), run.out());
        assertEquals("env:uat", diff.path("a").path("file").asText(), run.out());
        assertEquals("env:prod", diff.path("b").path("file").asText());
        JsonNode queues = type(diff, "genesyscloud_routing_queue");
        assertEquals(JSON.readTree("[{\"id\": \"" + RETURNS_ID + "\", \"name\": \"Returns\"}]"), queues.path("removed"));
        assertEquals(JSON.readTree("[{\"id\": \"87cec93c-0693-4ac2-9ec3-4ed2eaab1cfe\", \"name\": \"Customer Support\","
                + " \"attributes\": [{\"attribute\": \"description\", \"before\": \"Support, uat copy\", \"after\":"
                + " \"TEMP holiday cover - route overflow to VIP (changed in the UI by a supervisor)\"}]}]"),
                queues.path("changed"));
        assertEquals(JSON.readTree("[{\"id\": \"" + ESCALATIONS_ID + "\", \"name\": \"Escalations\"}]"),
                type(diff, "genesyscloud_routing_wrapupcode").path("added"));
        // one listing per type and org (no per-flow dependency requests), each org with its own client
        assertTrue(uatOrg.requests("/api/v2/routing/queues") == 1 && prodOrg.requests("/api/v2/routing/queues") == 1);
        assertTrue(run.err().contains("cxgate: org diff env:uat: routing_queue: 6 objects ("), run.err());
        assertTrue(run.err().contains("cxgate: org diff env:prod: routing_queue: 5 objects ("), run.err());
        noSecrets(run);
    }

    @Test
    void eitherSideMayBeASnapshotFileAndTheLiveAnswerIsTheFilesAnswer() throws IOException {
        Path uatFile = dir.resolve("uat.json");
        Path prodFile = dir.resolve("prod.json");
        uat.write(uatFile);
        prod.write(prodFile);
        JsonNode files = JSON.readTree(diff(uatFile.toString(), prodFile.toString(), "--format", "json").out());
        JsonNode live = JSON.readTree(diff("env:uat", "env:prod", "--format", "json").out());
        JsonNode mixed = JSON.readTree(diff(uatFile.toString(), "env:prod", "--format", "json").out());
        assertEquals(files.path("types"), live.path("types"));
        assertEquals(files.path("summary"), live.path("summary"));
        assertEquals(files.path("types"), mixed.path("types"));
        assertEquals(uatFile.toString(), mixed.path("a").path("file").asText());

        CliRun text = diff("env:uat", "env:prod");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("  - \"Returns\"  " + RETURNS_ID + "\n"), text.out());
        assertTrue(text.out().contains("env:uat") && text.out().contains("env:prod"), text.out());
        CliRun markdown = diff("env:uat", "env:prod", "--format", "markdown");
        assertTrue(markdown.out().contains("| Queue | removed | Returns | `" + RETURNS_ID + "` | |"), markdown.out());
        noSecrets(text, markdown);
    }

    @Test
    void anUnknownEnvironmentOrAMissingCredentialIsExitTwoNamingIt() {
        CliRun unknown = diff("env:staging", "env:prod");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.lastErrLine().contains("staging"), unknown.err());

        CliRun blank = diff("env:", "env:prod");
        assertEquals(2, blank.exitCode());
        assertEquals("cxgate: env:: name an environment after env: (env:prod)", blank.lastErrLine());

        CliRun missing = CliRun.withEnvironment(Map.of("GC_UAT_CLIENT_ID", UAT_ID, "GC_UAT_CLIENT_SECRET", UAT_SECRET,
                "GC_PROD_CLIENT_ID", PROD_ID), "org", "diff", "env:uat", "env:prod", "--config", config.toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.lastErrLine().contains("GC_PROD_CLIENT_SECRET"), missing.err());
        assertEquals(0, uatOrg.requests() + prodOrg.requests(), "nothing is read before the inputs are sound");
    }

    private CliRun diff(String... args) {
        List<String> all = new ArrayList<>(List.of("org", "diff"));
        all.addAll(List.of(args));
        all.addAll(List.of("--config", config.toString()));
        return CliRun.withEnvironment(Map.of("GC_UAT_CLIENT_ID", UAT_ID, "GC_UAT_CLIENT_SECRET", UAT_SECRET,
                "GC_PROD_CLIENT_ID", PROD_ID, "GC_PROD_CLIENT_SECRET", PROD_SECRET), all.toArray(String[]::new));
    }

    private static JsonNode summary(JsonNode diff) {
        return diff.path("summary");
    }

    private static JsonNode type(JsonNode diff, String type) {
        for (JsonNode t : diff.path("types")) {
            if (t.path("type").asText().equals(type)) {
                return t;
            }
        }
        throw new AssertionError("no " + type + " in " + diff);
    }

    private static void noSecrets(CliRun... runs) {
        for (CliRun run : runs) {
            for (String secret : List.of(UAT_SECRET, PROD_SECRET, UAT_ID, PROD_ID)) {
                assertFalse(run.out().contains(secret) || run.err().contains(secret), secret + " leaked");
            }
        }
    }
}

package io.cxgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.org.OrgObject;
import io.cxgate.genesys.org.OrgSnapshot;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.Fixtures;

/** {@code cxgate org export} and {@code cxgate org diff}. */
class OrgCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SNAPSHOT = Fixtures.repo("examples/orgs/prod-snapshot.json");
    private static final Map<String, String> DEFAULT_CREDENTIALS = Map.of(
            "GENESYSCLOUD_OAUTHCLIENT_ID", OrgEmulator.CLIENT_ID,
            "GENESYSCLOUD_OAUTHCLIENT_SECRET", OrgEmulator.CLIENT_SECRET,
            "GENESYSCLOUD_REGION", "us-east-1");

    @TempDir
    Path dir;

    private OrgEmulator emulator;

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private OrgEmulator emulator() {
        emulator = new OrgEmulator(OrgSnapshot.read(SNAPSHOT));
        return emulator;
    }

    @Test
    void exportWritesASnapshotThatCheckReadsBackToTheSameFindingsAsLive() throws IOException {
        OrgEmulator org = emulator();
        Path out = dir.resolve("prod.json");

        CliRun export = CliRun.withEnvironment(DEFAULT_CREDENTIALS, "org", "export", "--env", "prod",
                "--api-base-url", org.baseUrl(), "--out", out.toString());

        assertEquals(0, export.exitCode(), export.err());
        assertEquals("", export.out());
        OrgSnapshot exported = OrgSnapshot.read(out);
        // the export adds each queue's members (memberIds), listed per queue; the example snapshot has none
        assertEquals(OrgSnapshot.read(SNAPSHOT).objects(), exported.objects().stream().map(o -> {
            java.util.Map<String, Object> attributes = new java.util.LinkedHashMap<>(o.attributes());
            assertTrue(!o.resourceType().equals("genesyscloud_routing_queue")
                    || List.of().equals(attributes.remove("memberIds")), o.name());
            return o.withAttributes(attributes);
        }).toList());
        assertEquals(OrgSnapshot.read(SNAPSHOT).dependencies(), exported.dependencies());
        assertEquals("us-east-1", exported.region());
        // token, 22 listings of one page, users twice, the one domain's routes, 4 published flows' dependencies,
        // the members of the 5 queues, the divisions the client may read for the 11 division-scoped types
        assertTrue(export.err().startsWith("cxgate: exported 51 objects of 23 types and 11 flow dependencies in "
                + (1 + 22 + 1 + 1 + 4 + 5 + 11) + " API requests to " + out), export.err());

        String plan = Fixtures.repo("examples/plans/skill-rename.json").toString();
        CliRun fromFile = CliRun.of("check", "--plan", plan, "--env", "prod", "--org", out.toString(), "--format", "json");
        CliRun live = CliRun.withEnvironment(DEFAULT_CREDENTIALS, "check", "--plan", plan, "--env", "prod", "--live",
                "--api-base-url", org.baseUrl(), "--format", "json");
        assertEquals(JSON.readTree(live.out()).path("findings"), JSON.readTree(fromFile.out()).path("findings"));
        assertEquals(7, JSON.readTree(live.out()).path("findings").size());
    }

    @Test
    void exportOfSomeTypesGoesToStdout() throws IOException {
        OrgEmulator org = emulator();

        CliRun run = CliRun.withEnvironment(DEFAULT_CREDENTIALS, "org", "export", "--env", "prod",
                "--types", "routing_queue,genesyscloud_flow", "--api-base-url", org.baseUrl());

        assertEquals(0, run.exitCode(), run.err());
        OrgSnapshot snapshot = OrgSnapshot.parse(run.out(), "stdout");
        assertEquals(List.of("genesyscloud_flow", "genesyscloud_routing_queue"), snapshot.types());
        assertEquals(9, snapshot.objects().size());
        Map<String, Integer> grouped = new java.util.TreeMap<>();
        org.requestsByPath().forEach((path, n) -> grouped.merge(path.matches("/api/v2/routing/queues/[^/]+/members")
                ? "/api/v2/routing/queues/{id}/members" : path, n, Integer::sum));
        // plus, per type, whether the client reads it in every division (divisionViews)
        assertEquals(Map.of("/oauth/token", 1, "/api/v2/routing/queues", 1, "/api/v2/flows", 1,
                "/api/v2/authorization/divisionspermitted/paged/me", 2,
                "/api/v2/architect/dependencytracking/consumedresources", 4,
                "/api/v2/routing/queues/{id}/members", 5), grouped);
    }

    @Test
    void exportRefusesTypesItCannotListAndNeedsCredentials() {
        CliRun unknown = CliRun.withEnvironment(DEFAULT_CREDENTIALS, "org", "export", "--env", "prod",
                "--types", "routing_queue,outbound_campaign");
        assertEquals(2, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().startsWith("cxgate: --types: cxgate cannot export outbound_campaign (known: "),
                unknown.err());

        CliRun noCredentials = CliRun.withEnvironment(Map.of(), "org", "export", "--env", "prod");
        assertEquals(2, noCredentials.exitCode(), noCredentials.err());
        assertTrue(noCredentials.err().contains("GENESYSCLOUD_OAUTHCLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET,"
                + " GENESYSCLOUD_REGION not set"), noCredentials.err());
    }

    /** The example org a week later: a queue added, one deleted, a skill renamed in the UI. */
    private Path later() throws IOException {
        OrgSnapshot base = OrgSnapshot.read(SNAPSHOT);
        List<OrgObject> objects = new ArrayList<>();
        for (OrgObject o : base.objects()) {
            if (o.name().equals("Spanish Line (legacy)")) {
                continue;
            }
            if (o.name().equals("Mortgages")) {
                o = new OrgObject(o.id(), "Mortgages & Loans", o.resourceType(), o.apiType(), o.division(),
                        o.attributes(), o.dateModified(), o.modifiedBy());
            }
            objects.add(o);
        }
        objects.add(new OrgObject("5e0b9a8c-1d2e-4f30-8a41-b52c6d7e8f90", "Returns", "genesyscloud_routing_queue",
                "QUEUE", null, Map.of(), null, null));
        OrgSnapshot later = new OrgSnapshot(1, Instant.parse("2026-12-03T09:00:00Z"), base.region(), base.types(),
                objects, base.dependencies());
        Path file = dir.resolve("later.json");
        later.write(file);
        return file;
    }

    @Test
    void diffListsAddedRemovedAndRenamedObjectsByType() throws IOException {
        Path later = later();

        CliRun text = CliRun.of("org", "diff", SNAPSHOT.toString(), later.toString());

        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("1 added, 1 removed, 1 renamed, 49 unchanged"), text.out());
        assertTrue(text.out().contains("Queue (genesyscloud_routing_queue)\n"
                + "  + \"Returns\"  5e0b9a8c-1d2e-4f30-8a41-b52c6d7e8f90\n"
                + "  - \"Spanish Line (legacy)\"  4164b847-ca8d-4014-a1f9-fc5a8ddd9a4f\n"), text.out());
        assertTrue(text.out().contains("  ~ \"Mortgages\" → \"Mortgages & Loans\"  "), text.out());

        CliRun json = CliRun.of("org", "diff", SNAPSHOT.toString(), later.toString(), "--format", "json");
        JsonNode diff = JSON.readTree(json.out());
        assertEquals(1, diff.path("summary").path("renamed").asInt());
        assertEquals("Mortgages & Loans", diff.path("types").get(1).path("renamed").get(0).path("after").asText());

        CliRun markdown = CliRun.of("org", "diff", SNAPSHOT.toString(), later.toString(), "--format", "markdown");
        assertTrue(markdown.out().contains("| Queue | added | Returns | `5e0b9a8c-1d2e-4f30-8a41-b52c6d7e8f90` |"),
                markdown.out());

        CliRun junit = CliRun.of("org", "diff", SNAPSHOT.toString(), later.toString(), "--format", "junit");
        assertEquals(2, junit.exitCode());
    }

    @Test
    void diffAcrossOrgsMatchesMappedNames() throws IOException {
        OrgSnapshot prod = OrgSnapshot.read(SNAPSHOT);
        List<OrgObject> uatObjects = new ArrayList<>();
        for (OrgObject o : prod.objects()) {
            // another org: other IDs, and the sales queue is called differently there
            String name = o.name().equals("Sales") ? "Sales (UAT)" : o.name();
            uatObjects.add(new OrgObject("uat-" + o.id(), name, o.resourceType(), o.apiType(), o.division(),
                    o.attributes(), o.dateModified(), o.modifiedBy()));
        }
        Path uat = dir.resolve("uat.json");
        new OrgSnapshot(1, prod.exportedAt(), "us-east-1", prod.types(), uatObjects, List.of()).write(uat);
        Path config = Files.writeString(dir.resolve("cxgate.yaml"), "environments:\n  uat: {region: us-east-1}\n"
                + "  prod:\n    region: eu-west-2\n    mappings: {\"Sales (UAT)\": \"Sales\"}\n");

        CliRun without = CliRun.of("org", "diff", uat.toString(), SNAPSHOT.toString(), "--format", "json");
        assertEquals(1, JSON.readTree(without.out()).path("summary").path("added").asInt(), without.out());

        CliRun mapped = CliRun.of("org", "diff", uat.toString(), SNAPSHOT.toString(), "--config", config.toString(),
                "--env", "prod", "--format", "json");
        assertEquals(0, mapped.exitCode(), mapped.err());
        JsonNode summary = JSON.readTree(mapped.out()).path("summary");
        assertEquals(0, summary.path("added").asInt());
        assertEquals(0, summary.path("removed").asInt());
        assertEquals(51, summary.path("unchanged").asInt());
    }

    @Test
    void orgWithoutASubcommandIsUsage() {
        CliRun run = CliRun.of("org");
        assertEquals(2, run.exitCode());
    }
}

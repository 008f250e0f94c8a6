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
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
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
            assertTrue(!o.resourceType().equals("genesyscloud_routing_queue")
                    || List.of().equals(attributes.remove("wrapupCodeIds")), o.name());
            return o.withAttributes(attributes);
        }).toList());
        assertEquals(OrgSnapshot.read(SNAPSHOT).dependencies(), exported.dependencies());
        assertEquals("us-east-1", exported.region());
        // token, 19 listings of one page, users twice, the one domain's routes, 4 published flows' dependencies,
        // the members of the 5 queues, and (issue 15 item 4) the 5 listings of flow consumers, empty here,
        // the wrap-up codes of the 5 queues (item 5), the DID listing (item 6), the contact lists and data tables
        // flows name (item 10), the divisions the client may read for the 11 division-scoped types (item 14), the
        // outbound wrap-up code mappings (item 5: 404 here, an org without Outbound: a type with no object)
        assertTrue(export.errLines()[export.errLines().length - 1].startsWith("cxgate: exported 51 objects of 29 types and 11 flow dependencies in "
                + (1 + 19 + 1 + 1 + 4 + 5 + 5 + 5 + 1 + 2 + 11 + 1) + " API requests to " + out), export.err());

        String plan = Fixtures.repo("examples/plans/skill-rename.json").toString();
        CliRun fromFile = CliRun.of("check", "--plan", plan, "--env", "prod", "--org", out.toString(), "--format", "json");
        CliRun live = CliRun.withEnvironment(DEFAULT_CREDENTIALS, "check", "--plan", plan, "--env", "prod", "--live",
                "--api-base-url", org.baseUrl(), "--format", "json");
        assertEquals(JSON.readTree(live.out()).path("findings"), JSON.readTree(fromFile.out()).path("findings"));
        assertEquals(7, JSON.readTree(live.out()).path("findings").size());
    }

    @Test
    void exportPrintsAProgressLinePerTypeAndNoRequestLinesWithoutVerbose() {
        OrgEmulator org = emulator();

        CliRun run = CliRun.withEnvironment(DEFAULT_CREDENTIALS, "org", "export", "--env", "prod",
                "--types", "routing_queue,flow", "--api-base-url", org.baseUrl());

        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.errLines();
        assertEquals(3, lines.length, run.err());
        // the token and the queue listing, then one member listing and one wrap-up code listing per queue
        assertTrue(lines[0].matches("cxgate: org export: routing_queue: 5 objects \\(12 requests, \\d+\\.\\d s\\)"),
                lines[0]);
        assertTrue(lines[1].matches("cxgate: org export: flow: 4 objects \\(17 requests, \\d+\\.\\d s\\)"), lines[1]);
        assertTrue(lines[2].startsWith("cxgate: exported 9 objects"), lines[2]);
    }

    @Test
    void verboseExportPrintsOneLinePerRequestWithMethodPathStatusAndTimeButNoSecret() {
        OrgEmulator org = emulator();

        CliRun run = CliRun.withEnvironment(DEFAULT_CREDENTIALS, "org", "export", "--env", "prod",
                "--types", "routing_queue", "--api-base-url", org.baseUrl(), "--verbose");

        assertEquals(0, run.exitCode(), run.err());
        List<String> requests = List.of(run.errLines()).stream().filter(l -> l.startsWith("api: ")).toList();
        assertEquals(org.requests(), requests.size(), run.err());
        assertTrue(requests.get(0).matches("api: POST /oauth/token 200 \\(\\d+ ms.*\\)"), requests.get(0));
        assertTrue(requests.get(1).matches("api: GET /api/v2/routing/queues\\?pageSize=500&pageNumber=1 200 \\(\\d+ ms.*\\)"),
                requests.get(1));
        for (String secret : List.of(OrgEmulator.CLIENT_SECRET, OrgEmulator.CLIENT_ID, org.issuedTokens().get(0))) {
            assertTrue(!run.err().contains(secret), run.err());
        }
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
        org.requestsByPath().forEach((path, n) -> grouped.merge(path.replaceFirst(
                "^/api/v2/routing/queues/[^/]+/(members|wrapupcodes)$", "/api/v2/routing/queues/{id}/$1"), n,
                Integer::sum));
        // plus, per type, whether the client reads it in every division (divisionViews)
        assertEquals(Map.of("/oauth/token", 1, "/api/v2/routing/queues", 1, "/api/v2/flows", 1,
                "/api/v2/authorization/divisionspermitted/paged/me", 2,
                "/api/v2/architect/dependencytracking/consumedresources", 4,
                "/api/v2/routing/queues/{id}/members", 5, "/api/v2/routing/queues/{id}/wrapupcodes", 5), grouped);
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
        assertTrue(noCredentials.err().contains("environment variable GENESYSCLOUD_OAUTHCLIENT_ID is not set (or set"
                + " environments.prod.credentials.clientIdEnv in cxgate.yaml); environment variable"
                + " GENESYSCLOUD_OAUTHCLIENT_SECRET is not set"), noCredentials.err());
    }

    /**
     * The example org a week later: a queue added, one deleted, a skill renamed in the UI; the Sales queue's
     * description and in-queue flow changed; every flow republished (a new version: not a difference).
     */
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
            if (o.name().equals("Sales") && o.resourceType().equals("genesyscloud_routing_queue")) {
                Map<String, Object> attributes = new java.util.TreeMap<>(o.attributes());
                attributes.put("description", "New orders, upgrades and renewals");
                attributes.put("queueFlowId", "832b9c5c-02bf-5142-9c54-3db27d852086"); // Spanish Email
                attributes.put("selfUri", "/api/v2/routing/queues/" + o.id());
                o = o.withAttributes(attributes);
            }
            if (o.resourceType().equals("genesyscloud_flow")) {
                Map<String, Object> attributes = new java.util.TreeMap<>(o.attributes());
                attributes.put("publishedVersionId", "99.0");
                o = o.withAttributes(attributes);
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
        assertTrue(text.out().contains("1 added, 1 removed, 1 renamed, 1 changed, 48 unchanged"), text.out());
        assertTrue(text.out().contains("Queue (genesyscloud_routing_queue)\n"
                + "  + \"Returns\"  5e0b9a8c-1d2e-4f30-8a41-b52c6d7e8f90\n"
                + "  - \"Spanish Line (legacy)\"  4164b847-ca8d-4014-a1f9-fc5a8ddd9a4f\n"
                + "  * \"Sales\"  33072461-3e77-4076-9ec3-03391e18c48b\n"
                + "      description: \"New orders and upgrades\" → \"New orders, upgrades and renewals\"\n"
                + "      queueFlowId: \"Sales In-Queue\" → \"Spanish Email\"\n"), text.out());
        assertTrue(text.out().contains("  ~ \"Mortgages\" → \"Mortgages & Loans\"  "), text.out());

        CliRun json = CliRun.of("org", "diff", SNAPSHOT.toString(), later.toString(), "--format", "json");
        JsonNode diff = JSON.readTree(json.out());
        assertEquals(1, diff.path("summary").path("renamed").asInt());
        assertEquals("Mortgages & Loans", diff.path("types").get(1).path("renamed").get(0).path("after").asText());
        assertEquals(1, diff.path("summary").path("changed").asInt());
        JsonNode sales = diff.path("types").get(0).path("changed").get(0);
        assertEquals("Sales", sales.path("name").asText(), diff.toString());
        assertEquals(JSON.readTree("[{\"attribute\": \"description\", \"before\": \"New orders and upgrades\","
                + " \"after\": \"New orders, upgrades and renewals\"}, {\"attribute\": \"queueFlowId\","
                + " \"before\": \"Sales In-Queue\", \"after\": \"Spanish Email\"}]"), sales.path("attributes"));

        CliRun markdown = CliRun.of("org", "diff", SNAPSHOT.toString(), later.toString(), "--format", "markdown");
        assertTrue(markdown.out().contains("| Queue | added | Returns | `5e0b9a8c-1d2e-4f30-8a41-b52c6d7e8f90` | |"),
                markdown.out());
        assertTrue(markdown.out().contains("| Queue | changed | Sales | `33072461-3e77-4076-9ec3-03391e18c48b` |"
                + " description: \"New orders and upgrades\" → \"New orders, upgrades and renewals\"<br>queueFlowId:"
                + " \"Sales In-Queue\" → \"Spanish Email\" |"), markdown.out());

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
            // references point at the UAT org's own ids; the diff compares them by the referenced object's name
            Map<String, Object> attributes = new java.util.TreeMap<>();
            o.attributes().forEach((k, v) -> attributes.put(k, uatIds(v, prod)));
            uatObjects.add(new OrgObject("uat-" + o.id(), name, o.resourceType(), o.apiType(),
                    o.division() == null ? null : "uat-" + o.division(), attributes, o.dateModified(), o.modifiedBy()));
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

    /** {@code value} with every id of an object of {@code prod} prefixed {@code uat-}: the same reference in UAT. */
    static Object uatIds(Object value, OrgSnapshot prod) {
        if (value instanceof String s && prod.objects().stream().anyMatch(o -> o.id().equals(s))) {
            return "uat-" + s;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> uatIds(v, prod)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new java.util.TreeMap<>();
            map.forEach((k, v) -> out.put((String) k, uatIds(v, prod)));
            return out;
        }
        return value;
    }

    @Test
    void diffAcrossOrgsComparesReferencesByName() throws IOException {
        OrgSnapshot prod = OrgSnapshot.read(SNAPSHOT);
        List<OrgObject> uatObjects = new ArrayList<>();
        for (OrgObject o : prod.objects()) {
            Map<String, Object> attributes = new java.util.TreeMap<>();
            o.attributes().forEach((k, v) -> attributes.put(k, uatIds(v, prod)));
            if (o.name().equals("Sales") && o.resourceType().equals("genesyscloud_routing_queue")) {
                attributes.put("queueFlowId", "uat-no-such-flow"); // a flow the UAT export does not hold
            }
            uatObjects.add(new OrgObject("uat-" + o.id(), o.name(), o.resourceType(), o.apiType(),
                    o.division() == null ? null : "uat-" + o.division(), attributes, o.dateModified(), o.modifiedBy()));
        }
        Path uat = dir.resolve("uat.json");
        new OrgSnapshot(1, prod.exportedAt(), "us-east-1", prod.types(), uatObjects, List.of()).write(uat);

        CliRun run = CliRun.of("org", "diff", uat.toString(), SNAPSHOT.toString(), "--format", "json");

        JsonNode diff = JSON.readTree(run.out());
        assertEquals(1, diff.path("summary").path("changed").asInt(), run.out());
        assertEquals(50, diff.path("summary").path("unchanged").asInt(), run.out());
        JsonNode change = diff.path("types").get(0).path("changed").get(0).path("attributes").get(0);
        assertEquals("queueFlowId", change.path("attribute").asText());
        assertEquals("uat-no-such-flow", change.path("before").asText());
        assertEquals("Sales In-Queue", change.path("after").asText());
    }

    @Test
    void orgWithoutASubcommandIsUsage() {
        CliRun run = CliRun.of("org");
        assertEquals(2, run.exitCode());
    }
}

package io.cxgate.genesys.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.InvalidInputException;
import io.cxgate.genesys.api.PlatformApiClient;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.emulator.TestOrgs;

class OrgSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void anExportFromTheLiveOrgRoundTripsThroughAFile() throws IOException {
        OrgSnapshot sample = TestOrgs.sample();
        try (OrgEmulator emulator = new OrgEmulator(sample);
                PlatformApiClient client = PlatformApiClient.builder(emulator.credentials())
                        .apiBaseUrl(emulator.baseUrl()).build()) {
            LiveOrgSource live = new LiveOrgSource(client, "us-east-1");

            OrgSnapshot exported = OrgSnapshot.export(live, LiveOrgSource.supportedTypes(), TestOrgs.EXPORTED_AT);
            Path file = dir.resolve("prod.json");
            exported.write(file);
            SnapshotOrgSource read = SnapshotOrgSource.load(file);

            assertEquals(sample, exported, "the export reproduces the org the emulator served");
            assertEquals(exported, read.snapshot());
            for (String type : live.resourceTypes()) {
                // a snapshot's queues also carry their members' user IDs (listed per queue at export)
                assertEquals(live.objects(type).stream().sorted(java.util.Comparator.comparing(OrgObject::id)).toList(),
                        read.objects(type).stream().map(OrgSnapshotTest::withoutMembers)
                                .sorted(java.util.Comparator.comparing(OrgObject::id)).toList(), type);
            }
            assertEquals(java.util.Optional.of(List.of("33340ca9-182e-5b18-b1a6-d196a9566d07")),
                    read.queueMembers("1fe18445-0a68-590a-9fff-9fd58c1216b3"));
            assertEquals(java.util.Optional.of(List.of()), read.queueMembers("fcd07b47-ef5a-5aa2-be92-6633333267fd"));
            // 1 token + 21 listings + consumed resources of the 4 published flows (the draft workflow has none)
            // + the members of the 3 queues + 5 listings of flow consumers (issue 15 item 4) + the wrap-up codes
            // of the 3 queues (item 5) + the DID listing (item 6) + contact lists and data tables (item 10)
            // + the divisions readable for the 11 division-scoped types (item 14) + the outbound wrap-up code
            // mappings, one object (item 5)
            assertEquals(29 + 5 + 3 + 1 + 2 + 11 + 1, live.requests());
            assertEquals(4, emulator.requests(PlatformApiClient.CONSUMED_RESOURCES));
            assertEquals(0, read.requests());
            assertEquals("snapshot", read.sourceName());
            assertEquals("us-east-1", read.region());
        }
    }

    @Test
    void theSnapshotAnswersWhichFlowsUseAnObjectFromTheFlowEdges() {
        SnapshotOrgSource source = new SnapshotOrgSource(TestOrgs.sample(), "sample-org.json");
        OrgObject support = source.byName("genesyscloud_routing_queue", "Support").get(0);

        assertEquals(List.of("Closed Hours", "Main IVR", "Support Email"),
                source.consumersOf(support.id(), "QUEUE").stream().map(Dependency::consumerName).sorted().toList());
        OrgObject mainIvr = source.byName("genesyscloud_flow", "Main IVR").get(0);
        assertEquals(6, source.consumedBy(mainIvr).size());
        assertEquals(0, source.requests());
    }

    @Test
    void aSnapshotWithoutFlowsCannotAnswerDependencyQuestions() {
        OrgSnapshot queuesOnly = TestOrgs.queues(2);
        SnapshotOrgSource source = new SnapshotOrgSource(queuesOnly, "queues.json");

        assertFalse(source.tracksDependencies());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> source.consumersOf(queuesOnly.objects().get(0).id(), "QUEUE"));
        assertTrue(e.getMessage().startsWith("org snapshot queues.json: cannot tell which flows use "), e.getMessage());
    }

    @Test
    void askingASnapshotForATypeItWasNotExportedWithIsInvalidInput() {
        SnapshotOrgSource source = new SnapshotOrgSource(TestOrgs.queues(2), "queues.json");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> source.objects("genesyscloud_user"));
        assertEquals("org snapshot queues.json: has no genesyscloud_user objects: it was exported without that type",
                e.getMessage());
    }

    @Test
    void anExportedTypeWithNoObjectsIsAnsweredWithAnEmptyList() {
        OrgSnapshot snapshot = new OrgSnapshot(1, TestOrgs.EXPORTED_AT, null, List.of("genesyscloud_group"),
                List.of(), List.of());
        assertEquals(List.of(), new SnapshotOrgSource(snapshot, "empty.json").objects("genesyscloud_group"));
    }

    @Test
    void writingReplacesTheFileAtomicallyAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("org.json");
        Files.writeString(file, "old content");

        TestOrgs.queues(3).write(file);

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        assertEquals(3, OrgSnapshot.read(file).objects().size());
    }

    @Test
    void theWrittenJsonIsStableAndSorted() {
        String once = TestOrgs.sample().toJson();
        String twice = OrgSnapshot.parse(once, "again").toJson();
        assertEquals(once, twice);
        assertTrue(once.startsWith("{\n  \"formatVersion\" : 1,\n  \"exportedAt\" : \"2025-05-01T12:00:00Z\","), once);
    }

    private static OrgObject withoutMembers(OrgObject o) {
        java.util.Map<String, Object> attributes = new java.util.LinkedHashMap<>(o.attributes());
        attributes.remove("memberIds");
        attributes.remove("wrapupCodeIds"); // likewise the per-queue wrap-up code listing
        return o.withAttributes(attributes);
    }
}

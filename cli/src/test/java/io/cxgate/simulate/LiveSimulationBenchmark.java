package io.cxgate.simulate;

import static io.cxgate.simulate.TestPlans.plan;
import static io.cxgate.simulate.TestPlans.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.api.PlatformApiClient;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.emulator.TestOrgs;
import io.cxgate.genesys.source.Dependency;
import io.cxgate.genesys.source.LiveOrgSource;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.plan.Plan;

/**
 * Live-org simulation at scale (issue #5, item 6): an org of 20,000 objects behind 100 ms of latency
 * per request, a plan touching 2,000 of them with 100 deletes and replaces, the production client
 * (default rate budget 300/min bursting to 300, 4 requests in flight). Run with
 * {@code bench/live-sim.sh}; excluded from the default test run. Writes its figures to stdout.
 */
@Tag("benchmark")
class LiveSimulationBenchmark {
    static final Duration LATENCY = Duration.ofMillis(Long.getLong("cxgate.bench.latencyMs", 100));

    @TempDir
    Path dir;

    @Test
    void twoThousandChangesAgainstTwentyThousandObjectsFinishUnderTenSeconds() throws IOException {
        // ---- the org: 10k users, 4k queues, 2k skills, 2k wrap-up codes, 1k flows, 500 schedules, 500 groups
        List<OrgObject> skills = TestOrgs.many("genesyscloud_routing_skill", "ACDSKILL", "Skill", 2000, Map.of());
        List<OrgObject> codes = TestOrgs.many("genesyscloud_routing_wrapupcode", "ACDWRAPUPCODE", "Code", 2000, Map.of());
        List<OrgObject> queues = TestOrgs.many("genesyscloud_routing_queue", "QUEUE", "Queue", 4000, Map.of());
        List<OrgObject> users = new ArrayList<>();
        int u = 0;
        for (OrgObject user : TestOrgs.many("genesyscloud_user", "USER", "Agent", 10_000, Map.of())) {
            users.add(user.withAttributes(Map.of("email", "agent" + u + "@example.com", "state", "active",
                    "routingSkills", List.of(skills.get(u % 2000).id(), skills.get((u * 7 + 3) % 2000).id()))));
            u++;
        }
        List<OrgObject> flows = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        int f = 0;
        for (OrgObject flow : TestOrgs.many("genesyscloud_flow", "INBOUNDCALLFLOW", "Flow", 1000, Map.of())) {
            flows.add(flow.withAttributes(Map.of("flowType", "INBOUNDCALL", "publishedVersionId", "1.0")));
            for (int k = 0; k < 3; k++) {
                OrgObject queue = queues.get((f * 3 + k) % 4000);
                dependencies.add(new Dependency(flow.id(), flow.name(), "INBOUNDCALLFLOW", queue.id(), "QUEUE"));
            }
            dependencies.add(new Dependency(flow.id(), flow.name(), "INBOUNDCALLFLOW", skills.get(f % 2000).id(),
                    "ACDSKILL"));
            f++;
        }
        List<OrgObject> all = new ArrayList<>();
        all.addAll(users);
        all.addAll(queues);
        all.addAll(skills);
        all.addAll(codes);
        all.addAll(flows);
        all.addAll(TestOrgs.many("genesyscloud_architect_schedules", "SCHEDULE", "Schedule", 500, Map.of()));
        all.addAll(TestOrgs.many("genesyscloud_group", "GROUP", "Group", 500, Map.of()));
        // queues changed in the UI by someone
        for (int i = 0; i < 20; i++) {
            OrgObject q = queues.get(i);
            all.set(all.indexOf(q), new OrgObject(q.id(), q.name(), q.resourceType(), q.apiType(), null, q.attributes(),
                    java.time.Instant.parse("2026-11-20T10:02:00Z"), users.get(i).id()));
        }
        OrgSnapshot org = TestOrgs.of(all, dependencies);
        assertEquals(20_000, org.objects().size());

        // ---- the plan: 2000 changes, 100 of them deletes and replaces
        Files.createDirectories(dir.resolve("flows"));
        Files.writeString(dir.resolve("flows/ivr.yaml"), """
                inboundCall:
                  name: "{{flow_name}}"
                  startUpRef: "/inboundCall/tasks/task[Main_10]"
                  tasks:
                    - task:
                        name: Main
                        refId: Main_10
                        actions:
                          - transferToAcd:
                              name: To queue
                              targetQueue:
                                lit:
                                  name: "{{queue}}"
                """);
        TestPlans plan = plan();
        for (int i = 0; i < 800; i++) {
            OrgObject user = users.get(i);
            if (i < 20) { // 20 agents lose both their skills: agent coverage of the queues their flows route to
                plan.update("genesyscloud_user.u" + i, values("id", user.id(), "email", user.text("email"), "name",
                        user.name(), "routing_skills", user.texts("routingSkills").stream()
                                .map(id -> Map.of("skill_id", id, "proficiency", 3)).toList()),
                        values("id", user.id(), "email", user.text("email"), "name", user.name(),
                                "routing_skills", List.of()));
                continue;
            }
            plan.update("genesyscloud_user.u" + i, values("id", user.id(), "email", user.text("email"), "name", user.name()),
                    values("id", user.id(), "email", user.text("email"), "name", user.name(),
                            "routing_skills", List.of(Map.of("skill_id", skills.get((i * 13) % 2000).id(), "proficiency", 3))));
        }
        for (int i = 0; i < 600; i++) {
            OrgObject queue = queues.get(100 + i);
            plan.update("module.queues.genesyscloud_routing_queue.q[\"" + i + "\"]",
                    values("id", queue.id(), "name", queue.name(), "acw_timeout_ms", 30000),
                    values("id", queue.id(), "name", queue.name(), "acw_timeout_ms", 45000,
                            "wrapup_codes", List.of(codes.get(i % 2000).id(), codes.get((i + 700) % 2000).id()),
                            "members", List.of(Map.of("user_id", users.get(5000 + i).id(), "ring_num", 1))));
        }
        for (int i = 0; i < 300; i++) {
            plan.create("module.queues.genesyscloud_routing_queue.new[\"" + i + "\"]",
                    values("name", i < 5 ? queues.get(3000 + i).name() : "Brand new queue " + i));
        }
        for (int i = 0; i < 200; i++) {
            OrgObject flow = flows.get(i);
            // flows 3-7 publish under a new name: a new flow, whose old one other objects keep using
            Map<String, Object> subs = Map.of("flow_name", i >= 3 && i < 8 ? flow.name() + " v2" : flow.name(),
                    "queue", i < 3 ? "No such queue " + i : queues.get(1000 + i).name());
            plan.update("module.flows.genesyscloud_flow.f[\"" + i + "\"]",
                    values("id", flow.id(), "name", flow.name(), "type", "INBOUNDCALL", "filepath", "flows/ivr.yaml",
                            "substitutions", Map.of("flow_name", flow.name(), "queue", subs.get("queue"))),
                    values("id", flow.id(), "name", flow.name(), "type", "INBOUNDCALL", "filepath", "flows/ivr.yaml",
                            "substitutions", subs));
        }
        for (int i = 0; i < 50; i++) {
            OrgObject skill = skills.get(1000 + i);
            plan.replace("module.skills.genesyscloud_routing_skill.s[\"" + i + "\"]",
                    values("id", skill.id(), "name", skill.name()), values("name", skill.name() + " (renamed)"));
        }
        for (int i = 0; i < 50; i++) {
            OrgObject queue = queues.get(2000 + i);
            plan.delete("module.queues.genesyscloud_routing_queue.old[\"" + i + "\"]",
                    values("id", queue.id(), "name", queue.name()));
        }
        for (int i = 0; i < 20; i++) {
            OrgObject queue = queues.get(i);
            plan.drifted("module.queues.genesyscloud_routing_queue.drifted[\"" + i + "\"]",
                    values("id", queue.id(), "name", queue.name(), "description", "before"),
                    values("id", queue.id(), "name", queue.name(), "description", "changed in the UI"));
        }
        Plan read = plan.read(dir);
        assertEquals(2000, read.changes().size());

        // ---- the run
        try (OrgEmulator emulator = new OrgEmulator(org).latency(LATENCY)) {
            long start = System.nanoTime();
            Simulation s;
            try (PlatformApiClient client = PlatformApiClient.builder(emulator.credentials())
                    .apiBaseUrl(emulator.baseUrl()).build()) {
                s = new Simulator(ResourceCatalog.bundled(), new FlowFiles(dir), Map.of())
                        .simulate(read, new LiveOrgSource(client, "us-east-1"));
            }
            double seconds = (System.nanoTime() - start) / 1e9;

            Map<String, Integer> byPath = emulator.requestsByPath();
            System.out.printf("live-sim: org %d objects, plan %d changes (%d deletes/replaces), latency %d ms%n",
                    org.objects().size(), read.changes().size(), 100, LATENCY.toMillis());
            System.out.printf("live-sim: %.2f s wall, %d requests, at most %d in flight, %d findings%n", seconds,
                    s.requests(), emulator.maxInFlight(), s.findings().size());
            System.out.println("live-sim: requests by path " + byPath);
            findingCounts(s).forEach((code, n) -> System.out.println("live-sim: " + code + " " + n));

            // pages of the types involved, one dependency lookup per delete, replace, renamed flow and lost
            // skill, what the flows using a lost skill route to, and the members of those queues
            Map<String, Integer> grouped = new java.util.TreeMap<>();
            byPath.forEach((path, n) -> grouped.merge(path.matches("/api/v2/routing/queues/[^/]+/members")
                    ? "/api/v2/routing/queues/{id}/members" : path, n, Integer::sum));
            assertEquals(Map.ofEntries(Map.entry("/oauth/token", 1),
                    Map.entry("/api/v2/users", 20 + 1),        // 10k active users at 500 a page, then the inactive pass
                    Map.entry("/api/v2/routing/skills", 4),    // 2k at 500
                    Map.entry("/api/v2/routing/languages", 1), // agent coverage: languages too
                    Map.entry("/api/v2/routing/wrapupcodes", 20), // 2k at 100
                    Map.entry("/api/v2/routing/queues", 8),    // 4k at 500
                    Map.entry("/api/v2/routing/email/domains", 1),
                    Map.entry("/api/v2/flows", 2),             // 1k at 500: flows that use a lost skill
                    Map.entry("/api/v2/architect/ivrs", 1),    // IVRs that use a renamed flow
                    // and the other objects naming flows by ID (issue 15 item 4), one (empty) page each
                    Map.entry("/api/v2/webdeployments/deployments", 1),
                    Map.entry("/api/v2/routing/message/recipients", 1),
                    Map.entry("/api/v2/architect/emergencygroups", 1),
                    Map.entry("/api/v2/outbound/callanalysisresponsesets", 1),
                    Map.entry("/api/v2/processautomation/triggers", 1),
                    Map.entry("/api/v2/routing/skillgroups", 1), // skill groups naming a renamed skill (item 2)
                    // 50 deletes + 50 replaces + 5 renamed flows + 37 distinct skills the 20 agents lose
                    Map.entry("/api/v2/architect/dependencytracking/consumingresources", 142),
                    Map.entry("/api/v2/architect/dependencytracking/consumedresources", 37), // flows using them
                    Map.entry("/api/v2/routing/queues/{id}/members", 111), // the queues those flows route to
                    // 3 flows name queues the org lacks: does the client read queues in every division?
                    Map.entry("/api/v2/authorization/divisionspermitted/paged/me", 1)), grouped);
            assertEquals(349 + 5 + 1 + 1, s.requests());
            assertEquals(5, s.findings(Finding.Code.FLOW_RENAMED_NEW_ID).size());
            assertEquals(3, s.findings(Finding.Code.FLOW_TARGET_MISSING).size());
            assertEquals(5, s.findings(Finding.Code.NAME_CONFLICT).size());
            assertEquals(20, s.findings(Finding.Code.OUT_OF_BAND_CHANGE).size());
            assertTrue(seconds < 10, "took " + seconds + " s");
        }
    }

    private static Map<String, Long> findingCounts(Simulation s) {
        Map<String, Long> out = new java.util.TreeMap<>();
        s.findings().forEach(x -> out.merge(x.code().name(), 1L, Long::sum));
        return out;
    }
}

package io.cxgate.simulate;

import static io.cxgate.simulate.TestPlans.plan;
import static io.cxgate.simulate.TestPlans.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.CxgateException;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.api.PlatformApiClient;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.emulator.TestOrgs;
import io.cxgate.genesys.source.LiveOrgSource;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.genesys.source.SnapshotOrgSource;
import io.cxgate.plan.Plan;

/**
 * The simulation against the org emulator through the real Platform API client: the same findings
 * as from a snapshot, and exactly the requests batching promises (pages of the types involved plus
 * one dependency lookup per delete or replace, never one per referenced ID).
 */
class SimulatorLiveTest {
    @TempDir
    Path dir;

    private OrgEmulator emulator;
    private PlatformApiClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    private LiveOrgSource live(OrgSnapshot org) {
        emulator = new OrgEmulator(org);
        client = PlatformApiClient.builder(emulator.credentials()).apiBaseUrl(emulator.baseUrl()).sleeper(d -> { })
                .build();
        return new LiveOrgSource(client, "eu-west-2");
    }

    private Simulator simulator() {
        return new Simulator(ResourceCatalog.bundled(), new FlowFiles(dir), Map.of());
    }

    @Test
    void theSkillRenameFindsTheSameThingsLiveInTenRequests() {
        Plan plan = SimulatorTest.example("skill-rename");
        Simulation fromSnapshot = simulator().simulate(plan, new SnapshotOrgSource(Northwind.org(), "prod"));

        Simulation live = simulator().simulate(plan, live(Northwind.org()));

        assertEquals(fromSnapshot.findings(), live.findings());
        assertEquals(Simulation.Source.LIVE, live.source());
        // token; divisions (users' and the support queue's division_id); users, active and inactive;
        // email domains and the one domain's routes; queues (the drifted one); dependency tracking for
        // the deleted queue and the replaced skill; skill groups (whose skill conditions may name the skill)
        assertEquals(Map.of("/oauth/token", 1, "/api/v2/authorization/divisions", 1, "/api/v2/users", 2,
                "/api/v2/routing/email/domains", 1,
                "/api/v2/routing/email/domains/northwind-retail.mypurecloud.com/routes", 1,
                "/api/v2/routing/queues", 1, "/api/v2/architect/dependencytracking/consumingresources", 2,
                "/api/v2/routing/skillgroups", 1), emulator.requestsByPath());
        assertEquals(10, live.requests());
        assertEquals(10, emulator.requests());
    }

    @Test
    void anExportedSnapshotGivesTheSameFindingsAsTheLiveOrg() {
        Plan plan = SimulatorTest.example("skill-rename");
        LiveOrgSource source = live(Northwind.org());
        OrgSnapshot exported = OrgSnapshot.export(source, LiveOrgSource.supportedTypes());
        Path file = dir.resolve("exported.json");
        exported.write(file);

        Simulation fromExport = simulator().simulate(plan, SnapshotOrgSource.load(file));
        Simulation fromLive = simulator().simulate(plan, new LiveOrgSource(client, "eu-west-2"));

        assertEquals(7, fromLive.findings().size());
        assertEquals(fromLive.findings(), fromExport.findings());
        assertEquals(0, fromExport.requests());
    }

    @Test
    void referencesAreCheckedByListingTheirTypeNeverOneRequestPerId() {
        // 2000 wrap-up codes outside Terraform (20 pages of 100); 100 new queues name 500 of them, 7 missing
        List<OrgObject> codes = TestOrgs.many("genesyscloud_routing_wrapupcode", "ACDWRAPUPCODE", "Code", 2000, Map.of());
        TestPlans plan = plan();
        int missing = 0;
        for (int q = 0; q < 100; q++) {
            List<String> ids = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                ids.add(codes.get((q * 5 + k) * 3 % 2000).id());
            }
            if (q % 15 == 0) {
                ids.add(String.format("0badc0de-0000-4000-8000-%012d", q));
                missing++;
            }
            plan.create("module.queues.genesyscloud_routing_queue.q[\"" + q + "\"]",
                    values("name", "New queue " + q, "wrapup_codes", ids));
        }

        Simulation s = simulator().simulate(plan.read(dir), live(TestOrgs.of(codes, List.of())));

        assertEquals(missing, s.findings(Finding.Code.MISSING_REFERENCE).size());
        // token + 20 pages of wrap-up codes + 1 page of queues (for name conflicts) + whether the client reads
        // wrap-up codes in every division (asked once, as some references are missing)
        assertEquals(Map.of("/oauth/token", 1, "/api/v2/routing/wrapupcodes", 20, "/api/v2/routing/queues", 1,
                "/api/v2/authorization/divisionspermitted/paged/me", 1),
                emulator.requestsByPath());
        assertEquals(23, s.requests());
    }

    @Test
    void deletesCostOneDependencyLookupEachAndTheirTypesPagesOnce() {
        // 1200 users (3 pages of 500, then the inactive pass), 40 skills deleted
        List<OrgObject> skills = TestOrgs.many("genesyscloud_routing_skill", "ACDSKILL", "Skill", 40, Map.of());
        List<OrgObject> users = new ArrayList<>();
        for (OrgObject u : TestOrgs.many("genesyscloud_user", "USER", "Agent", 1200, Map.of())) {
            int i = users.size();
            users.add(u.withAttributes(Map.of("email", "agent" + i + "@example.com", "state", "active",
                    "routingSkills", i < 3 ? List.of(skills.get(0).id()) : List.of())));
        }
        List<OrgObject> all = new ArrayList<>(skills);
        all.addAll(users);
        TestPlans plan = plan();
        for (OrgObject skill : skills) {
            plan.delete("module.skills.genesyscloud_routing_skill.skill[\"" + skill.name() + "\"]",
                    values("id", skill.id(), "name", skill.name()));
        }

        Simulation s = simulator().simulate(plan.read(dir), live(TestOrgs.of(all, List.of())));

        assertEquals(List.of("DELETE_IN_USE"), s.findings().stream().map(f -> f.code().name()).toList());
        assertTrue(s.findings().get(0).message().startsWith("Skill \"Skill 0001\" is still held by 3 users Terraform"
                + " does not manage (Agent 0001, Agent 0002, Agent 0003)"), s.findings().get(0).message());
        // + one page of skill groups (skill conditions naming the deleted skills; issue 15 item 2)
        assertEquals(Map.of("/oauth/token", 1, "/api/v2/users", 3 + 1, "/api/v2/routing/email/domains", 1,
                "/api/v2/architect/dependencytracking/consumingresources", 40, "/api/v2/routing/skillgroups", 1),
                emulator.requestsByPath());
        assertEquals(47, s.requests());
    }

    @Test
    void aPlanWithoutOrgFactsToCheckMakesNoRequests() {
        Plan plan = plan().update("module.queues.genesyscloud_routing_queue.sales",
                values("id", "q1", "name", "Sales", "acw_timeout_ms", 1), values("id", "q1", "name", "Sales",
                        "acw_timeout_ms", 2)).read(dir);

        Simulation s = simulator().simulate(plan, live(Northwind.org()));

        assertEquals(List.of(), s.findings());
        assertEquals(0, s.requests());
    }

    @Test
    void aListingTheClientMayNotReadFailsTheCheckNamingThePermission() {
        Plan plan = SimulatorTest.example("skill-rename");
        LiveOrgSource source = live(Northwind.org());
        emulator.denyPermission("/api/v2/users", "directory:user:view");

        CxgateException e = assertThrows(CxgateException.class, () -> simulator().simulate(plan, source));

        assertTrue(e.getMessage().contains("list genesyscloud_user: GET /api/v2/users: 403 missing.permissions")
                && e.getMessage().contains("[directory:user:view]"), e.getMessage());
    }
}

package io.cxgate.simulate;

import static io.cxgate.simulate.TestPlans.plan;
import static io.cxgate.simulate.TestPlans.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.genesys.api.PlatformApiClient;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.emulator.TestOrgs;
import io.cxgate.genesys.source.LiveOrgSource;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.plan.Plan;

/**
 * Issue 15 item 15: in an org with more than 10,000 inactive users the user listing refuses pages
 * past the first 10,000 results (the emulator answers 400, as the API does); the users still are all
 * listed: within the window by pages, beyond it by user search, one window at a time after the last
 * id read.
 */
class LargeOrgUsersScenarioTest {
    static final int ACTIVE = 300;
    static final int INACTIVE = 10_200;

    @TempDir
    Path dir;

    /** 300 active and 10,200 inactive users; the last inactive one has the email the plan creates. */
    static OrgSnapshot org() {
        List<OrgObject> users = new ArrayList<>();
        for (int i = 1; i <= ACTIVE + INACTIVE; i++) {
            users.add(new OrgObject(String.format("%08d-0000-4000-8000-00000000aaaa", i), String.format("Agent %05d", i),
                    "genesyscloud_user", "USER", null, Map.of("email", String.format("agent%05d@example.com", i),
                            "state", i > ACTIVE ? "inactive" : "active"), null, null));
        }
        return TestOrgs.of(users, List.of());
    }

    @Test
    void aCreateWhoseEmailAnInactiveUserBeyondTheWindowHasIsANameConflict() {
        Plan plan = plan().create("genesyscloud_user.returning", values("name", "Agent 10500",
                "email", "agent10500@example.com", "state", "active"), "id").read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of(Finding.Code.NAME_CONFLICT), s.findings().stream().map(Finding::code).toList());
        assertEquals("00010500-0000-4000-8000-00000000aaaa", s.findings().get(0).object().id());
    }

    @Test
    void everyUserIsListedOnceWithoutAPagePastTheWindow() {
        try (OrgEmulator emulator = new OrgEmulator(org());
                PlatformApiClient client = PlatformApiClient.builder(emulator.credentials())
                        .apiBaseUrl(emulator.baseUrl()).build()) {
            List<OrgObject> users = new LiveOrgSource(client, "us-east-1").objects("genesyscloud_user");

            assertEquals(ACTIVE + INACTIVE, users.size());
            assertEquals(ACTIVE + INACTIVE, users.stream().map(OrgObject::id).distinct().count());
            assertEquals(INACTIVE, users.stream().filter(u -> "inactive".equals(u.text("state"))).count());
            // active: one page of 500; inactive: page 1 says 21 pages of 500 (past the window), then searches of
            // 100 a page sorted by id: 10,000 (100 pages), then the 200 after the last id (2 pages)
            assertEquals(2, emulator.requests("/api/v2/users"));
            assertEquals(100 + 2, emulator.requests("/api/v2/users/search"));
        }
    }
}

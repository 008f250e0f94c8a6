package io.cxgate.simulate;

import static io.cxgate.simulate.TestPlans.plan;
import static io.cxgate.simulate.TestPlans.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.genesys.emulator.TestOrgs;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.plan.Plan;

/**
 * Issue 15 item 8: a division deleted while objects still live in it (listed with their division); the
 * provider deletes without {@code force}, so the API refuses and the apply fails half way.
 */
class DivisionScenarioTest {
    static final String SALES = "d1v00000-0000-4000-8000-0000000000a1";
    static final String HOME = "d1v00000-0000-4000-8000-0000000000a0";
    static final String EMPTY = "d1v00000-0000-4000-8000-0000000000a2";

    @TempDir
    Path dir;

    static OrgObject in(String id, String name, String type, String apiType, String division) {
        return new OrgObject(id, name, type, apiType, division, Map.of(), null, null);
    }

    static OrgSnapshot org() {
        return TestOrgs.of(List.of(
                new OrgObject(HOME, "Home", "genesyscloud_auth_division", "DIVISION", null, Map.of("homeDivision", true),
                        null, null),
                new OrgObject(SALES, "Sales", "genesyscloud_auth_division", "DIVISION", null,
                        Map.of("homeDivision", false), null, null),
                new OrgObject(EMPTY, "Empty", "genesyscloud_auth_division", "DIVISION", null,
                        Map.of("homeDivision", false), null, null),
                in("q1", "Sales", "genesyscloud_routing_queue", "QUEUE", SALES),
                in("q2", "Returns", "genesyscloud_routing_queue", "QUEUE", SALES),
                in("q3", "Support", "genesyscloud_routing_queue", "QUEUE", HOME),
                new OrgObject("f1", "Sales IVR", "genesyscloud_flow", "INBOUNDCALLFLOW", SALES,
                        Map.of("flowType", "INBOUNDCALL", "publishedVersionId", "1.0"), null, null),
                new OrgObject("u1", "Sam Seller", "genesyscloud_user", "USER", SALES, Map.of("state", "active"), null,
                        null)), List.of());
    }

    @Test
    void aDivisionThatStillHoldsQueuesAFlowAndAUserCannotBeDeleted() {
        Plan plan = plan()
                .delete("genesyscloud_auth_division.sales", values("id", SALES, "name", "Sales", "home", false))
                .delete("genesyscloud_routing_queue.returns", values("id", "q2", "name", "Returns",
                        "division_id", SALES))
                .read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of(
                "Division \"Sales\" is deleted, but flow \"Sales IVR\", which Terraform does not manage, still lives in"
                        + " it: the API refuses to delete a division that holds objects, so the apply fails; move or"
                        + " delete them first",
                "Division \"Sales\" is deleted, but queue \"Sales\", which Terraform does not manage, still lives in it:"
                        + " the API refuses to delete a division that holds objects, so the apply fails; move or delete"
                        + " them first",
                "Division \"Sales\" is deleted, but user \"Sam Seller\", which Terraform does not manage, still lives in"
                        + " it: the API refuses to delete a division that holds objects, so the apply fails; move or"
                        + " delete them first"),
                s.findings(Finding.Code.DIVISION_NOT_EMPTY).stream().map(Finding::message).toList());
        assertEquals(List.of("f1", "q1", "u1"),
                s.findings(Finding.Code.DIVISION_NOT_EMPTY).stream().map(f -> f.object().id()).toList());
    }

    @Test
    void anEmptyDivisionAndTheHomeDivisionGoQuietly() {
        Plan plan = plan()
                .delete("genesyscloud_auth_division.empty", values("id", EMPTY, "name", "Empty", "home", false))
                .delete("genesyscloud_auth_division.home", values("id", HOME, "name", "Home"))
                .read(dir);

        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(plan, org(), dir).findings(Finding.Code.DIVISION_NOT_EMPTY));
    }
}

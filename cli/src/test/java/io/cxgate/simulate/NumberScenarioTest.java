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
 * Issue 15 item 6: numbers still routed. A DID pool deleted or shrunk while numbers it gives up are
 * assigned (IVRs by their {@code dnis}; users, phones and groups by the DID listing's owner), and an IVR
 * given a number another owner holds or that no pool covers.
 */
class NumberScenarioTest {
    static final String POOL = "d1d00000-0000-4000-8000-0000000000a1";
    static final String OTHER_POOL = "d1d00000-0000-4000-8000-0000000000a2";
    static final String MAIN = "d1d00000-0000-4000-8000-0000000000b1";
    static final String SALES = "d1d00000-0000-4000-8000-0000000000b2";
    static final String ALICE = "d1d00000-0000-4000-8000-0000000000c1";
    static final String POOL_ADDRESS = "genesyscloud_telephony_providers_edges_did_pool.main";

    @TempDir
    Path dir;

    static OrgObject pool(String id, String start, String end) {
        return new OrgObject(id, start + "–" + end, "genesyscloud_telephony_providers_edges_did_pool", "DIDPOOL", null,
                Map.of("startPhoneNumber", start, "endPhoneNumber", end, "provider", "PURE_CLOUD_VOICE"), null, null);
    }

    static OrgObject ivr(String id, String name, List<String> dnis) {
        return new OrgObject(id, name, "genesyscloud_architect_ivr", "IVRCONFIGURATION", null, Map.of("dnis", dnis),
                null, null);
    }

    static OrgObject did(String id, String number, String pool, String ownerId, String ownerName, String ownerType) {
        Map<String, Object> a = new java.util.HashMap<>(Map.of("phoneNumber", number, "didPoolId", pool));
        if (ownerId != null) {
            a.putAll(Map.of("ownerId", ownerId, "ownerName", ownerName, "ownerType", ownerType));
        }
        return new OrgObject(id, number, "genesyscloud_telephony_providers_edges_did", "DID", null, a, null, null);
    }

    static OrgSnapshot org() {
        return TestOrgs.of(List.of(
                pool(POOL, "+13175550100", "+13175550199"), pool(OTHER_POOL, "+13175550200", "+13175550299"),
                ivr(MAIN, "Main line", List.of("+13175550100", "+13175550150")),
                ivr(SALES, "Sales line", List.of("+13175550200")),
                new OrgObject(ALICE, "Alice Agent", "genesyscloud_user", "USER", null, Map.of("state", "active"), null,
                        null),
                did("n1", "+13175550100", POOL, MAIN, "Main line", "IVR_CONFIG"),
                did("n2", "+13175550150", POOL, MAIN, "Main line", "IVR_CONFIG"),
                did("n3", "+13175550180", POOL, ALICE, "Alice Agent", "USER"),
                did("n4", "+13175550190", POOL, null, null, null),
                did("n5", "+13175550200", OTHER_POOL, SALES, "Sales line", "IVR_CONFIG"),
                did("n6", "+13175550201", OTHER_POOL, "ph1", "Front desk phone", "PHONE")), List.of());
    }

    private static List<String> messages(Simulation s) {
        return s.findings().stream().map(Finding::message).toList();
    }

    @Test
    void aPoolShrunkBelowNumbersStillAssignedToAnIvrAndAUser() {
        Plan plan = plan().update(POOL_ADDRESS,
                values("id", POOL, "start_phone_number", "+13175550100", "end_phone_number", "+13175550199"),
                values("id", POOL, "start_phone_number", "+13175550100", "end_phone_number", "+13175550120"))
                .read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of(
                "DID pool +13175550100–+13175550199 shrinks to +13175550100–+13175550120, but +13175550150, which it"
                        + " gives up, is still assigned to IVR \"Main line\", which Terraform does not manage: calls to"
                        + " that number stop reaching it (or the API refuses the change)",
                "DID pool +13175550100–+13175550199 shrinks to +13175550100–+13175550120, but +13175550180, which it"
                        + " gives up, is still assigned to user \"Alice Agent\", which Terraform does not manage: calls"
                        + " to that number stop reaching it (or the API refuses the change)"), messages(s));
        assertEquals(List.of(Finding.Code.DID_STILL_ASSIGNED, Finding.Code.DID_STILL_ASSIGNED),
                s.findings().stream().map(Finding::code).toList());
        assertEquals(List.of("IVRCONFIGURATION", "USER"), s.findings().stream().map(f -> f.object().apiType()).toList());
    }

    @Test
    void aPoolDeletedWhileAPlanMovesItsIvrElsewhereLeavesOnlyTheUser() {
        Plan plan = plan()
                .delete(POOL_ADDRESS, values("id", POOL, "start_phone_number", "+13175550100",
                        "end_phone_number", "+13175550199"))
                .update("genesyscloud_architect_ivr.main", values("id", MAIN, "name", "Main line",
                        "dnis", List.of("+13175550100", "+13175550150")),
                        values("id", MAIN, "name", "Main line", "dnis", List.of("+13175550250")))
                .read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of("DID pool +13175550100–+13175550199 is deleted, but +13175550180, which it gives up, is still"
                + " assigned to user \"Alice Agent\", which Terraform does not manage: calls to that number stop reaching"
                + " it (or the API refuses the change)"), messages(s));
    }

    @Test
    void anIvrGivenANumberAnotherIvrOrAPhoneHoldsOrNoPoolCovers() {
        Plan plan = plan().create("genesyscloud_architect_ivr.support", values("name", "Support line",
                "dnis", List.of("+13175550150", "+13175550201", "+13175550300", "+13175550190")), "id")
                .read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of(
                "IVR \"Support line\" is given +13175550150, but IVR \"Main line\", which Terraform does not manage,"
                        + " already holds it: a number routes to one owner, so the apply fails or takes the number away"
                        + " from it",
                "IVR \"Support line\" is given +13175550201, but phone \"Front desk phone\", which Terraform does not"
                        + " manage, already holds it: a number routes to one owner, so the apply fails or takes the"
                        + " number away from it",
                "IVR \"Support line\" is given +13175550300, which no DID pool of the org covers (nor one this plan"
                        + " creates or changes): the API refuses an IVR number outside every pool"), messages(s));
        assertEquals(List.of(Finding.Code.DID_IN_USE, Finding.Code.DID_IN_USE, Finding.Code.DID_NOT_IN_POOL),
                s.findings().stream().map(Finding::code).toList());
    }

    @Test
    void aNumberInAPoolThePlanCreatesAndANumberMovedBetweenIvrsInOnePlanAreFine() {
        Plan plan = plan()
                .create("genesyscloud_telephony_providers_edges_did_pool.new", values("start_phone_number",
                        "+13175550300", "end_phone_number", "+13175550399"), "id")
                .update("genesyscloud_architect_ivr.main", values("id", MAIN, "name", "Main line",
                        "dnis", List.of("+13175550100", "+13175550150")),
                        values("id", MAIN, "name", "Main line", "dnis", List.of("+13175550100")))
                .create("genesyscloud_architect_ivr.support", values("name", "Support line",
                        "dnis", List.of("+13175550150", "+13175550301")), "id")
                .read(dir);

        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(plan, org(), dir).findings());
    }
}

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
 * Issue 15 item 7: an email domain deleted, or replaced because {@code domain_id} or {@code subdomain}
 * changed (both force replacement), takes the routes under it along; routes this plan does not change
 * break.
 */
class EmailDomainScenarioTest {
    static final String DOMAIN = "support.mypurecloud.com";
    static final String ADDRESS = "genesyscloud_routing_email_domain.support";

    @TempDir
    Path dir;

    static OrgObject domain(String id) {
        return new OrgObject(id, id, "genesyscloud_routing_email_domain", "EMAILDOMAIN", null,
                Map.of("subDomain", true), null, null);
    }

    static OrgObject route(String id, String pattern, String domain) {
        return new OrgObject(id, pattern + "@" + domain, "genesyscloud_routing_email_route", "EMAILROUTE", null,
                Map.of("domainId", domain, "pattern", pattern, "fromName", pattern), null, null);
    }

    static OrgSnapshot org() {
        return TestOrgs.of(List.of(domain(DOMAIN), domain("sales.example.com"),
                route("r1", "help", DOMAIN), route("r2", "billing", DOMAIN), route("r3", "orders", "sales.example.com")),
                List.of());
    }

    @Test
    void aDeletedDomainTakesTheRoutesThePlanLeavesAlone() {
        Plan plan = plan()
                .delete(ADDRESS, values("id", DOMAIN, "domain_id", "support", "subdomain", true))
                .delete("genesyscloud_routing_email_route.billing", values("id", "r2", "domain_id", DOMAIN,
                        "pattern", "billing", "from_name", "billing"))
                .read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of("Email domain \"support\" is still used by email route \"help@support.mypurecloud.com\" (as"
                + " the domain it lives under), which Terraform does not manage: deleting it breaks that email route"),
                s.findings().stream().map(Finding::message).toList());
        assertEquals(List.of(Finding.Code.DELETE_IN_USE), s.findings().stream().map(Finding::code).toList());
        assertEquals("r1", s.findings().get(0).object().id());
    }

    @Test
    void aSubdomainFlagChangeReplacesTheDomainAndItsRoutesKeepTheOldOne() {
        Plan plan = plan()
                .replace(ADDRESS, values("id", DOMAIN, "domain_id", "support", "subdomain", true),
                        values("domain_id", "support.example.com", "subdomain", false))
                .read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of(Finding.Code.REPLACE_CHANGES_ID, Finding.Code.REPLACE_CHANGES_ID),
                s.findings().stream().map(Finding::code).toList());
        assertEquals(List.of("r2", "r1"), s.findings().stream().map(f -> f.object().id()).toList());
    }

    @Test
    void aDomainWithoutRoutesGoesQuietly() {
        Plan plan = plan().delete("genesyscloud_routing_email_domain.other", values("id", "empty.example.com",
                "domain_id", "empty.example.com", "subdomain", false)).read(dir);
        OrgSnapshot org = TestOrgs.of(List.of(domain("empty.example.com"), domain(DOMAIN), route("r1", "help", DOMAIN)),
                List.of());

        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(plan, org, dir).findings());
    }
}

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
 * Issue 15 item 3 (gap): an integration credential deleted or replaced while the configuration of an
 * integration this plan does not change still uses it (the integration listing with
 * {@code expand=config.current}: {@code config.current.credentials}).
 */
class CredentialScenarioTest {
    static final String CRED = "c4ed0000-0000-4000-8000-0000000000a1";
    static final String OTHER = "c4ed0000-0000-4000-8000-0000000000a2";

    @TempDir
    Path dir;

    static OrgObject integration(String id, String name, List<String> credentials) {
        return new OrgObject(id, name, "genesyscloud_integration", "INTEGRATION", null,
                Map.of("integrationType", "custom-rest-actions", "intendedState", "ENABLED", "credentialIds",
                        credentials), null, null);
    }

    static OrgSnapshot org() {
        return TestOrgs.of(List.of(integration("i1", "CRM Web Services", List.of(CRED)),
                integration("i2", "Billing REST", List.of(OTHER)),
                integration("i3", "CRM Sandbox", List.of(CRED))), List.of());
    }

    @Test
    void aCredentialDeletedWhileAnotherIntegrationUsesIt() {
        Plan plan = plan()
                .delete("genesyscloud_integration_credential.crm", values("id", CRED, "name", "CRM basic auth",
                        "credential_type_name", "basicAuth"))
                .update("genesyscloud_integration.sandbox", values("id", "i3", "intended_state", "ENABLED"),
                        values("id", "i3", "intended_state", "ENABLED", "config", List.of(Map.of("name", "CRM Sandbox",
                                "credentials", Map.of("basicAuth", OTHER)))))
                .read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of("Integration credential \"CRM basic auth\" is still used by integration \"CRM Web Services\""
                + " (as a credential its configuration uses), which Terraform does not manage: deleting it breaks that"
                + " integration"), s.findings(Finding.Code.DELETE_IN_USE).stream().map(Finding::message).toList());
        assertEquals("i1", s.findings(Finding.Code.DELETE_IN_USE).get(0).object().id());
    }

    @Test
    void aCredentialNothingUsesGoesQuietly() {
        Plan plan = plan().delete("genesyscloud_integration_credential.unused", values("id", "c4ed0000-0000-4000-8000-"
                + "0000000000ff", "name", "Unused", "credential_type_name", "basicAuth")).read(dir);

        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(plan, org(), dir).findings());
    }
}

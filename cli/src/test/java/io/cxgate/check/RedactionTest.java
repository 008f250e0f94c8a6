package io.cxgate.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.report.Format;
import io.cxgate.report.RenderOptions;
import io.cxgate.report.Renderers;
import io.cxgate.report.Report;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.Fixtures;

/**
 * Canary secrets placed where secrets hide in CX as Code plans must never appear in any output
 * format: sensitive marks in before and after, nested blocks, data-action headers (not marked by
 * the provider), integration credential fields, user passwords, a sensitive variable, the
 * config's maskPatterns and the credentials cxgate is given.
 */
class RedactionTest {
    private static final List<Format> IMPLEMENTED = List.of(Format.TEXT, Format.MARKDOWN, Format.JSON);

    @TempDir
    Path dir;

    private static String render(Report report, Format format) throws IOException {
        StringWriter out = new StringWriter();
        Renderers.REPORTS.forFormat(format, RenderOptions.PLAIN).render(report, out);
        return out.toString();
    }

    private Report check(Path plan, Optional<Path> config, Map<String, String> env) {
        return new CheckService(ResourceCatalog.bundled(), env).check(new CheckRequest(plan, "prod", config, dir,
                Optional.empty(), Optional.empty(), SimulationChoice.none(), Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"TEXT", "MARKDOWN", "JSON"})
    void secretsExampleLeaksNoCanaryInAnyFormat(Format format) throws IOException {
        Report report = check(Fixtures.repo("examples/plans/secrets.json"), Optional.empty(), Map.of());
        String out = render(report, format);
        assertFalse(out.contains("CANARY"), format + " leaked:\n" + out);
        assertTrue(out.contains("(sensitive)"), out);
    }

    @Test
    void cliOutputOfTheSecretsExampleHoldsNoCanary() {
        for (Format format : IMPLEMENTED) {
            CliRun run = CliRun.of("check", "--plan", Fixtures.repo("examples/plans/secrets.json").toString(), "--env",
                    "prod", "--format", format.id());
            assertFalse(run.out().contains("CANARY") || run.err().contains("CANARY"), run.out() + run.err());
        }
    }

    @Test
    void sensitiveVariableValueIsMaskedEvenWhereTerraformDidNotMarkIt() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.json"), ("{'format_version':'1.2','terraform_version':'1.9.8',"
                + "'variables':{'api_key':{'value':'CANARY-VAR-LATE-1234'}},"
                + "'resource_changes':[{'address':'genesyscloud_routing_queue.q','mode':'managed','type':'genesyscloud_routing_queue',"
                + "'name':'q','provider_name':'registry.terraform.io/mypurecloud/genesyscloud','change':{'actions':['update'],"
                + "'before':{'name':'Q','description':'old'},'after':{'name':'Q','description':'key=CANARY-VAR-LATE-1234'},"
                + "'after_unknown':{},'before_sensitive':{},'after_sensitive':{}}}],"
                + "'output_changes':{'key':{'actions':['update'],'before':'a','after':'CANARY-VAR-LATE-1234','after_unknown':false,"
                + "'before_sensitive':false,'after_sensitive':false}},"
                + "'configuration':{'root_module':{'variables':{'api_key':{'sensitive':true}}}}}").replace('\'', '"'));
        Report report = check(plan, Optional.empty(), Map.of());
        for (Format format : IMPLEMENTED) {
            String out = render(report, format);
            assertFalse(out.contains("CANARY"), format + " leaked:\n" + out);
        }
        assertEquals("key=(sensitive)", report.changes().get(0).attributes().get(0).after().asText());
        assertTrue(report.changes().get(0).attributes().get(0).sensitive());
    }

    @Test
    void maskPatternsAndCredentialValuesAreMasked() throws IOException {
        Path config = Files.writeString(dir.resolve("cxgate.yaml"), "maskPatterns: ['(?i)bearer\\s+\\S+']\n"
                + "environments:\n  prod:\n    protected: true\n    credentials: {clientIdEnv: GC_ID, clientSecretEnv: GC_SECRET}\n");
        Path plan = Files.writeString(dir.resolve("plan.json"), ("{'format_version':'1.2','resource_changes':["
                + "{'address':'genesyscloud_routing_queue.q','mode':'managed','type':'genesyscloud_routing_queue','name':'q',"
                + "'change':{'actions':['update'],'before':{'name':'Q','description':'Bearer CANARY-BEARER-1'},"
                + "'after':{'name':'Q','description':'secret CANARY-CLIENT-SECRET-9 and GENESYS-TOKEN-CANARY-2'}}}]}")
                .replace('\'', '"'));
        Report report = check(plan, Optional.of(config), Map.of("GC_SECRET", "CANARY-CLIENT-SECRET-9",
                "GENESYSCLOUD_ACCESS_TOKEN", "GENESYS-TOKEN-CANARY-2"));
        for (Format format : IMPLEMENTED) {
            String out = render(report, format);
            assertFalse(out.contains("CANARY"), format + " leaked:\n" + out);
        }
        assertEquals("(sensitive)", report.changes().get(0).attributes().get(0).before().asText());
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"TEXT", "MARKDOWN", "JSON"})
    void policyMessagesOnlySeeRedactedValues(Format format) throws IOException {
        Path policies = Files.createDirectories(dir.resolve("policies"));
        Files.writeString(policies.resolve("leak.yaml"), "apiVersion: cxgate/v1\nkind: Policy\nname: leak\nrules:\n"
                + "  - {name: echo, effect: warn, message: \"{{change.after}} {{change.before}}\"}\n"
                + "  - {name: fail, effect: warn, condition: \"change.after.password == 'x' || string(change.after) == ''\"}\n");
        Report report = new CheckService(ResourceCatalog.bundled(), Map.of()).check(new CheckRequest(
                Fixtures.repo("examples/plans/secrets.json"), "prod", Optional.empty(), dir, Optional.empty(),
                Optional.of(policies), SimulationChoice.none(), Optional.empty(), Optional.empty()));
        assertFalse(report.policies().isEmpty());
        String out = render(report, format);
        assertFalse(out.contains("CANARY"), format + " leaked:\n" + out);
    }
    @Test
    void secretsByNameAreMaskedAtAnyDepthInMapKeysOutputsAndVariables() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.json"), ("{'format_version':'1.2',"
                + "'variables':{'facebook_app_secret':{'value':'CANARY-VAR-NAME-77'},'debug':{'value':true}},"
                + "'resource_changes':[{'address':'acme_thing.t','mode':'managed','type':'acme_thing','name':'t',"
                + "'change':{'actions':['update'],'before':{'name':'T','oauth_token_url':'https://login.example/token',"
                + "'settings':[{'nested':{'clientSecret':'CANARY-DEEP-1'}}],'extra':{'X-Api-Key':'CANARY-MAPKEY-2'},"
                + "'note':'x'},"
                + "'after':{'name':'T','oauth_token_url':'https://login.example/token2',"
                + "'settings':[{'nested':{'clientSecret':'CANARY-DEEP-3'}}],'extra':{'X-Api-Key':'CANARY-MAPKEY-4'},"
                + "'note':'uses CANARY-VAR-NAME-77'}}}],"
                + "'output_changes':{'bot_token':{'actions':['update'],'before':'CANARY-OUT-5','after':'CANARY-OUT-6',"
                + "'after_unknown':false,'before_sensitive':false,'after_sensitive':false}}}").replace('\'', '"'));
        Report report = check(plan, Optional.empty(), Map.of());
        for (Format format : IMPLEMENTED) {
            String out = render(report, format);
            assertFalse(out.contains("CANARY"), format + " leaked:\n" + out);
            assertTrue(out.contains("https://login.example/token2"), format + " hid a URL named after a token:\n" + out);
        }
    }
}

package io.cxgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cxgate.policy.Decision;
import io.cxgate.policy.PolicyResult;
import io.cxgate.policy.RequiredApproval;
import io.cxgate.policy.Rule;
import io.cxgate.policy.WaiverResult;
import io.cxgate.testing.Plans;

class TextRendererTest {
    private static String render(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new TextRenderer(RenderOptions.PLAIN).render(report, out);
        return out.toString();
    }

    @Test
    void theReportOpensWithTheVerdictApproversReasonsAndTheRulesFired() throws IOException {
        RequiredApproval ops = new RequiredApproval("cc-operations", 1);
        Report report = Report.builder("prod", Plans.bundle("queue-delete.json"))
                .policies(List.of(new PolicyResult("routing-objects", "queue-delete", Rule.Effect.REQUIRE_APPROVAL, Rule.Enforcement.MANDATORY,
                        List.of("module.queues.genesyscloud_routing_queue.spanish_legacy"), "Deleting Queue \"Spanish Line (legacy)\"",
                        ops, null)))
                .waivers(List.of(new WaiverResult("flow-delete", "module.flows.x", "alice", "CHG-1", "2026-12-31", WaiverResult.Status.APPLIED)))
                .decision(new Decision.ApprovalRequired(List.of(ops), List.of("queue-delete: Deleting Queue \"Spanish Line (legacy)\"")))
                .build();
        String out = render(report);
        assertTrue(out.startsWith("""
                cxgate: APPROVAL REQUIRED  environment prod
                Required approvals: cc-operations × 1
                  - queue-delete: Deleting Queue "Spanish Line (legacy)"

                Rules fired
                  require_approval          queue-delete (routing-objects)  [cc-operations × 1]
                        Deleting Queue "Spanish Line (legacy)"
                        module.queues.genesyscloud_routing_queue.spanish_legacy

                Waivers
                  applied  flow-delete for module.flows.x (owner alice, expires 2026-12-31): CHG-1

                Plan    """), out);
    }

    @Test
    void aFiringWithManyAddressesListsTheFirstTen() throws IOException {
        List<String> addresses = IntStream.range(0, 40_000).mapToObj(i -> "genesyscloud_routing_queue.q" + i).toList();
        Report report = Report.builder("prod", Plans.bundle("queue-delete.json"))
                .policies(List.of(new PolicyResult("p", "drift-present", Rule.Effect.WARN, Rule.Enforcement.ADVISORY, addresses, "drifted", null,
                        "key 'x' is not present in map")))
                .decision(new Decision.Allow(List.of("no mandatory rule denies the plan or requires approval")))
                .build();
        String out = render(report);
        assertTrue(out.contains("  warn             advisory drift-present (p)\n        drifted\n        error: key 'x' is not"
                + " present in map\n        genesyscloud_routing_queue.q0\n"), out);
        assertTrue(out.contains("        genesyscloud_routing_queue.q9\n        … and 39990 more\n"), out);
        assertEquals(-1, out.indexOf("genesyscloud_routing_queue.q10\n"), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"release", "skill-rename", "secrets", "errored", "skill-rename.prod-snapshot",
            "release.prod-snapshot"})
    void examplePlansRenderAsTheGoldenFiles(String example) throws IOException {
        GoldenReports.assertMatchesGolden(new TextRenderer(RenderOptions.PLAIN), example, "txt");
    }

    @Test
    void colourIsUsedOnlyWhenAskedFor() throws IOException {
        StringWriter plain = new StringWriter();
        new TextRenderer(RenderOptions.PLAIN).render(GoldenReports.exampleReport("release"), plain);
        assertFalse(plain.toString().contains("\u001b["));
        StringWriter coloured = new StringWriter();
        new TextRenderer(new RenderOptions(true)).render(GoldenReports.exampleReport("release"), coloured);
        assertTrue(coloured.toString().contains("\u001b[32m"));
    }
    @Test
    void aFindingsImportBlockPrintsOneArgumentPerLineReadyToPaste() throws IOException {
        String block = "import {\n  to = genesyscloud_routing_skill.german\n  id = \"8a77\"\n}";
        Report report = Report.builder("prod", Plans.bundle("queue-delete.json"))
                .findings(List.of(new io.cxgate.simulate.Finding(io.cxgate.simulate.Finding.Code.NAME_CONFLICT, io.cxgate.simulate.Finding.Severity.ERROR,
                        "genesyscloud_routing_skill.german", null, "Skill \"German\" already exists. Import it:\n" + block)))
                .decision(new Decision.Allow(List.of("ok"))).build();
        String text = render(report);
        assertTrue(text.contains(" Import it:\n        import {\n          to = genesyscloud_routing_skill.german\n"
                + "          id = \"8a77\"\n        }\n"), text);
        StringWriter md = new StringWriter();
        new MarkdownRenderer().render(report, md);
        assertTrue(md.toString().contains("Import it:<br>import {<br>  to = genesyscloud_routing_skill.german<br>"
                + "  id = \"8a77\"<br>}"), md.toString());
    }
}

package io.cxgate.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cxgate.check.CheckRequest;
import io.cxgate.check.CheckService;
import io.cxgate.check.SimulationChoice;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.plan.Action;
import io.cxgate.plan.ResourceChange;
import io.cxgate.policy.WaiverResult;
import io.cxgate.testing.Fixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A report with every section filled, for the goldens of the CI formats: the {@code skill-rename} example plan
 * (a delete, a replace, updates, drift) checked for prod against {@code examples/orgs/prod-snapshot.json} (seven
 * live-org findings) with the bundled {@code policies/} and prod protected (rule firings, approvals required), plus one applied and one
 * expired waiver.
 */
public final class SampleReports {
    private SampleReports() {
    }

    public static Report full() {
        Path plan = Fixtures.repo("examples/plans/skill-rename.json");
        Report checked = new CheckService(ResourceCatalog.bundled(), Map.of()).check(new CheckRequest(plan, "prod",
                Optional.of(Fixtures.repo("cli/src/test/resources/config/ci-sample/cxgate.yaml")), plan.getParent(), Optional.of(Fixtures.repo("examples")),
                Optional.of(Fixtures.repo("policies")),
                SimulationChoice.snapshot(Fixtures.repo("examples/orgs/prod-snapshot.json")), Optional.empty(),
                Optional.of(io.cxgate.policy.ClockPin.of(Instant.parse("2026-11-24T21:00:00Z")))));
        List<WaiverResult> waivers = new ArrayList<>(checked.waivers());
        waivers.add(new WaiverResult("flow-publish-needs-review", "module.flows.genesyscloud_flow.inbound_main",
                "carol", "hotfix agreed with CX leads <INC-4711>", "2026-12-31", WaiverResult.Status.APPLIED));
        waivers.add(new WaiverResult("queue-settings-change", "module.queues.genesyscloud_routing_queue.sales", "bob",
                "peak season & \"temporary\" settings", "2026-01-31", WaiverResult.Status.EXPIRED));
        Report r = checked;
        return new Report(r.schemaVersion(), r.environment(), r.plan(), r.simulation(), r.summary(), r.changes(),
                r.drift(), r.outputs(), r.findings(), r.policies(), waivers, r.decision(), r.warnings());
    }

    /** The same plan without the org snapshot: approvals required (cc-operations × 1), no findings, no waivers. */
    public static Report approvalRequired() {
        return check(SimulationChoice.none());
    }

    private static Report check(SimulationChoice simulation) {
        Path plan = Fixtures.repo("examples/plans/skill-rename.json");
        return new CheckService(ResourceCatalog.bundled(), Map.of()).check(new CheckRequest(plan, "prod",
                Optional.of(Fixtures.repo("cli/src/test/resources/config/ci-sample/cxgate.yaml")), plan.getParent(),
                Optional.of(Fixtures.repo("examples")), Optional.of(Fixtures.repo("policies")), simulation,
                Optional.empty(), Optional.of(io.cxgate.policy.ClockPin.of(Instant.parse("2026-11-24T21:00:00Z")))));
    }

    /** {@code r} with {@code extra} more ordinary updates (copies of its first detailed update) after its changes. */
    public static Report withOrdinaryChanges(Report r, int extra) {
        ResourceChange t = r.changes().stream().filter(c -> c.action() == Action.UPDATE)
                .filter(c -> !c.attributes().isEmpty()).findFirst().orElseThrow();
        List<ResourceChange> changes = new ArrayList<>(r.changes());
        for (int i = 0; i < extra; i++) {
            changes.add(new ResourceChange(t.address() + "_" + i, t.moduleAddress(), t.mode(), t.type(),
                    t.name() + "_" + i, t.index(), t.providerName(), t.label() + " " + i, t.action(), t.actions(),
                    t.actionReason(), t.importing(), t.importId(), t.previousAddress(), t.deposed(), t.attributes(),
                    t.replacePaths(), t.values()));
        }
        return new Report(r.schemaVersion(), r.environment(), r.plan(), r.simulation(), r.summary(), changes,
                r.drift(), r.outputs(), r.findings(), r.policies(), r.waivers(), r.decision(), r.warnings());
    }

    public static String render(Renderer renderer, Report report) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().replace(Fixtures.repoRoot().toString(), "<repo>");
    }

    /** Compares with {@code expected/<name>}; {@code -Dcxgate.updateGolden=true} rewrites it. */
    public static void assertGolden(String actual, String name) throws IOException {
        Path golden = Fixtures.repo("cli/src/test/resources/expected/" + name);
        if (Boolean.getBoolean("cxgate.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden file " + golden);
    }
}

package io.cxgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.cxgate.check.CheckRequest;
import io.cxgate.check.CheckService;
import io.cxgate.check.SimulationChoice;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.policy.ClockPin;
import io.cxgate.testing.Fixtures;

/**
 * Renders reports and compares them with golden files under {@code src/test/resources/expected/}. Run with
 * {@code -Dcxgate.updateGolden=true} after an intended change: the new files are written and the run fails, so
 * that an update is never mistaken for a pass; review the diff, then run again without the property.
 */
final class GoldenReports {
    /** The full scenario: a config, policies, waivers and flow files beside its plan. */
    static final String FULL = "full";
    /** The policy clock of the full scenario: a Tuesday afternoon, outside "Mon-Thu 20:00-23:00". */
    static final Instant FULL_NOW = Instant.parse("2026-12-01T14:00:00Z");

    private GoldenReports() {
    }

    /**
     * An example plan checked for prod: {@code release} alone, or {@code skill-rename.prod-snapshot} against
     * the org snapshot {@code examples/orgs/prod-snapshot.json} (flow files from {@code examples/}), or
     * {@link #FULL}: {@code src/test/resources/reports/full/plan.json} checked with the config, policies and
     * waivers beside it against the same snapshot, so that every part of the report is filled.
     */
    static Report exampleReport(String example) {
        if (example.equals(FULL)) {
            return fullReport();
        }
        int dot = example.indexOf('.');
        Path plan = Fixtures.repo("examples/plans/" + (dot < 0 ? example : example.substring(0, dot)) + ".json");
        SimulationChoice simulation = dot < 0 ? SimulationChoice.none()
                : SimulationChoice.snapshot(Fixtures.repo("examples/orgs/" + example.substring(dot + 1) + ".json"));
        return new CheckService(ResourceCatalog.bundled(), Map.of()).check(new CheckRequest(plan, "prod",
                Optional.empty(), plan.getParent(), Optional.of(Fixtures.repo("examples")), Optional.empty(),
                simulation, Optional.empty(), Optional.empty()));
    }

    static Report fullReport() {
        Path dir = Fixtures.repo("cli/src/test/resources/reports/full");
        return new CheckService(ResourceCatalog.bundled(), Map.of()).check(new CheckRequest(dir.resolve("plan.json"),
                "prod", Optional.of(dir.resolve("cxgate.yaml")), dir, Optional.of(dir), Optional.empty(),
                SimulationChoice.snapshot(Fixtures.repo("examples/orgs/prod-snapshot.json")), Optional.empty(),
                Optional.of(ClockPin.of(FULL_NOW))));
    }

    static String render(Renderer<Report> renderer, Report report) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(report, out);
        return out.toString().replace(Fixtures.repoRoot().toString(), "<repo>");
    }

    static void assertMatchesGolden(Renderer<Report> renderer, String example, String extension) throws IOException {
        String actual = render(renderer, exampleReport(example));
        Path golden = Fixtures.repo("cli/src/test/resources/expected/" + example + "." + extension);
        if (Boolean.getBoolean("cxgate.updateGolden")) {
            String before = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            fail((actual.equals(before) ? "unchanged " : "rewrote ") + golden
                    + " (-Dcxgate.updateGolden): review the diff, then run again without it");
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden file " + golden);
    }
}

package io.cxgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import io.cxgate.check.CheckRequest;
import io.cxgate.check.CheckService;
import io.cxgate.check.SimulationChoice;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.testing.Fixtures;

/**
 * Renders the bundled example plans and compares with golden files under
 * {@code src/test/resources/expected/}. Run with {@code -Dcxgate.updateGolden=true} to rewrite them
 * after an intended change, then review the diff.
 */
final class GoldenReports {
    private GoldenReports() {
    }

    /**
     * An example plan checked for prod: {@code release} alone, or {@code skill-rename.prod-snapshot} against
     * the org snapshot {@code examples/orgs/prod-snapshot.json} (flow files from {@code examples/}).
     */
    static Report exampleReport(String example) {
        int dot = example.indexOf('.');
        Path plan = Fixtures.repo("examples/plans/" + (dot < 0 ? example : example.substring(0, dot)) + ".json");
        SimulationChoice simulation = dot < 0 ? SimulationChoice.none()
                : SimulationChoice.snapshot(Fixtures.repo("examples/orgs/" + example.substring(dot + 1) + ".json"));
        return new CheckService(ResourceCatalog.bundled(), Map.of()).check(new CheckRequest(plan, "prod",
                Optional.empty(), plan.getParent(), Optional.of(Fixtures.repo("examples")), Optional.empty(),
                simulation, Optional.empty(), Optional.empty()));
    }

    static void assertMatchesGolden(Renderer<Report> renderer, String example, String extension) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(exampleReport(example), out);
        String actual = out.toString().replace(Fixtures.repoRoot().toString(), "<repo>");
        Path golden = Fixtures.repo("cli/src/test/resources/expected/" + example + "." + extension);
        if (Boolean.getBoolean("cxgate.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden file " + golden);
    }
}

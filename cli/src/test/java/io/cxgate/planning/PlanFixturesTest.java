package io.cxgate.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.cxgate.bundle.Bundle;
import io.cxgate.files.Digests;
import io.cxgate.check.CheckRequest;
import io.cxgate.check.CheckService;
import io.cxgate.check.SimulationChoice;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.report.Report;
import io.cxgate.terraform.CommonsExecTerraformRunner;
import io.cxgate.testing.Fixtures;
import io.cxgate.testing.TerraformWorkspace;

/**
 * Real {@code terraform show -json} output (the shared fixtures) and the repository's example plans replayed as
 * the stand-in's {@code show -json}: each gives a complete bundle whose decision is what {@code cxgate check} says.
 */
class PlanFixturesTest {
    @TempDir
    Path tmp;

    static Stream<String> plans() {
        return Stream.of(
                "examples/plans/release.json",
                "examples/plans/skill-rename.json",
                "examples/plans/secrets.json",
                "examples/plans/errored.json",
                "shared:terraform-real/hashicorp-terraform-json/110_sensitive_values.plan.json",
                "shared:terraform-real/hashicorp-terraform-json/moved_block.plan.json",
                "shared:terraform-real/hashicorp-terraform-mpl/show-json/nested-modules.json",
                "shared:terraform-real/hashicorp-terraform-mpl/show-json/plan-error.json",
                "shared:terraform-real/hashicorp-terraform-mpl/cloud/plan-json-full.unredacted.json",
                "shared:terraform-real/hashicorp-terraform-mpl/equivalence/fully_populated_complex_update.plan.json");
    }

    private static Path resolve(String name) {
        return name.startsWith("shared:") ? Fixtures.shared(name.substring("shared:".length())) : Fixtures.repo(name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void aRealShowJsonGivesACompleteBundleWithCheckDecision(String name) throws Exception {
        Path plan = resolve(name);
        TerraformWorkspace ws = TerraformWorkspace.create(tmp);
        ws.terraform().showing(plan).install();
        StringWriter stderr = new StringWriter();
        PlanService service = new PlanService(ws.environment(), binary -> new CommonsExecTerraformRunner(binary,
                new PrintWriter(stderr, true), Duration.ofSeconds(5), Duration.ofMillis(200)), Clock.systemUTC());

        PlanOutcome outcome = service.plan(new PlanRequest("dev", Optional.of(ws.config()), ws.dir(),
                Optional.of(tmp.resolve("bundle")), SimulationChoice.fromConfig(), Optional.empty(), Optional.empty()));

        Report checked = new CheckService(ResourceCatalog.bundled(), ws.environment()).check(new CheckRequest(plan, "dev",
                Optional.of(ws.config()), ws.dir(), Optional.of(ws.dir()), Optional.empty(), SimulationChoice.fromConfig(),
                Optional.empty(), Optional.empty()));
        assertEquals(checked.decision(), outcome.report().decision());
        assertEquals(checked.summary(), outcome.report().summary());
        assertEquals(Digests.ofFile(plan), outcome.bundle().files().get(Bundle.PLAN_JSON), "plan.json is show's output, byte for byte");
        for (String file : Bundle.DIGESTED_FILES) {
            assertTrue(Files.isRegularFile(tmp.resolve("bundle").resolve(file)), file);
        }
        for (String out : new String[] {stderr.toString(), Files.readString(tmp.resolve("bundle/report.json")),
                Files.readString(tmp.resolve("bundle/report.md")), Files.readString(tmp.resolve("bundle/bundle.json"))}) {
            assertFalse(out.contains("CANARY-"), out);
        }
    }
}

package io.cxgate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.plan.Plan;
import io.cxgate.plan.PlanReader;
import io.cxgate.redact.Redactor;

/** Plans for tests: the default bundle's hand-written test plans, the examples, or JSON written in the test. */
public final class Plans {
    private static final PlanReader READER = new PlanReader(ResourceCatalog.bundled(), Redactor.none());

    private Plans() {
    }

    /** {@code policies/tests/plans/<name>} of the repository. */
    public static Plan bundle(String name) {
        return READER.read(Fixtures.repo("policies/tests/plans/" + name));
    }

    /** {@code examples/plans/<name>} of the repository. */
    public static Plan example(String name) {
        return READER.read(Fixtures.repo("examples/plans/" + name));
    }

    /**
     * A plan of the given {@code resource_changes} entries (JSON objects, comma-separated), written to {@code dir}.
     * Each entry needs address, type, name and change.actions/before/after.
     */
    public static Plan inline(Path dir, String resourceChanges) {
        String json = "{\"format_version\":\"1.2\",\"terraform_version\":\"1.9.8\",\"planned_values\":{},"
                + "\"resource_changes\":[" + resourceChanges + "],\"applyable\":true,\"complete\":true,\"errored\":false}";
        try {
            Path file = Files.createTempFile(dir, "plan", ".json");
            Files.writeString(file, json);
            return READER.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One {@code resource_changes} entry in the root module. */
    public static String change(String type, String name, String actions, String before, String after) {
        return "{\"address\":\"" + type + "." + name + "\",\"mode\":\"managed\",\"type\":\"" + type + "\",\"name\":\""
                + name + "\",\"provider_name\":\"registry.terraform.io/mypurecloud/genesyscloud\",\"change\":{\"actions\":"
                + actions + ",\"before\":" + before + ",\"after\":" + after + ",\"after_unknown\":{}}}";
    }
}

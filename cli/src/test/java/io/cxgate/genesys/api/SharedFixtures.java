package io.cxgate.genesys.api;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The public fixtures in {@code ../shared/fixtures/} beside the clone, found from the reactor root
 * (the {@code cxgate.root} system property Maven sets). Absent: the test is skipped with a message,
 * unless {@code CXGATE_REQUIRE_FIXTURES=1}, when it fails.
 */
final class SharedFixtures {
    private SharedFixtures() {
    }

    static Path dir(String relative) {
        String root = System.getProperty("cxgate.root", ".");
        Path dir = Path.of(root).toAbsolutePath().normalize().resolveSibling("shared").resolve("fixtures").resolve(relative);
        if (!Files.isDirectory(dir)) {
            String message = "shared fixtures not found at " + dir + " (expected ../shared/fixtures beside the clone)";
            if ("1".equals(System.getenv("CXGATE_REQUIRE_FIXTURES"))) {
                throw new AssertionError(message + "; CXGATE_REQUIRE_FIXTURES=1 makes this a failure");
            }
            Assumptions.abort(message + "; skipped");
        }
        return dir;
    }
}

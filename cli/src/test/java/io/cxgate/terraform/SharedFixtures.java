package io.cxgate.terraform;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public fixtures in {@code ../shared/fixtures/} beside the clone, found from the reactor root
 * (system property {@code cxgate.root}, set by surefire). Absent: the test is skipped with a message,
 * unless {@code CXGATE_REQUIRE_FIXTURES=1}, when it fails.
 */
final class SharedFixtures {
    private SharedFixtures() {
    }

    /** A file under {@code ../shared/fixtures/terraform-real/}. */
    static Path terraformReal(String relative) {
        Path file = root().resolve("terraform-real").resolve(relative);
        require(Files.isRegularFile(file), "shared fixture " + file + " is missing");
        return file;
    }

    private static Path root() {
        String reactorRoot = System.getProperty("cxgate.root");
        require(reactorRoot != null && !reactorRoot.isBlank(),
                "system property cxgate.root is not set (run the tests through Maven), so ../shared/fixtures cannot be found");
        Path fixtures = Path.of(reactorRoot).resolve("../shared/fixtures").normalize();
        require(Files.isDirectory(fixtures), "shared fixtures folder " + fixtures + " is absent");
        return fixtures;
    }

    private static void require(boolean condition, String message) {
        if (condition) {
            return;
        }
        if ("1".equals(System.getenv("CXGATE_REQUIRE_FIXTURES"))) {
            fail(message + " and CXGATE_REQUIRE_FIXTURES=1");
        }
        assumeTrue(false, message + ": skipping (set CXGATE_REQUIRE_FIXTURES=1 to fail instead)");
    }
}

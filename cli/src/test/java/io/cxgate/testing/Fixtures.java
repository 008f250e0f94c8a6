package io.cxgate.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates test data. The repository's own data is found from the reactor root; the shared public
 * fixtures live beside the clone ({@code ../shared/fixtures}). Tests that need the shared
 * fixtures are skipped with a message when they are absent, unless {@code CXGATE_REQUIRE_FIXTURES=1}
 * (CI), when they fail.
 */
public final class Fixtures {
    private Fixtures() {
    }

    /** The repository root (set by surefire as {@code cxgate.root}; falls back to the parent of the module). */
    public static Path repoRoot() {
        String root = System.getProperty("cxgate.root");
        if (root != null && !root.isBlank()) {
            return Path.of(root).toAbsolutePath().normalize();
        }
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("cli")) ? here : here.getParent();
    }

    public static Path repo(String relative) {
        return repoRoot().resolve(relative);
    }

    /** {@code ../shared/fixtures/<relative>}, or the test is skipped (or failed in CI) when absent. */
    public static Path shared(String relative) {
        Path fixtures = repoRoot().resolve("../shared/fixtures").normalize();
        if (!Files.isDirectory(fixtures)) {
            String message = "shared fixtures not found at " + fixtures
                    + " (clone beside ../shared to run these tests)";
            if ("1".equals(System.getenv("CXGATE_REQUIRE_FIXTURES"))) {
                Assertions.fail(message + "; CXGATE_REQUIRE_FIXTURES=1 requires them");
            }
            Assumptions.abort(message);
        }
        return fixtures.resolve(relative);
    }

    /**
     * {@code ../shared/reference/<relative>} (the pinned provider's schema sources and docs), or the test is skipped
     * (or failed in CI) when absent, like {@link #shared}.
     */
    public static Path sharedReference(String relative) {
        Path reference = repoRoot().resolve("../shared/reference").resolve(relative).normalize();
        if (!Files.isDirectory(reference)) {
            String message = "shared reference not found at " + reference
                    + " (clone beside ../shared to run these tests)";
            if ("1".equals(System.getenv("CXGATE_REQUIRE_FIXTURES"))) {
                Assertions.fail(message + "; CXGATE_REQUIRE_FIXTURES=1 requires it");
            }
            Assumptions.abort(message);
        }
        return reference;
    }

    /** Whether the shared fixtures exist, for parameter sources that must not throw. */
    public static boolean sharedPresent() {
        return Files.isDirectory(repoRoot().resolve("../shared/fixtures"));
    }
}

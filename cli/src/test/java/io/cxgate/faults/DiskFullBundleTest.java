package io.cxgate.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.CxgateException;
import io.cxgate.bundle.StagedBundle;
import io.cxgate.files.AtomicFiles;

/**
 * A bundle written to a file system that fills up: a real 64 KiB tmpfs mounted for the test (skipped where the
 * machine does not allow mounting). The write fails with a message naming the file and the cause, and neither the
 * bundle nor any staging or temporary file is left behind.
 */
class DiskFullBundleTest {
    @TempDir
    Path tmp;
    private Path small;
    private boolean mounted;

    @BeforeEach
    void mountSmallFileSystem() throws IOException, InterruptedException {
        small = Files.createDirectories(tmp.resolve("small"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", small.toString())
                .redirectErrorStream(true).start();
        mount.getInputStream().readAllBytes();
        mounted = mount.waitFor() == 0;
        assumeTrue(mounted, "mounting a tmpfs is not permitted here");
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        if (mounted) {
            new ProcessBuilder("umount", small.toString()).redirectErrorStream(true).start().waitFor();
        }
    }

    @Test
    void aBundleThatDoesNotFitFailsCleanlyAndLeavesNothing() throws IOException {
        Path target = small.resolve("bundles/prod-1");
        String big = "x".repeat(256 * 1024);
        try (StagedBundle staged = StagedBundle.create(target)) {
            AtomicFiles.writeString(staged.file("report.md"), "# small\n", false);
            CxgateException e = assertThrows(CxgateException.class,
                    () -> AtomicFiles.writeString(staged.file("plan.json"), big, false));
            assertTrue(e.getMessage().contains("plan.json"), e.getMessage());
            assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
            // the failed file's temporary sibling is gone; what was written before is intact
            assertEquals(List.of("report.md"), names(staged.dir()));
        }
        assertFalse(Files.exists(target));
        assertEquals(List.of(), names(small.resolve("bundles")));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

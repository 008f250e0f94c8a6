package io.cxgate.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.InvalidInputException;

class StagedBundleTest {
    @TempDir
    Path tmp;

    private List<String> listing() throws IOException {
        try (Stream<Path> entries = Files.list(tmp.resolve("bundles"))) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aStagedBundleIsHiddenBesideItsTargetUntilCommitted() throws IOException {
        Path target = tmp.resolve("bundles/dev-1");
        try (StagedBundle staged = StagedBundle.create(target)) {
            Files.writeString(staged.file("bundle.json"), "{}");
            assertFalse(Files.exists(target));
            assertEquals(target.getParent(), staged.dir().getParent());
            assertTrue(staged.dir().getFileName().toString().startsWith(".dev-1.partial-"));

            staged.commit();
        }

        assertEquals("{}", Files.readString(target.resolve("bundle.json")));
        assertEquals(List.of("dev-1"), listing());
    }

    @Test
    void closingWithoutCommittingDeletesEverything() throws IOException {
        try (StagedBundle staged = StagedBundle.create(tmp.resolve("bundles/dev-1"))) {
            Files.createDirectories(staged.file("sub"));
            Files.writeString(staged.file("sub/plan.json"), "{}");
        }

        assertEquals(List.of(), listing());
    }

    @Test
    void anExistingTargetIsRefused() throws IOException {
        Files.createDirectories(tmp.resolve("bundles/dev-1"));

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> StagedBundle.create(tmp.resolve("bundles/dev-1")));

        assertTrue(e.getMessage().endsWith("already exists; a bundle is never overwritten (choose another --out)"));
        assertEquals(List.of("dev-1"), listing());
    }

    @Test
    void aTargetThatAppearsMeanwhileIsNeverOverwritten() throws IOException {
        Path target = tmp.resolve("bundles/dev-1");
        try (StagedBundle staged = StagedBundle.create(target)) {
            Files.createDirectories(target);
            Files.writeString(target.resolve("theirs"), "x");

            assertThrows(io.cxgate.CxgateException.class, staged::commit);
        }

        assertEquals(List.of("theirs"), Files.list(target).map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of("dev-1"), listing());
    }
    @Test
    void twoDefaultNamedBundlesOfTheSameSecondBothLandUnderTheirOwnNames() throws IOException {
        Path target = tmp.resolve("bundles/dev-20261126T090000Z");
        try (StagedBundle first = StagedBundle.createNumbered(target);
             StagedBundle second = StagedBundle.createNumbered(target)) {
            Files.writeString(first.file("bundle.json"), "first");
            Files.writeString(second.file("bundle.json"), "second");
            first.commit();
            second.commit();
            assertEquals(target, first.target());
            assertEquals(tmp.resolve("bundles/dev-20261126T090000Z-2"), second.target());
        }
        assertEquals("first", Files.readString(target.resolve("bundle.json")));
        assertEquals("second", Files.readString(tmp.resolve("bundles/dev-20261126T090000Z-2/bundle.json")));
        assertEquals(List.of("dev-20261126T090000Z", "dev-20261126T090000Z-2"), listing());
    }
}

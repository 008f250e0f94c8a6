package io.cxgate.terraform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.InvalidInputException;

class BinaryLocatorTest {
    @TempDir
    Path tmp;

    private Path executable(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Path file = Files.writeString(dir.resolve(name), "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    @Test
    void aNameIsLookedUpOnTheChildsPathInOrder() throws IOException {
        executable(tmp.resolve("a"), "other");
        Path second = executable(tmp.resolve("b"), "terraform");
        executable(tmp.resolve("c"), "terraform");

        Path found = BinaryLocator.locate("terraform", Map.of("PATH", tmp.resolve("a") + ":" + tmp.resolve("b") + ":"
                + tmp.resolve("c")));

        assertEquals(second, found);
    }

    @Test
    void relativePathEntriesAreNeverSearched() throws IOException {
        executable(tmp.resolve("bin"), "tofu");

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BinaryLocator.locate("tofu", Map.of("PATH", "bin:.:")));

        assertEquals("terraform binary 'tofu' not found on PATH (terraform.binary in cxgate.yaml)", e.getMessage());
    }

    @Test
    void aFileThatIsNotExecutableIsNotTheBinary() throws IOException {
        Path file = Files.writeString(tmp.resolve("terraform"), "data");

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BinaryLocator.locate(file.toString(), Map.of()));

        assertEquals("terraform binary '" + file + "' is not executable (terraform.binary in cxgate.yaml)", e.getMessage());
    }

    @Test
    void aMissingPathIsNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BinaryLocator.locate("/opt/none/terraform", Map.of()));

        assertEquals("terraform binary '/opt/none/terraform' not found (terraform.binary in cxgate.yaml)", e.getMessage());
    }
}

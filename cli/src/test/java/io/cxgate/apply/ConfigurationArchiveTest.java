package io.cxgate.apply;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.apply.internal.TarGzWriter;

/** The archive format: what {@code tar} reads back, byte for byte, long names included; reproducible bytes. */
class ConfigurationArchiveTest {
    @TempDir
    Path tmp;

    @Test
    void tarReadsBackEveryFileAndLongNames() throws Exception {
        String longName = "modules/" + "very-long-directory-name/".repeat(6) + "main.tf";
        byte[] archive = archive(List.of("main.tf", longName, "_inputs/envs/prod.tfvars"),
                List.of("terraform {}\n", "# deep\n", "x = \"é\"\n"));
        Path file = tmp.resolve("a.tar.gz");
        Files.write(file, archive);
        Process list = new ProcessBuilder("tar", "-tzf", file.toString()).start();
        String names = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, list.waitFor());
        assertEquals(List.of("main.tf", longName, "_inputs/envs/prod.tfvars"), List.of(names.strip().split("\n")));
        Process extract = new ProcessBuilder("tar", "-xzf", file.toString(), "-C", tmp.toString()).start();
        assertEquals(0, extract.waitFor(), new String(extract.getErrorStream().readAllBytes()));
        assertEquals("# deep\n", Files.readString(tmp.resolve(longName)));
        assertEquals("x = \"é\"\n", Files.readString(tmp.resolve("_inputs/envs/prod.tfvars")));
    }

    @Test
    void theSameFilesGiveTheSameBytes() throws IOException {
        List<String> names = List.of("a.tf", "b.tf");
        List<String> texts = List.of("1\n", "2\n");
        assertArrayEquals(archive(names, texts), archive(names, texts));
    }

    @Test
    void inputsOutsideTheModuleGoUnderInputs() {
        Path root = tmp.resolve("repo/terraform");
        assertEquals("main.tf", ConfigurationArchive.archiveName(root, tmp.resolve("repo"), root.resolve("main.tf")));
        assertEquals("_inputs/envs/prod.tfvars", ConfigurationArchive.archiveName(root, tmp.resolve("repo"),
                tmp.resolve("repo/envs/prod.tfvars")));
    }

    private static byte[] archive(List<String> names, List<String> texts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarGzWriter tar = new TarGzWriter(out, Instant.parse("2026-11-26T09:00:00Z"))) {
            for (int i = 0; i < names.size(); i++) {
                tar.add(names.get(i), texts.get(i).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}

package io.cxgate.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
import io.cxgate.apply.internal.TarGzWriter;
import io.cxgate.config.EnvironmentConfig;
import io.cxgate.config.RecordsSettings;
import io.cxgate.config.SimulationMode;
import io.cxgate.identity.Identity;
import io.cxgate.record.BlobKind;
import io.cxgate.record.EntryKind;
import io.cxgate.record.NewEntry;
import io.cxgate.record.RecordStore;

/** Unpacking a deployment's configuration archive from an encrypting store, and mapping today's inputs onto it. */
class ArchivedConfigurationTest {
    private static final Map<String, String> KEYS = Map.of("CXGATE_RECORDS_KEY", "a records key for the test 0123456789");

    @TempDir
    Path tmp;

    @Test
    void unpacksTheDecryptedArchiveOwnerOnlyAndMapsVarFilesAndBackendConfig() throws Exception {
        Path checkout = tmp.resolve("repo/terraform");
        Path configDir = tmp.resolve("repo");
        try (RecordStore store = store()) {
            assertTrue(store.encrypts());
            deploy(store, archive(Map.entry("main.tf", "module \"queues\" {}\n"),
                    Map.entry("flows/inbound_main.yaml", "inboundCall: {}\n"),
                    Map.entry("_inputs/envs/dev.tfvars", "crm_password = \"archived\"\n"),
                    Map.entry("_inputs/envs/dev.backend.hcl", "key = \"dev\"\n")));
            ArchivedConfiguration archived = ArchivedConfiguration.extract(store, "dev-0001", tmp.resolve("unpacked"));

            assertEquals("dev-0001", archived.id());
            assertEquals("inboundCall: {}\n", Files.readString(archived.root().resolve("flows/inbound_main.yaml")));
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(archived.root().resolve("main.tf"))));
            EnvironmentConfig env = archived.environment(dev(configDir.resolve("envs/dev.tfvars"),
                    configDir.resolve("envs/dev.backend.hcl")), checkout, configDir);
            assertEquals(List.of(archived.root().resolve("_inputs/envs/dev.tfvars")), env.varFiles());
            assertEquals(Optional.of(archived.root().resolve("_inputs/envs/dev.backend.hcl")), env.backendConfig());
            assertEquals("crm_password = \"archived\"\n", Files.readString(env.varFiles().get(0)));

            InvalidInputException renamed = assertThrows(InvalidInputException.class, () -> archived.environment(
                    dev(configDir.resolve("envs/development.tfvars"), null), checkout, configDir));
            assertEquals("the configuration archive of dev-0001 has no var file _inputs/envs/development.tfvars"
                    + " (cxgate.yaml names development.tfvars for dev today); plan the change with cxgate plan instead",
                    renamed.getMessage());
        }
    }

    @Test
    void aTraversingArchiveIsRefusedAndWritesNothingOutside() throws Exception {
        try (RecordStore store = store()) {
            deploy(store, archive(Map.entry("main.tf", "x"), Map.entry("../../escaped.tf", "owned")));
            CxgateException refused = assertThrows(CxgateException.class,
                    () -> ArchivedConfiguration.extract(store, "dev-0001", tmp.resolve("a/unpacked")));
            assertEquals("the configuration archive of dev-0001 is refused: '../../escaped.tf' leaves the archive's"
                    + " directory (path traversal)", refused.getMessage());
            assertFalse(Files.exists(tmp.resolve("escaped.tf")));
            assertFalse(Files.exists(tmp.resolve("a/unpacked")), "refused before anything is written");

            InvalidInputException unknown = assertThrows(InvalidInputException.class,
                    () -> ArchivedConfiguration.extract(store, "dev-0042", tmp.resolve("b")));
            assertTrue(unknown.getMessage().endsWith("has no deployment 'dev-0042' (cxgate history lists them)"));
        }
    }

    private RecordStore store() {
        return RecordStore.open(new RecordsSettings("jdbc:sqlite:" + tmp.resolve("records.db"))
                .withEncryptionKeyEnv("CXGATE_RECORDS_KEY"), KEYS);
    }

    private static void deploy(RecordStore store, byte[] archive) {
        String digest = store.putBlob(BlobKind.CONFIGURATION_ARCHIVE, archive);
        store.append(NewEntry.withBlobs(EntryKind.APPLY_STARTED, "dev", new Identity("dana", "--by"),
                JsonNodeFactory.instance.objectNode().put("bundleDigest", "sha256:" + "1".repeat(64)),
                Map.of(ArchivedConfiguration.BLOB, digest)));
    }

    private static EnvironmentConfig dev(Path varFile, Path backend) {
        return new EnvironmentConfig("dev", Optional.empty(), List.of(varFile), Optional.ofNullable(backend),
                Optional.empty(), Optional.empty(), Optional.empty(), false, SimulationMode.NONE, Optional.empty(),
                List.of(), Map.of());
    }

    @SafeVarargs
    private static byte[] archive(Map.Entry<String, String>... files) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarGzWriter tar = new TarGzWriter(bytes, Instant.parse("2026-11-26T09:00:00Z"))) {
            for (Map.Entry<String, String> file : files) {
                tar.add(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}

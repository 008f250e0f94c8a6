package io.cxgate.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
import io.cxgate.config.RecordsSettings;

/** Opening a store that cannot be used: one clear line, the right exception (exit code), nothing written. */
class OpenErrorsTest {
    @RegisterExtension
    static final TestStores STORES = new TestStores();

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anUnsetSigningKeyVariableIsNamedAndNothingIsWritten(Backend backend) throws Exception {
        RecordsSettings settings = STORES.fresh(backend).withSigningKeyEnv("CXGATE_SIGNING_KEY");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RecordStore.open(settings, Map.of()));
        assertEquals("records.signingKeyEnv names CXGATE_SIGNING_KEY, which is not set: set it or remove "
                + "records.signingKeyEnv from cxgate.yaml", e.getMessage());
        assertNothingWritten(backend, settings);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anUnsetOrShortEncryptionKeyIsRefusedWithoutShowingIt(Backend backend) throws Exception {
        RecordsSettings settings = STORES.fresh(backend).withEncryptionKeyEnv("CXGATE_RECORDS_KEY");
        assertThrows(InvalidInputException.class, () -> RecordStore.open(settings, Map.of("CXGATE_RECORDS_KEY", "")));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RecordStore.open(settings, Map.of("CXGATE_RECORDS_KEY", "swordfish")));
        assertTrue(e.getMessage().contains("shorter than 32 characters"), e.getMessage());
        assertFalse(e.getMessage().contains("swordfish"));
        assertNothingWritten(backend, settings);
    }

    @Test
    void anUnsetLoginVariableIsNamed() throws Exception {
        RecordsSettings settings = STORES.fresh(Backend.POSTGRESQL).withLoginEnv("CXGATE_DB_USER", "CXGATE_DB_PASSWORD");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RecordStore.open(settings, Map.of("CXGATE_DB_USER", "cxgate")));
        assertTrue(e.getMessage().startsWith("records.passwordEnv names CXGATE_DB_PASSWORD, which is not set"), e.getMessage());
        assertNothingWritten(Backend.POSTGRESQL, settings);
    }

    @Test
    void aNewSqliteStoreIsCreatedWithItsDirectoryReadableByItsOwnerOnly() throws Exception {
        RecordsSettings settings = STORES.fresh(Backend.SQLITE);
        Path file = Path.of(settings.url().substring("jdbc:sqlite:".length()));
        try (RecordStore store = RecordStore.open(settings, Map.of())) {
            store.putBlob(BlobKind.STATE_SNAPSHOT, new byte[] {42});
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aFileThatIsNotADatabaseIsNamedAndLeftAsItWas() throws Exception {
        Path file = STORES.dir().resolve("notes.db");
        byte[] text = "these are my notes, not a database\n".repeat(200).getBytes();
        Files.write(file, text);
        CxgateException e = assertThrows(CxgateException.class,
                () -> RecordStore.open(new RecordsSettings("jdbc:sqlite:" + file), Map.of()));

        assertEquals("records store " + file + " is not a SQLite database: point records.url at another file", e.getMessage());
        assertArrayEquals(text, Files.readAllBytes(file));
        try (Stream<Path> siblings = Files.list(STORES.dir())) {
            assertEquals(1, siblings.filter(p -> p.getFileName().toString().startsWith("notes.db")).count());
        }
    }

    @Test
    void aBusyStoreIsWaitedOnThenNamed() throws Exception {
        RecordsSettings settings = STORES.fresh(Backend.SQLITE);
        RecordStore.open(settings, Map.of()).close();
        RecordsSettings impatient = new RecordsSettings(settings.url() + "?busy_timeout=300");
        try (Connection holder = TestStores.connect(settings); Statement statement = holder.createStatement();
             RecordStore store = RecordStore.open(impatient, Map.of())) {
            statement.execute("BEGIN EXCLUSIVE");
            statement.execute("UPDATE chain_head SET seq = seq");
            long start = System.nanoTime();
            CxgateException e = assertThrows(CxgateException.class, () -> store.append(NewEntry.of(EntryKind.UNLOCK,
                    "prod", RecordStoreTest.DANA, RecordStoreTest.body("reason", "x"))));
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;

            String path = settings.url().substring("jdbc:sqlite:".length());
            assertTrue(e.getMessage().startsWith("records store " + path + " is busy: another process held its lock for more than 10 s"),
                    e.getMessage());
            assertTrue(waitedMillis >= 250, "waited " + waitedMillis + " ms");
            statement.execute("ROLLBACK");
        }
    }

    @Test
    void theDefaultBusyWaitIsTenSeconds() throws Exception {
        RecordsSettings settings = STORES.fresh(Backend.SQLITE);
        RecordStore.open(settings, Map.of()).close();
        try (Connection holder = TestStores.connect(settings); Statement statement = holder.createStatement();
             RecordStore store = RecordStore.open(settings, Map.of())) {
            statement.execute("BEGIN EXCLUSIVE");
            statement.execute("UPDATE chain_head SET seq = seq");
            long start = System.nanoTime();
            assertThrows(CxgateException.class, () -> store.unlock("prod", RecordStoreTest.DANA, "x"));
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(waitedMillis >= 9_500 && waitedMillis < 30_000, "waited " + waitedMillis + " ms");
            statement.execute("ROLLBACK");
        }
    }

    @Test
    void anUnreachablePostgresqlIsNamedByHostAndPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int closed = port;
        CxgateException e = assertThrows(CxgateException.class, () -> RecordStore.open(
                new RecordsSettings("jdbc:postgresql://localhost:" + closed + "/cxgate"), Map.of()));
        assertTrue(e.getMessage().startsWith("records store postgresql://localhost:" + closed
                + "/cxgate: cannot reach PostgreSQL at localhost:" + closed + " ("), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aMissingPostgresqlDatabaseIsNamed() {
        String url = "jdbc:postgresql://localhost:" + PostgresServer.port() + "/no_such_db?user=postgres";
        CxgateException e = assertThrows(CxgateException.class, () -> RecordStore.open(new RecordsSettings(url), Map.of()));
        assertTrue(e.getMessage().contains("has no such database"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aStoreFromANewerCxgateIsRefusedNamingBothVersions(Backend backend) {
        RecordsSettings settings = STORES.fresh(backend);
        RecordStore.open(settings, Map.of()).close();
        TestStores.tamper(settings, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                + "checksum, installed_by, execution_time, success) VALUES (2, '2', 'future', 'SQL', 'V2__future.sql', 0, "
                + "'cxgate', 1, " + (backend == Backend.SQLITE ? "1" : "true") + ")");

        CxgateException e = assertThrows(CxgateException.class, () -> RecordStore.open(settings, Map.of()));
        assertTrue(e.getMessage().contains("has schema version 2, newer than the version 1 this cxgate"), e.getMessage());
        assertTrue(e.getMessage().endsWith("upgrade cxgate (the store was written by a newer one)"), e.getMessage());
    }

    private static void assertNothingWritten(Backend backend, RecordsSettings settings) throws Exception {
        if (backend == Backend.SQLITE) {
            Path file = Path.of(settings.url().substring("jdbc:sqlite:".length()));
            assertFalse(Files.exists(file.getParent()), "created " + file.getParent());
            return;
        }
        try (Connection connection = TestStores.connect(settings); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
    }

}

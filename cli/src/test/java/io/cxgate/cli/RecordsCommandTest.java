package io.cxgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cxgate.config.RecordsSettings;
import io.cxgate.record.Backend;
import io.cxgate.record.Holder;
import io.cxgate.record.RecordStore;
import io.cxgate.record.TestStores;
import io.cxgate.testing.CliRun;

/** {@code cxgate records verify} and {@code cxgate unlock} through the real command line, on both stores. */
class RecordsCommandTest {
    @RegisterExtension
    static final TestStores STORES = new TestStores();

    private static final Pattern HEAD = Pattern.compile("records head (sha256:[0-9a-f]{64})");
    private static final Map<String, String> CI = Map.of("CI", "true", "GITHUB_ACTOR", "erin");

    @TempDir
    Path dir;

    private Path config(String records) throws IOException {
        Path file = dir.resolve("cxgate.yaml");
        Files.writeString(file, "records: " + records + "\nenvironments:\n  dev: {}\n  prod: {protected: true}\n");
        return file;
    }

    private Path config(RecordsSettings settings) throws IOException {
        return config("{url: \"" + settings.url() + "\"}");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void unlockReleasesTheLockRecordsItAndPrintsTheNewHeadThatVerifyThenFinds(Backend backend) throws Exception {
        RecordsSettings settings = STORES.fresh(backend);
        try (RecordStore store = RecordStore.open(settings, Map.of())) {
            store.tryLock("prod", new Holder("dana", "build-7", "", 4242), "sha256:" + "b".repeat(64));
        }
        Path config = config(settings);

        CliRun unlock = CliRun.withEnvironment(CI, "unlock", "--config", config.toString(), "--env", "prod",
                "--reason", "runner died");
        assertEquals(0, unlock.exitCode(), unlock.err());
        assertEquals("", unlock.out());
        assertEquals(1, unlock.errLines().length, unlock.err());
        assertTrue(unlock.err().startsWith("cxgate: unlocked prod (released the lock of dana (pid 4242 on build-7) since "),
                unlock.err());
        assertTrue(unlock.err().contains("; recorded unlock-1 by erin, records head sha256:"), unlock.err());
        Matcher head = HEAD.matcher(unlock.err());
        assertTrue(head.find());

        CliRun verify = CliRun.withEnvironment(Map.of(), "records", "verify", "--config", config.toString(),
                "--head", head.group(1));
        assertEquals(0, verify.exitCode(), verify.err());
        assertEquals("records intact: 1 entries, head " + head.group(1) + ", 0 blobs, MACs not checked "
                + "(records.signingKeyEnv is not set), " + head.group(1) + " is in the chain\n", verify.out());
        try (RecordStore store = RecordStore.open(settings, Map.of())) {
            assertTrue(store.lock("prod").isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void verifyNamesTheFirstBadEntryOnOneLineAndExitsOne(Backend backend) throws Exception {
        RecordsSettings settings = STORES.fresh(backend);
        Path config = config(settings);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, CliRun.withEnvironment(CI, "unlock", "--config", config.toString(), "--env", "dev",
                    "--reason", "try " + i).exitCode());
        }
        TestStores.tamper(settings, "UPDATE entries SET body = '{\"reason\":\"nothing to see\"}' WHERE seq = 2");

        CliRun verify = CliRun.withEnvironment(Map.of(), "records", "verify", "--config", config.toString());
        assertEquals(1, verify.exitCode());
        assertEquals("", verify.out());
        assertEquals(1, verify.errLines().length, verify.err());
        assertTrue(verify.err().matches("cxgate: records store \\S+: entry unlock-2 \\(seq 2\\): edited \\(its hash does not "
                + "match its contents\\): stored hash [0-9a-f]{12}…, contents hash to [0-9a-f]{12}…\n"), verify.err());
    }

    @Test
    void aHeadThatIsNoLongerInTheChainFailsVerify() throws Exception {
        Path config = config(STORES.fresh(Backend.SQLITE));
        CliRun verify = CliRun.withEnvironment(Map.of(), "records", "verify", "--config", config.toString(),
                "--head", "sha256:" + "d".repeat(64));
        assertEquals(1, verify.exitCode());
        assertTrue(verify.err().contains(": chain: the given head is not in the chain (newest entries removed, or an older "
                + "copy restored): sha256:" + "d".repeat(64)), verify.err());
    }

    @Test
    void aMalformedHeadIsUsage() throws Exception {
        Path config = config(STORES.fresh(Backend.SQLITE));
        CliRun verify = CliRun.withEnvironment(Map.of(), "records", "verify", "--config", config.toString(), "--head", "abc");
        assertEquals(2, verify.exitCode());
        assertEquals("cxgate: --head: 'abc' is not a chain head (sha256: and 64 hex digits)\n", verify.err());
    }

    @Test
    void verifyOfANewStoreIsAnEmptyIntactChain() throws Exception {
        Path config = config(STORES.fresh(Backend.SQLITE));
        CliRun verify = CliRun.withEnvironment(Map.of(), "records", "verify", "--config", config.toString());
        assertEquals(0, verify.exitCode(), verify.err());
        assertTrue(verify.out().startsWith("records intact: 0 entries, head (empty store), 0 blobs"), verify.out());
    }

    @Test
    void unlockOfAnEnvironmentTheConfigLacksIsUsage() throws Exception {
        Path config = config(STORES.fresh(Backend.SQLITE));
        CliRun unlock = CliRun.withEnvironment(CI, "unlock", "--config", config.toString(), "--env", "staging",
                "--reason", "x");
        assertEquals(2, unlock.exitCode());
        assertTrue(unlock.err().startsWith("cxgate: "), unlock.err());
        assertTrue(unlock.err().contains("unknown environment 'staging' (known: dev, prod)"), unlock.err());
    }

    @Test
    void unlockNeedsAReason() throws Exception {
        Path config = config(STORES.fresh(Backend.SQLITE));
        CliRun unlock = CliRun.withEnvironment(CI, "unlock", "--config", config.toString(), "--env", "dev", "--reason", " ");
        assertEquals(2, unlock.exitCode());
        assertEquals("cxgate: --reason: say why the lock is released (it is recorded)\n", unlock.err());
    }

    @Test
    void unlockInCiByAnotherNameThanTheActorIsRefused() throws Exception {
        Path config = config(STORES.fresh(Backend.SQLITE));
        CliRun unlock = CliRun.withEnvironment(CI, "unlock", "--config", config.toString(), "--env", "dev", "--reason", "x",
                "--by", "mallory");
        assertEquals(2, unlock.exitCode());
        assertTrue(unlock.err().startsWith("cxgate: --by mallory differs from GITHUB_ACTOR=erin"), unlock.err());
    }

    @Test
    void aRecordsUrlOfAnUnknownSchemeIsAConfigError() throws Exception {
        Path config = config("{url: \"jdbc:mysql://db/cxgate\"}");
        CliRun verify = CliRun.withEnvironment(Map.of(), "records", "verify", "--config", config.toString());
        assertEquals(2, verify.exitCode());
        assertTrue(verify.err().endsWith("line 1, column 16: records.url: must be a jdbc:sqlite: or jdbc:postgresql: URL\n"),
                verify.err());
    }

    @Test
    void anUnreachablePostgresqlIsOneLineNamingHostAndPortWithoutAStackTrace() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path config = config("{url: \"jdbc:postgresql://127.0.0.1:" + port + "/cxgate\"}");
        CliRun unlock = CliRun.withEnvironment(CI, "unlock", "--config", config.toString(), "--env", "dev", "--reason", "x");
        assertEquals(1, unlock.exitCode());
        assertEquals(1, unlock.errLines().length, unlock.err());
        assertTrue(unlock.err().startsWith("cxgate: records store postgresql://127.0.0.1:" + port
                + "/cxgate: cannot reach PostgreSQL at 127.0.0.1:" + port + " ("), unlock.err());
    }

    @Test
    void anUnsetSigningKeyVariableIsUsageAndWritesNothing() throws Exception {
        Path db = dir.resolve("store").resolve("records.db");
        Path config = config("{url: \"jdbc:sqlite:" + db + "\", signingKeyEnv: CXGATE_SIGNING_KEY}");
        CliRun unlock = CliRun.withEnvironment(CI, "unlock", "--config", config.toString(), "--env", "dev", "--reason", "x");
        assertEquals(2, unlock.exitCode());
        assertEquals("cxgate: records.signingKeyEnv names CXGATE_SIGNING_KEY, which is not set: set it or remove "
                + "records.signingKeyEnv from cxgate.yaml\n", unlock.err());
        assertFalse(Files.exists(db.getParent()));
    }

    @Test
    void aFileThatIsNotADatabaseIsARuntimeFailureNamingIt() throws Exception {
        Path db = dir.resolve("records.db");
        Files.writeString(db, "not a database ".repeat(100));
        Path config = config("{url: \"jdbc:sqlite:records.db\"}");
        CliRun verify = CliRun.withEnvironment(Map.of(), "records", "verify", "--config", config.toString());
        assertEquals(1, verify.exitCode());
        assertEquals("cxgate: records store " + db + " is not a SQLite database: point records.url at another file\n",
                verify.err());
    }
}

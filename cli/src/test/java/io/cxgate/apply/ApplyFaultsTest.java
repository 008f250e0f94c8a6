package io.cxgate.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.Lock;
import io.cxgate.record.RecordStore;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.TestStores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Faults during {@code cxgate apply}: the records store unreachable at the start or lost while terraform runs,
 * terraform killed, cxgate itself stopped with SIGTERM. Each ends with a clear line, the documented exit code, and a
 * record that says what happened (or, where nothing can be recorded, a lock that goes stale by itself).
 */
class ApplyFaultsTest {
    @TempDir
    Path tmp;

    @Test
    void anUnreachableStoreAtApplyStartIsExitOneAndTerraformNeverRuns() throws IOException {
        GateFixture gate = new GateFixture(tmp, TestStores.SQLITE).withoutPolicies();
        Path bundle = gate.plan("dev");
        int closed = freePort();
        pointRecordsAt(gate, "jdbc:postgresql://127.0.0.1:" + closed + "/gate");
        gate.terraform().forgetCalls();

        CliRun run = gate.apply(bundle);

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.lastErrLine().startsWith("cxgate: records store "), run.err());
        assertTrue(run.lastErrLine().contains("cannot reach PostgreSQL at 127.0.0.1:" + closed), run.err());
        assertEquals(0, gate.terraform().calls(), "terraform never ran: " + gate.terraform().allArguments());
    }

    @Test
    void terraformKilledMidApplyIsRecordedAsFailedAndTheLockIsReleased() {
        GateFixture gate = new GateFixture(tmp, TestStores.SQLITE).withoutPolicies();
        gate.terraform().on("apply", """
                need_init
                echo "applying $planfile" >> "$REC/applies"
                echo 'genesyscloud_routing_queue.sales: Modifying... [id=5f1c]'
                kill -9 $$
                """).install();
        Path bundle = gate.plan("dev");

        CliRun run = gate.apply(bundle);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.lastErrLine().startsWith("cxgate: dev-0001 failed: terraform apply failed (exit 137): terraform"
                + " was killed by signal 9 (SIGKILL); last output: genesyscloud_routing_queue.sales: Modifying..."),
                run.err());
        try (RecordStore store = gate.store()) {
            Entry finished = store.entries(EntryQuery.all().kind(EntryKind.APPLY_FINISHED)).get(0);
            assertEquals("dev-0001", finished.id());
            assertEquals("failed", finished.bodyText("result").orElseThrow());
            assertTrue(finished.bodyText("error").orElseThrow().startsWith("terraform was killed by signal 9 (SIGKILL)"),
                    finished.body().toString());
            assertTrue(store.lock("dev").isEmpty(), "the lock is released");
        }
    }

    @Test
    void aStoreLostWhileTerraformAppliesIsWaitedForAndTheRecordSaysWhatHappened() throws Exception {
        try (RestartableStore postgres = new RestartableStore()) {
            // PostgreSQL stops while terraform applies
            LostDuringApply lost = applyThenLoseTheStore(postgres, "4", "90");
            Thread.sleep(7_000);                                // terraform finishes; the store is still down
            assertFalse(lost.apply().isDone(), "cxgate waits for the store");
            postgres.start();                                   // and comes back
            CliRun run = lost.apply().get(120, TimeUnit.SECONDS);

            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.err().contains("cxgate: warning: the records store failed while recording dev-0001's"
                    + " apply-finished ("), run.err());
            assertTrue(run.err().contains("cxgate: the records store is back; recording dev-0001's apply-finished done"),
                    run.err());
            assertTrue(run.lastErrLine().startsWith("cxgate: dev-0001 applied (state serial 43)"), run.err());
            try (RecordStore store = lost.gate().store()) {
                List<Entry> entries = store.entries(EntryQuery.all());
                assertEquals(List.of("apply-started", "apply-finished"),
                        entries.stream().map(e -> e.kind().id()).toList(), "recorded once, after the store came back");
                assertEquals("succeeded", entries.get(1).bodyText("result").orElseThrow());
                assertEquals(43, entries.get(1).body().path("stateSerial").asLong());
                assertTrue(store.lock("dev").isEmpty(), "the lock is released on the new connection");
            }
        }
    }

    @Test
    void aStoreThatStaysLostIsExitOneSayingTerraformSucceededAndTheLockGoesStaleByItself() throws Exception {
        try (RestartableStore postgres = new RestartableStore()) {
            LostDuringApply lost = applyThenLoseTheStore(postgres, "3", "2");
            CliRun run = lost.apply().get(120, TimeUnit.SECONDS);
            postgres.start();

            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.lastErrLine().startsWith("cxgate: dev-0001: terraform apply succeeded but is not recorded:"
                    + " recording dev-0001's apply-finished: the records store stayed unreachable for 2 s: "), run.err());
            assertTrue(run.lastErrLine().endsWith("; cxgate history shows dev-0001 as interrupted once its lock goes"
                    + " stale"), run.err());
            assertEquals(1, lost.gate().terraform().applies());
            try (RecordStore store = lost.gate().store()) {
                assertEquals(List.of("apply-started"), store.entries(EntryQuery.all()).stream()
                        .map(e -> e.kind().id()).toList(), "nothing half-written");
                Lock left = store.lock("dev").orElseThrow();
                assertFalse(left.expires().isAfter(Instant.now().plus(Lock.TTL)), "the lock expires by itself");
            }
        }
    }

    @Test
    void sigtermDuringTheApplyStopsTerraformRecordsTheInterruptionAndReleasesTheLock() throws Exception {
        GateFixture gate = new GateFixture(tmp, TestStores.SQLITE).withoutPolicies();
        gate.set("STANDIN_APPLY_SECONDS", "60");
        Path bundle = gate.plan("dev");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.cxgate.cli.Main", "apply", "--bundle",
                bundle.toString(), "--config", gate.workspace().config().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(tmp.resolve("apply.err").toFile());
        builder.environment().clear();
        builder.environment().putAll(gate.environment());
        Process cxgate = builder.start();
        awaitStarted(gate);
        List<ProcessHandle> terraform = cxgate.descendants().toList();
        assertFalse(terraform.isEmpty(), "terraform runs");

        cxgate.destroy();                                          // SIGTERM
        assertTrue(cxgate.waitFor(60, TimeUnit.SECONDS), "cxgate exits");

        assertEquals(143, cxgate.exitValue(), Files.readString(tmp.resolve("apply.err")));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);   // killed ones may take a moment to go
        while (terraform.stream().anyMatch(ApplyFaultsTest::running) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(List.of(), terraform.stream().filter(ApplyFaultsTest::running)
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList(),
                "terraform and its children are stopped: " + Files.readString(tmp.resolve("apply.err")));
        try (RecordStore store = gate.store()) {
            Entry finished = store.entries(EntryQuery.all().kind(EntryKind.APPLY_FINISHED)).get(0);
            assertEquals("dev-0001", finished.id());
            assertEquals("failed", finished.bodyText("result").orElseThrow());
            assertTrue(finished.bodyText("error").orElseThrow().startsWith("interrupted: cxgate was stopped (SIGTERM or"
                    + " Ctrl-C) while terraform applied; terraform stopped with exit "), finished.body().toString());
            assertTrue(store.lock("dev").isEmpty(), "the lock is released");
        }
        CliRun history = gate.run("history", "--config", gate.workspace().config().toString(), "--format", "json");
        assertTrue(history.out().contains("\"result\" : \"failed\""), history.out());
    }

    /** Alive and not a zombie waiting to be reaped. */
    private static boolean running(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException gone) {
            return false;
        }
    }

    /** Rewrites cxgate.yaml's records line to {@code url} (login from the test store variables). */
    private static void pointRecordsAt(GateFixture gate, String url) throws IOException {
        String config = Files.readString(gate.workspace().config());
        String records = "records: {url: \"" + url + "\", userEnv: " + TestStores.USER_ENV + ", passwordEnv: "
                + TestStores.PASSWORD_ENV + "}";
        String rewritten = config.replaceFirst("records: \\{url: \"[^\"]*\"\\}", records);
        assertFalse(rewritten.equals(config), config);
        gate.workspace().write("cxgate.yaml", rewritten);
    }

    private static void awaitStarted(GateFixture gate) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            try (RecordStore store = gate.store()) {
                if (!store.entries(EntryQuery.all().kind(EntryKind.APPLY_STARTED)).isEmpty()
                        && gate.terraform().applies() > 0) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the schema may not exist yet
            }
            assertTrue(System.nanoTime() < deadline, "the apply never started");
            Thread.sleep(100);
        }
    }

    /**
     * A gate recording to {@code postgres}, whose stand-in terraform applies for {@code applySeconds} while cxgate
     * retries the store for {@code retrySeconds}: its apply, started, with the store then stopped.
     */
    private LostDuringApply applyThenLoseTheStore(RestartableStore postgres, String applySeconds, String retrySeconds)
            throws IOException, InterruptedException {
        GateFixture gate = new GateFixture(tmp, TestStores.SQLITE).withoutPolicies();
        pointRecordsAt(gate, "jdbc:postgresql://localhost:" + postgres.port + "/gate");
        gate.set("STANDIN_APPLY_SECONDS", applySeconds);
        gate.set("CXGATE_RECORDS_RETRY_SECONDS", retrySeconds);
        Path bundle = gate.plan("dev");

        CompletableFuture<CliRun> apply = CompletableFuture.supplyAsync(() -> gate.apply(bundle));
        awaitStarted(gate);
        postgres.stop();
        return new LostDuringApply(gate, apply);
    }

    private record LostDuringApply(GateFixture gate, CompletableFuture<CliRun> apply) {
    }

    /** PostgreSQL with a {@code gate} database on a fixed port, stopped and started again on the same data. */
    private final class RestartableStore implements AutoCloseable {
        private final Path data = tmp.resolve("pgdata");
        final int port = freePort();
        private EmbeddedPostgres server = postgres(data, port);

        RestartableStore() throws IOException, SQLException {
            try {
                createDatabase(server);
            } catch (SQLException | RuntimeException e) {
                server.close();
                throw e;
            }
        }

        void stop() throws IOException {
            server.close();
        }

        void start() throws IOException {
            server = postgres(data, port);
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static EmbeddedPostgres postgres(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setRegisterShutdownHook(true).start();
    }

    private static void createDatabase(EmbeddedPostgres server) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE gate");
        }
    }
}

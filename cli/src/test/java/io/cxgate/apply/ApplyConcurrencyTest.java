package io.cxgate.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.RecordStore;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.TestStores;

/**
 * Two applies of one environment at the same moment: exactly one runs terraform, the other is exit 7 naming the
 * holder; and a killed apply (SIGKILL of a real cxgate process) leaves apply-started alone, and the next apply takes
 * its lock over. On both stores.
 */
class ApplyConcurrencyTest {
    private static final int ROUNDS = 50;

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void twoApplyThreadsRacingForOneEnvironmentRunTerraformExactlyOnce(TestStores kind) throws Exception {
        GateFixture gate = new GateFixture(tmp, kind).withoutPolicies();
        gate.set("STANDIN_APPLY_SECONDS", "0.4");
        Path bundle = gate.plan("dev");
        for (int round = 1; round <= ROUNDS; round++) {
            resetState(gate);
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<CliRun>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return gate.apply(bundle);
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            CliRun loser = null;
            for (CompletableFuture<CliRun> run : runs) {
                CliRun r = run.get(120, TimeUnit.SECONDS);
                codes.add(r.exitCode());
                if (r.exitCode() == 7) {
                    loser = r;
                }
            }
            codes.sort(null);
            assertEquals(List.of(0, 7), codes, "round " + round + ": " + runs.get(0).get().err() + runs.get(1).get().err());
            // The loser either meets the winner's lock, or (on a slow machine) arrives after the winner released it
            // and finds the state moved on: both refusals are exit 7, and terraform ran once either way.
            assertTrue(loser.lastErrLine().startsWith("cxgate: environment dev is locked: dana (pid "
                    + ProcessHandle.current().pid() + " on ")
                    || loser.lastErrLine().startsWith("cxgate: stale plan: the state moved from serial 42 to 43"),
                    "round " + round + ": " + loser.err());
            assertEquals(round, gate.terraform().applies(), "round " + round + ": terraform apply ran once");
        }
        try (RecordStore store = gate.store()) {
            assertEquals(ROUNDS, store.entries(EntryQuery.all().kind(EntryKind.APPLY_FINISHED)).size());
            assertTrue(store.verify(java.util.Optional.empty()) instanceof io.cxgate.record.VerifyResult.Intact,
                    "the chain never forked");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void twoApplyProcessesRacingRunTerraformOnceAndAKilledApplyIsTakenOver(TestStores kind) throws Exception {
        GateFixture gate = new GateFixture(tmp, kind);
        gate.set("STANDIN_APPLY_SECONDS", "2");
        Path bundle = gate.plan("dev");
        Process a = cxgate(gate, "apply", "--bundle", bundle.toString(), "--config", gate.workspace().config().toString());
        Process b = cxgate(gate, "apply", "--bundle", bundle.toString(), "--config", gate.workspace().config().toString());
        List<Integer> codes = new ArrayList<>(List.of(a.waitFor(), b.waitFor()));
        String loser = new String((a.exitValue() == 7 ? a : b).getErrorStream().readAllBytes());
        codes.sort(null);
        assertEquals(List.of(0, 7), codes, loser);
        assertTrue(loser.contains("cxgate: environment dev is locked: dana (pid "), loser);
        assertEquals(1, gate.terraform().applies());

        resetState(gate);
        gate.set("STANDIN_APPLY_SECONDS", "60");
        Process killed = cxgate(gate, "apply", "--bundle", bundle.toString(), "--config",
                gate.workspace().config().toString());
        try (RecordStore store = gate.store()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (store.entries(EntryQuery.all().kind(EntryKind.APPLY_STARTED)).size() < 2) {
                assertTrue(System.nanoTime() < deadline, "the second apply never started");
                Thread.sleep(100);
            }
            Thread.sleep(300);
            killed.descendants().forEach(ProcessHandle::destroyForcibly);
            killed.destroyForcibly().waitFor();

            List<Entry> dev = store.entries(EntryQuery.all().environment("dev"));
            assertEquals(List.of("dev-0001", "dev-0001", "dev-0002"), dev.stream().map(Entry::id).toList());
            assertEquals(EntryKind.APPLY_STARTED, dev.get(2).kind(), "interrupted: apply-started, no apply-finished");
            assertTrue(store.lock("dev").isPresent(), "the killed apply's lock is left behind");
        }
        gate.set("STANDIN_APPLY_SECONDS", "0");
        CliRun next = gate.apply(bundle);
        assertEquals(0, next.exitCode(), next.err());
        assertTrue(next.err().contains("cxgate: taking over the stale lock of dana (pid " + killed.pid() + " on "),
                next.err());
        assertTrue(next.err().contains("its process is gone"), next.err());
        assertTrue(next.lastErrLine().startsWith("cxgate: dev-0003 applied"), next.err());
    }

    /** The stand-in's dev state back at serial 42, so the same bundle is not stale. */
    private static void resetState(GateFixture gate) throws IOException {
        Files.deleteIfExists(gate.workspace().dir().resolve(".cxgate/terraform/dev/state.json"));
    }

    private static Process cxgate(GateFixture gate, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.cxgate.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(gate.environment());
        return builder.start();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

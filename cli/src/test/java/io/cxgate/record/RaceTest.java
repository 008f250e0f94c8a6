package io.cxgate.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cxgate.config.RecordsSettings;
import io.cxgate.identity.Identity;

/**
 * Concurrent writers with separate connections, in threads and in two real processes: the chain never forks and
 * exactly one lock holder wins each race. No sleeps order anything: a barrier releases every writer at once.
 */
class RaceTest {
    @RegisterExtension
    static final TestStores STORES = new TestStores();

    private static final int ROUNDS = 50;
    private static final int WRITERS = 4;
    private static final String BUNDLE = "sha256:" + "c".repeat(64);

    @ParameterizedTest
    @EnumSource(Backend.class)
    void concurrentAppendsAndLockAttemptsNeverForkTheChainAndOneHolderWinsEachRound(Backend backend) throws Exception {
        RecordsSettings settings = STORES.fresh(backend);
        RecordStore.open(settings, Map.of()).close();
        List<RecordStore> stores = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int i = 0; i < WRITERS; i++) {
                stores.add(RecordStore.open(settings, Map.of()));
            }
            for (int round = 1; round <= ROUNDS; round++) {
                CyclicBarrier start = new CyclicBarrier(WRITERS);
                String environment = "race-" + round;
                List<Future<LockResult>> results = new ArrayList<>();
                for (int i = 0; i < WRITERS; i++) {
                    RecordStore store = stores.get(i);
                    Identity writer = new Identity("writer-" + i, "--by");
                    results.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        store.append(NewEntry.of(EntryKind.APPLY_STARTED, environment, writer,
                                RecordStoreTest.body("bundleDigest", BUNDLE)));
                        LockResult lock = store.tryLock(environment, Holder.current(writer.name()), BUNDLE);
                        store.append(NewEntry.of(EntryKind.APPROVAL, environment, writer, RecordStoreTest.body("group", "g")));
                        return lock;
                    }));
                }
                int acquired = 0;
                for (Future<LockResult> result : results) {
                    if (result.get(60, TimeUnit.SECONDS).outcome() == LockResult.Outcome.ACQUIRED) {
                        acquired++;
                    }
                }
                assertEquals(1, acquired, "round " + round + ": lock holders");
            }
            VerifyResult.Intact intact = assertInstanceOf(VerifyResult.Intact.class, stores.get(0).verify(Optional.empty()));
            assertEquals((long) ROUNDS * WRITERS * 2, intact.count());
            Set<String> deploymentIds = new HashSet<>();
            stores.get(0).entries(EntryQuery.all().kind(EntryKind.APPLY_STARTED)).forEach(e -> deploymentIds.add(e.id()));
            assertEquals(ROUNDS * WRITERS, deploymentIds.size(), "every deployment got its own id");
            assertTrue(deploymentIds.contains("race-7-000" + WRITERS));
        } finally {
            pool.shutdownNow();
            stores.forEach(RecordStore::close);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoProcessesRacingForLocksAndAppendsNeverForkTheChain(Backend backend) throws Exception {
        RecordsSettings settings = STORES.fresh(backend);
        RecordStore.open(settings, Map.of()).close();
        Path go = STORES.dir().resolve("go-" + backend);
        Path exit = STORES.dir().resolve("exit-" + backend);
        List<Process> processes = List.of(worker(settings, go, exit, "alpha"), worker(settings, go, exit, "bravo"));
        try {
            List<BufferedReader> outputs = new ArrayList<>();
            for (Process process : processes) {
                BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                assertEquals("ready", out.readLine());
                outputs.add(out);
            }
            Files.createFile(go);
            int[] acquired = new int[ROUNDS + 1];
            for (BufferedReader out : outputs) {
                for (String line = out.readLine(); !"done".equals(line); line = out.readLine()) {
                    assertTrue(line != null && (line.startsWith("acquired ") || line.startsWith("held ")), "worker said " + line);
                    if (line.startsWith("acquired ")) {
                        acquired[Integer.parseInt(line.substring("acquired ".length()))]++;
                    }
                }
            }
            for (int round = 1; round <= ROUNDS; round++) {
                assertEquals(1, acquired[round], "round " + round + ": lock holders across two processes");
            }
            try (RecordStore store = RecordStore.open(settings, Map.of())) {
                VerifyResult.Intact intact = assertInstanceOf(VerifyResult.Intact.class, store.verify(Optional.empty()));
                assertEquals(2L * ROUNDS, intact.count());
            }
        } finally {
            Files.createFile(exit);
            for (Process process : processes) {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    private static Process worker(RecordsSettings settings, Path go, Path exit, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RaceWorker.class.getName(),
                settings.url(), go.toString(), exit.toString(), String.valueOf(ROUNDS), name)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }
}

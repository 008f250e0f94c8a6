package io.cxgate.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.config.RecordsSettings;
import io.cxgate.identity.Identity;

/**
 * Records store throughput (issue #11, item 7): 10,000 appends by one writer, then 4 writers with their own
 * connections appending 2,500 each, then {@code verify} of the 20,000-entry signed chain, on SQLite and on the
 * embedded PostgreSQL. Run with {@code bench/records.sh}; excluded from the default test run. Prints its figures.
 */
@Tag("benchmark")
class RecordsBenchmark {
    @RegisterExtension
    static final TestStores STORES = new TestStores();

    private static final int ENTRIES = Integer.getInteger("cxgate.bench.entries", 10_000);
    private static final int WRITERS = 4;
    private static final Map<String, String> KEYS = Map.of("CXGATE_SIGNING_KEY", "s".repeat(64));

    @ParameterizedTest
    @EnumSource(Backend.class)
    void appendsAndVerify(Backend backend) throws Exception {
        RecordsSettings settings = STORES.fresh(backend).withSigningKeyEnv("CXGATE_SIGNING_KEY");
        long openStart = System.nanoTime();
        RecordStore.open(settings, KEYS).close();
        double firstOpen = seconds(openStart);
        openStart = System.nanoTime();
        RecordStore.open(settings, KEYS).close();
        double reopen = seconds(openStart);

        try (RecordStore store = RecordStore.open(settings, KEYS)) {
            long start = System.nanoTime();
            for (int i = 0; i < ENTRIES; i++) {
                store.append(NewEntry.of(EntryKind.APPROVAL, "prod", new Identity("approver-" + (i % 7), "GITHUB_ACTOR"),
                        approval(i)));
            }
            double single = seconds(start);
            print(backend, "1 writer: " + ENTRIES + " appends in " + fmt(single) + " s = " + rate(ENTRIES, single) + " appends/s");

            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<RecordStore> stores = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                stores.add(RecordStore.open(settings, KEYS));
            }
            start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (RecordStore writer : stores) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < ENTRIES / WRITERS; i++) {
                        writer.append(NewEntry.of(EntryKind.DRIFT_CHECK, "prod", new Identity("ci", "GITLAB_USER_LOGIN"),
                                approval(i)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double concurrent = seconds(start);
            pool.shutdown();
            stores.forEach(RecordStore::close);
            print(backend, WRITERS + " writers: " + ENTRIES + " appends in " + fmt(concurrent) + " s = "
                    + rate(ENTRIES, concurrent) + " appends/s");

            start = System.nanoTime();
            VerifyResult.Intact intact = assertInstanceOf(VerifyResult.Intact.class, store.verify(Optional.empty()));
            double verify = seconds(start);
            assertEquals(2L * ENTRIES, intact.count());
            print(backend, "verify of " + intact.count() + " signed entries in " + fmt(verify) + " s");
            print(backend, "open: " + fmt(firstOpen) + " s creating the schema, " + fmt(reopen) + " s when current");
        }
    }

    private static ObjectNode approval(int i) {
        ObjectNode body = RecordStoreTest.MAPPER.createObjectNode();
        body.put("bundleDigest", "sha256:" + String.format("%064x", i));
        body.put("artifactDigest", "sha256:" + "a".repeat(64));
        body.put("group", "cc-operations");
        body.put("comment", "reviewed the queue changes with the floor manager, ticket CX-" + i);
        return body;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String fmt(double seconds) {
        return String.format("%.2f", seconds);
    }

    private static String rate(int count, double seconds) {
        return String.format("%.0f", count / seconds);
    }

    private static void print(Backend backend, String line) {
        System.out.println("records-bench: " + backend.name().toLowerCase() + ": " + line);
    }
}

package io.cxgate.record;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.cxgate.config.RecordsSettings;
import io.cxgate.identity.Identity;

/**
 * One process of {@link RaceTest}'s two-process race: waits for the go file, then for each round tries the lock of
 * {@code race-<round>} and appends one entry, printing {@code acquired <round>} or {@code held <round>}; then prints
 * {@code done} and stays alive (so its locks stay live) until the exit file appears.
 */
public final class RaceWorker {
    private RaceWorker() {
    }

    public static void main(String[] args) throws Exception {
        RecordsSettings settings = new RecordsSettings(args[0]);
        Path go = Path.of(args[1]);
        Path exit = Path.of(args[2]);
        int rounds = Integer.parseInt(args[3]);
        String name = args[4];
        try (RecordStore store = RecordStore.open(settings, Map.of())) {
            System.out.println("ready");
            System.out.flush();
            while (!Files.exists(go)) {
                Thread.onSpinWait();
            }
            Holder holder = Holder.current(name);
            for (int round = 1; round <= rounds; round++) {
                LockResult result = store.tryLock("race-" + round, holder, "sha256:" + "0".repeat(64));
                System.out.println((result.outcome() == LockResult.Outcome.ACQUIRED ? "acquired " : "held ") + round);
                store.append(NewEntry.of(EntryKind.DRIFT_CHECK, "race-" + round, new Identity(name, "--by"),
                        RecordStoreTest.body("worker", name)));
            }
            System.out.println("done");
            System.out.flush();
            while (!Files.exists(exit)) {
                Thread.sleep(20);
            }
        }
    }
}

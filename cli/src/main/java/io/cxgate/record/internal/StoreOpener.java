package io.cxgate.record.internal;

import java.time.Clock;
import java.util.Map;

import io.cxgate.config.RecordsSettings;
import io.cxgate.record.Lock;
import io.cxgate.record.RecordStore;

/** Opens the store a {@link RecordsSettings} names. */
public final class StoreOpener {
    private StoreOpener() {
    }

    public static RecordStore open(RecordsSettings settings, Map<String, String> environment, Clock clock,
                                   Lock.Processes processes) {
        throw new UnsupportedOperationException("records store: being implemented on branch records");
    }
}

package io.cxgate.gate;

import java.util.Map;

import io.cxgate.record.RecordStore;

/** Opens the records store a gate's config names; tests pass one that opens a shared test store. */
@FunctionalInterface
public interface StoreFactory {
    RecordStore open(GateContext gate);

    /** The production factory: the store login and keys come from {@code environment}. */
    static StoreFactory standard(Map<String, String> environment) {
        return gate -> RecordStore.open(gate.records(), environment);
    }
}

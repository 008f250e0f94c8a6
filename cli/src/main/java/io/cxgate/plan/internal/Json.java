package io.cxgate.plan.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration for plan JSON. */
public final class Json {
    /**
     * Integers are read as longs so CEL, which has only 64-bit ints, compares them without
     * surprises; big plans may hold long strings (flow YAML inlined in attributes).
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(200_000_000)
                .maxNestingDepth(2_000)
                .build());
    }

    private Json() {
    }
}

package io.cxgate.plan;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts of resource changes by action, plus the number of drifted resources. The keys are the
 * same in the report JSON and in CEL ({@code plan.summary.noop}).
 */
public record Summary(long create, long update, long delete, long replace, long read, long noop, long forget,
                      long unknown, long drift) {

    public static Summary of(Map<Action, Long> counts, long drift) {
        return new Summary(counts.getOrDefault(Action.CREATE, 0L), counts.getOrDefault(Action.UPDATE, 0L),
                counts.getOrDefault(Action.DELETE, 0L), counts.getOrDefault(Action.REPLACE, 0L),
                counts.getOrDefault(Action.READ, 0L), counts.getOrDefault(Action.NOOP, 0L),
                counts.getOrDefault(Action.FORGET, 0L), counts.getOrDefault(Action.UNKNOWN, 0L), drift);
    }

    /** The contract's keys in contract order (unknown only when present). */
    public Map<String, Long> asMap() {
        Map<String, Long> map = new LinkedHashMap<>();
        map.put("create", create);
        map.put("update", update);
        map.put("delete", delete);
        map.put("replace", replace);
        map.put("read", read);
        map.put("noop", noop);
        map.put("forget", forget);
        if (unknown > 0) {
            map.put("unknown", unknown);
        }
        map.put("drift", drift);
        return map;
    }

    /** Counts accumulated while streaming a plan. */
    public static final class Counter {
        private final EnumMap<Action, Long> counts = new EnumMap<>(Action.class);

        public void add(Action action) {
            counts.merge(action, 1L, Long::sum);
        }

        public Summary toSummary(long drift) {
            return Summary.of(counts, drift);
        }
    }
}

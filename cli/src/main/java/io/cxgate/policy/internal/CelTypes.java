package io.cxgate.policy.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.NullableType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;

/**
 * The declared types of the CEL variables, so that a misspelt field ({@code change.adress}) is a compile error.
 * At run time the values are plain Java maps; CEL selects their fields by key. {@code before} and {@code after}
 * stay dynamic: their shape is the resource's.
 */
final class CelTypes {
    static final CelType NULLABLE_STRING = NullableType.create(SimpleType.STRING);
    static final CelType STRINGS = ListType.create(SimpleType.STRING);

    static final StructType LIVE_OBJECT = struct("cxgate.LiveObject", fields()
            .with("apiType", NULLABLE_STRING)
            .with("resourceType", NULLABLE_STRING)
            .with("id", NULLABLE_STRING)
            .with("name", NULLABLE_STRING));

    static final StructType FINDING = struct("cxgate.Finding", fields()
            .with("code", SimpleType.STRING)
            .with("severity", SimpleType.STRING)
            .with("address", NULLABLE_STRING)
            .with("message", SimpleType.STRING)
            .with("object", NullableType.create(LIVE_OBJECT)));

    static final StructType CHANGE = struct("cxgate.Change", fields()
            .with("address", SimpleType.STRING)
            .with("type", SimpleType.STRING)
            .with("name", SimpleType.STRING)
            .with("module", NULLABLE_STRING)
            .with("label", SimpleType.STRING)
            .with("action", SimpleType.STRING)
            .with("actions", STRINGS)
            .with("before", SimpleType.DYN)
            .with("after", SimpleType.DYN)
            .with("changedPaths", STRINGS)
            .with("actionReason", NULLABLE_STRING)
            .with("importing", SimpleType.BOOL)
            .with("previousAddress", NULLABLE_STRING));

    /** An element of {@code plan.changes}: no values, so a plan-scoped rule over 100k changes stays cheap. */
    static final StructType PLAN_CHANGE = struct("cxgate.PlanChange", fields()
            .with("address", SimpleType.STRING)
            .with("type", SimpleType.STRING)
            .with("action", SimpleType.STRING)
            .with("changedPaths", STRINGS)
            .with("importing", SimpleType.BOOL));

    /** The report's summary keys ({@code noop} for no-op). */
    static final StructType SUMMARY = struct("cxgate.Summary", fields()
            .with("create", SimpleType.INT)
            .with("update", SimpleType.INT)
            .with("delete", SimpleType.INT)
            .with("replace", SimpleType.INT)
            .with("read", SimpleType.INT)
            .with("noop", SimpleType.INT)
            .with("forget", SimpleType.INT)
            .with("unknown", SimpleType.INT)
            .with("drift", SimpleType.INT));

    static final StructType PLAN = struct("cxgate.Plan", fields()
            .with("summary", SUMMARY)
            .with("changes", ListType.create(PLAN_CHANGE))
            .with("drift", SimpleType.INT)
            .with("driftAddresses", STRINGS)
            .with("rollback", SimpleType.BOOL)
            .with("errored", SimpleType.BOOL)
            .with("complete", SimpleType.BOOL));

    static final StructType SIMULATION = struct("cxgate.Simulation", fields()
            .with("source", SimpleType.STRING));

    static final StructType ENV = struct("cxgate.Env", fields()
            .with("name", SimpleType.STRING)
            .with("protected", SimpleType.BOOL)
            .with("windows", STRINGS));

    static final CelType FINDINGS = ListType.create(FINDING);

    static final CelTypeProvider PROVIDER = new CelTypeProvider() {
        private final ImmutableList<CelType> types = ImmutableList.of(LIVE_OBJECT, FINDING, CHANGE, PLAN_CHANGE,
                SUMMARY, PLAN, SIMULATION, ENV);

        @Override
        public ImmutableCollection<CelType> types() {
            return types;
        }

        @Override
        public Optional<CelType> findType(String name) {
            return types.stream().filter(t -> t.name().equals(name)).findFirst();
        }
    };

    private CelTypes() {
    }

    private static Fields fields() {
        return new Fields();
    }

    private static StructType struct(String name, Fields fields) {
        Map<String, CelType> copy = Map.copyOf(fields.types);
        return StructType.create(name, ImmutableSet.copyOf(fields.types.keySet()), field -> Optional.ofNullable(copy.get(field)));
    }

    private static final class Fields {
        private final Map<String, CelType> types = new LinkedHashMap<>();

        Fields with(String name, CelType type) {
            types.put(name, type);
            return this;
        }
    }
}

package io.cxgate.policy.internal;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.ResourceType;
import io.cxgate.plan.AttributePath;
import io.cxgate.plan.Plan;
import io.cxgate.plan.ResourceChange;
import io.cxgate.plan.Summary;
import io.cxgate.policy.PolicyEnvironment;
import io.cxgate.simulate.Finding;

/** The CEL variables' values, built on demand: a 100k-change plan must not be copied into maps up front. */
final class Views {
    private Views() {
    }

    /**
     * CEL {@code change}. {@code before} and {@code after} are parsed from the change's redacted bytes only when
     * a condition or message reads them, and then kept for the other rules on the same change.
     */
    static final class ChangeView extends AbstractMap<String, Object> {
        private static final Set<String> KEYS = CelTypes.CHANGE.fieldNames();
        private final ResourceChange change;
        private Object before;
        private Object after;

        ChangeView(ResourceChange change) {
            this.change = change;
        }

        @Override
        public Object get(Object key) {
            if (!(key instanceof String name)) {
                return null;
            }
            switch (name) {
                case "address": return change.address();
                case "type": return change.type();
                case "name": return change.name();
                case "module": return CelValues.nullable(change.moduleAddress());
                case "label": return change.label() == null ? change.address() : change.label();
                case "action": return change.action().id();
                case "actions": return change.actions();
                case "before":
                    if (before == null) {
                        before = CelValues.of(change.values().before());
                    }
                    return before;
                case "after":
                    if (after == null) {
                        after = CelValues.of(change.values().after());
                    }
                    return after;
                case "changedPaths": return change.changedPaths();
                case "actionReason": return CelValues.nullable(change.actionReason());
                case "importing": return change.importing();
                case "previousAddress": return CelValues.nullable(change.previousAddress());
                default: return null;
            }
        }

        @Override
        public boolean containsKey(Object key) {
            return KEYS.contains(key);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> all = new LinkedHashMap<>();
            for (String key : KEYS) {
                all.put(key, get(key));
            }
            return all.entrySet();
        }
    }

    /** CEL {@code plan} ({@code rollback}: a rollback bundle's plan); {@code changes} is a list whose slim elements are made as CEL reads them. */
    static Map<String, Object> plan(Plan plan, boolean rollback) {
        Map<String, Object> view = new HashMap<>();
        view.put("summary", summary(plan.summary()));
        view.put("changes", new PlanChanges(plan.changes()));
        List<String> drift = plan.drift().stream().filter(d -> !noiseOnly(d)).map(ResourceChange::address).toList();
        view.put("drift", (long) drift.size());
        view.put("driftAddresses", drift);
        view.put("rollback", rollback);
        view.put("errored", plan.errored());
        view.put("complete", plan.complete());
        return view;
    }

    /**
     * A drift entry whose changed paths are all known provider diff noise (the catalog's {@code diffNoise}, e.g. a
     * queue's Computed {@code members}) is not drift for policies; the report still lists it.
     */
    static boolean noiseOnly(ResourceChange drift) {
        ResourceType type = ResourceCatalog.bundled().type(drift.type()).orElse(null);
        return type != null && !type.diffNoise().isEmpty() && !drift.changedPaths().isEmpty()
                && drift.changedPaths().stream().allMatch(p -> type.isDiffNoise(AttributePath.toPattern(p)));
    }

    private static Map<String, Object> summary(Summary s) {
        Map<String, Object> view = new HashMap<>();
        view.put("create", s.create());
        view.put("update", s.update());
        view.put("delete", s.delete());
        view.put("replace", s.replace());
        view.put("read", s.read());
        view.put("noop", s.noop());
        view.put("forget", s.forget());
        view.put("unknown", s.unknown());
        view.put("drift", s.drift());
        return view;
    }

    private static final class PlanChanges extends AbstractList<Object> {
        private final List<ResourceChange> changes;

        PlanChanges(List<ResourceChange> changes) {
            this.changes = changes;
        }

        @Override
        public Object get(int index) {
            ResourceChange c = changes.get(index);
            Map<String, Object> view = new HashMap<>(8);
            view.put("address", c.address());
            view.put("type", c.type());
            view.put("action", c.action().id());
            view.put("changedPaths", c.changedPaths());
            view.put("importing", c.importing());
            return view;
        }

        @Override
        public int size() {
            return changes.size();
        }
    }

    static Map<String, Object> finding(Finding f) {
        Map<String, Object> view = new HashMap<>();
        view.put("code", f.code().name());
        view.put("severity", f.severity().id());
        view.put("address", CelValues.nullable(f.address()));
        view.put("message", f.message() == null ? "" : f.message());
        if (f.object() == null) {
            view.put("object", CelValues.NULL);
        } else {
            Map<String, Object> object = new HashMap<>();
            object.put("apiType", CelValues.nullable(f.object().apiType()));
            object.put("resourceType", CelValues.nullable(f.object().resourceType()));
            object.put("id", CelValues.nullable(f.object().id()));
            object.put("name", CelValues.nullable(f.object().name()));
            view.put("object", object);
        }
        return view;
    }

    static Map<String, Object> env(PolicyEnvironment env) {
        Map<String, Object> view = new HashMap<>();
        view.put("name", env.name());
        view.put("protected", env.isProtected());
        view.put("windows", env.windows());
        return view;
    }

    static Map<String, Object> simulation(String source) {
        return Map.of("source", source);
    }
}

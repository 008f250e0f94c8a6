package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.genesys.AttributeInfo;
import io.cxgate.genesys.ResourceType;
import io.cxgate.plan.Action;
import io.cxgate.plan.ManagedObject;
import io.cxgate.plan.Plan;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.FlowFiles.FlowFile;
import io.cxgate.simulate.internal.ValuePaths;
import io.cxgate.simulate.internal.ValuePaths.Found;

/**
 * What the plan says, read once and never changed: what Terraform manages, what this plan
 * changes, removes or renames, each change's names and references, and its flow file. The value
 * trees themselves are not kept (large plans).
 */
final class PlanFacts {
    private final Plan plan;
    private final Map<String, ChangeFacts> byChange;
    private final Set<String> managedIds;
    private final Set<String> changedIds;
    private final Map<String, ResourceChange> goneIds;
    private final Map<String, Set<String>> plannedNames;
    private final AgentLosses agentLosses;

    private PlanFacts(Plan plan, Map<String, ChangeFacts> byChange, Set<String> managedIds, Set<String> changedIds,
            Map<String, ResourceChange> goneIds, Map<String, Set<String>> plannedNames) {
        this.plan = plan;
        this.byChange = Map.copyOf(byChange);
        this.managedIds = Set.copyOf(managedIds);
        this.changedIds = Set.copyOf(changedIds);
        this.goneIds = Map.copyOf(goneIds);
        this.plannedNames = Map.copyOf(plannedNames);
        this.agentLosses = AgentLosses.of(changes(), this);
    }

    static PlanFacts of(Plan plan, Naming naming, FlowFiles flowFiles) {
        Set<String> managedIds = new HashSet<>();
        Set<String> changedIds = new HashSet<>();
        Map<String, ResourceChange> goneIds = new HashMap<>();
        Map<String, ChangeFacts> byChange = new HashMap<>();
        for (ManagedObject m : plan.managed()) {
            if (m.id() != null && "managed".equals(m.mode())) {
                managedIds.add(m.id());
            }
        }
        for (ResourceChange change : plan.changes()) {
            if (!isManaged(change)) {
                continue;
            }
            JsonNode before = change.values().before();
            JsonNode after = change.values().after();
            String id = ValuePaths.text(before, "id");
            if (id == null && change.importing()) {
                id = change.importId();
            }
            FlowFile flow = Naming.FLOW.equals(change.type()) && publishes(change) ? flowFiles.load(after) : null;
            ChangeFacts facts = new ChangeFacts(id, naming.planName(change, before), naming.planName(change, after),
                    ValuePaths.text(before, "type"), ValuePaths.text(before, "name"), ValuePaths.text(after, "name"),
                    flow, List.of());
            byChange.put(key(change), facts);
            if (id == null) {
                continue;
            }
            managedIds.add(id);
            Action action = change.action();
            if (action == Action.UPDATE || action == Action.DELETE || action == Action.REPLACE) {
                changedIds.add(id);
            }
            if (action == Action.DELETE || action == Action.REPLACE) {
                goneIds.put(id, change);
            } else if (action == Action.UPDATE && facts.beforeName() != null && facts.afterName() != null
                    && !facts.beforeName().equalsIgnoreCase(facts.afterName())) {
                goneIds.put(id, change);
            }
        }
        // references need every managed ID first; the after values are read a second time, not kept
        Map<String, Set<String>> plannedNames = new HashMap<>();
        for (ResourceChange change : plan.changes()) {
            if (!isManaged(change) || !publishes(change)) {
                continue;
            }
            ChangeFacts facts = byChange.get(key(change));
            facts = facts.withReferences(references(naming, change, change.values().after(), managedIds));
            byChange.put(key(change), facts);
            String name = Naming.FLOW.equals(change.type()) ? facts.flowName() : facts.afterName();
            if (name != null) {
                plannedNames.computeIfAbsent(change.type(), t -> new HashSet<>()).add(name.toLowerCase(Locale.ROOT));
            }
        }
        return new PlanFacts(plan, byChange, managedIds, changedIds, goneIds, plannedNames);
    }

    /** Skills, languages and queue memberships that agents lose in this plan. */
    AgentLosses agentLosses() {
        return agentLosses;
    }

    Plan plan() {
        return plan;
    }

    /** The managed changes, in plan order. */
    List<ResourceChange> changes() {
        return plan.changes().stream().filter(PlanFacts::isManaged).toList();
    }

    ChangeFacts of(ResourceChange change) {
        return byChange.get(key(change));
    }

    boolean isManaged(String id) {
        return managedIds.contains(id);
    }

    /** A consumer counts unless Terraform manages it and this plan changes it too. */
    boolean counts(String consumerId) {
        return !(managedIds.contains(consumerId) && changedIds.contains(consumerId));
    }

    /** The change that deletes, replaces or renames the object with this ID. */
    Optional<ResourceChange> removerOf(String id) {
        return Optional.ofNullable(goneIds.get(id));
    }

    /** Whether an object of this type will be named so after the apply because this plan sets it. */
    boolean plansName(String type, List<String> candidates) {
        Set<String> names = plannedNames.getOrDefault(type, Set.of());
        return candidates.stream().anyMatch(n -> names.contains(n.toLowerCase(Locale.ROOT)));
    }

    static boolean isManaged(ResourceChange change) {
        return "managed".equals(change.mode());
    }

    /** Creates, updates and replaces: the changes whose after values reach the org. */
    static boolean publishes(ResourceChange change) {
        Action a = change.action();
        return a == Action.CREATE || a == Action.UPDATE || a == Action.REPLACE;
    }

    private static String key(ResourceChange change) {
        return change.address() + "#" + change.deposed();
    }

    /** Reference values in the planned values that are neither managed nor unknown. */
    private static List<Reference> references(Naming naming, ResourceChange change, JsonNode after,
            Set<String> managedIds) {
        ResourceType type = naming.catalog().type(change.type()).orElse(null);
        if (type == null || after == null || after.isNull()) {
            return List.of();
        }
        List<Reference> out = new ArrayList<>();
        for (AttributeInfo attribute : type.attributes().values()) {
            if (!attribute.isReference()) {
                continue;
            }
            for (Found found : ValuePaths.collect(after, attribute.pattern())) {
                String value = found.value().strip();
                if (value.isEmpty() || value.equals("*") || managedIds.contains(value)) {
                    continue;
                }
                String path = found.path();
                if (attribute.isSet() && path.endsWith("]")) {
                    path = path.substring(0, path.lastIndexOf('[')); // set elements have no stable index
                }
                out.add(new Reference(path, value, attribute.references()));
            }
        }
        out.sort(Comparator.comparing(Reference::path));
        return List.copyOf(out);
    }

    /**
     * What one change's values say, as far as the checks need.
     *
     * @param beforeId       the object's ID before the change (or the import ID), or null for a create
     * @param beforeName     its name by the catalog's naming attribute before, and {@code afterName} after
     * @param beforeFlowType a flow's {@code type} before, e.g. {@code INBOUNDCALL}
     * @param flow           a published flow's file, or null
     * @param references     unmanaged IDs in reference attributes of the planned values
     */
    record ChangeFacts(String beforeId, String beforeName, String afterName, String beforeFlowType,
            String beforeFlowName, String afterFlowName, FlowFile flow, List<Reference> references) {
        ChangeFacts {
            references = List.copyOf(references);
        }

        ChangeFacts withReferences(List<Reference> refs) {
            return new ChangeFacts(beforeId, beforeName, afterName, beforeFlowType, beforeFlowName, afterFlowName,
                    flow, refs);
        }

        /** The flow file when it could be read. */
        Optional<FlowFile> availableFlow() {
            return flow != null && flow.available() ? Optional.of(flow) : Optional.empty();
        }

        /** A flow's name after the apply: its file's, else the resource's. */
        String flowName() {
            return availableFlow().map(f -> f.flow().name()).orElse(afterFlowName);
        }

        /**
         * Whether publishing the flow file makes another flow: the provider publishes by name and type
         * and takes the new flow's ID, so a file whose name (after substitutions) or type differs from the
         * prior state's is a new flow while the plan still shows the old ID.
         */
        boolean publishesNewFlow() {
            FlowFile file = availableFlow().orElse(null);
            if (file == null || beforeId == null) {
                return false;
            }
            String name = file.flow().name();
            boolean renamed = name != null && beforeFlowName != null && !name.equalsIgnoreCase(beforeFlowName);
            String before = beforeFlowObjectType();
            return renamed || before != null && !before.equals(file.flow().objectType());
        }

        /** A flow's dependency-tracking type before the change ({@code INBOUNDCALLFLOW}), or null. */
        String beforeFlowObjectType() {
            return Naming.flowObjectType(beforeFlowType);
        }
    }

    /** A reference value in planned values: the path it is at and the types it may point to. */
    record Reference(String path, String value, List<String> targets) {
    }
}

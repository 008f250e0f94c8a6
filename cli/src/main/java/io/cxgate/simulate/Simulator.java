package io.cxgate.simulate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.CxgateException;
import io.cxgate.genesys.AttributeInfo;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.ResourceType;
import io.cxgate.genesys.org.Dependency;
import io.cxgate.genesys.org.OrgObject;
import io.cxgate.genesys.org.OrgSource;
import io.cxgate.plan.Action;
import io.cxgate.plan.ManagedObject;
import io.cxgate.plan.Plan;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.FlowFiles.FlowFile;
import io.cxgate.simulate.Finding.LiveObject;
import io.cxgate.simulate.internal.ValuePaths;
import io.cxgate.simulate.internal.ValuePaths.Found;

/**
 * Checks a plan against the target org for what Terraform cannot see (ARCHITECTURE.md, "Live-org
 * simulation"): references to objects that do not exist, names already taken outside the state,
 * deletes and replaces of objects that unmanaged objects still use, flows that name missing
 * targets, and drift attributed to who changed what.
 *
 * <p>Requests: the org is asked for whole types (each listed once, all types at once within the
 * client's concurrency), plus one dependency-tracking lookup per deleted or replaced object; never
 * one request per referenced ID. What Terraform manages comes from the plan's prior state.
 */
public final class Simulator {
    static final String QUEUE = "genesyscloud_routing_queue";
    static final String SKILL = "genesyscloud_routing_skill";
    static final String LANGUAGE = "genesyscloud_routing_language";
    static final String FLOW = "genesyscloud_flow";
    static final String SCHEDULE = "genesyscloud_architect_schedules";
    static final String SCHEDULE_GROUP = "genesyscloud_architect_schedulegroups";
    static final String IVR = "genesyscloud_architect_ivr";
    static final String USER = "genesyscloud_user";
    static final String EMAIL_ROUTE = "genesyscloud_routing_email_route";
    static final String EMAIL_DOMAIN = "genesyscloud_routing_email_domain";
    static final String PROMPT = "genesyscloud_architect_user_prompt";
    static final String SCRIPT = "genesyscloud_script";
    static final String DID_POOL = "genesyscloud_telephony_providers_edges_did_pool";

    /** Threads that ask the org at once; the API client's own concurrency limit still applies. */
    static final int PARALLELISM = 8;
    /** Users named in one finding before "and N more". */
    static final int NAMES_SHOWN = 3;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'")
            .withZone(ZoneOffset.UTC);

    private final ResourceCatalog catalog;
    private final FlowFiles flowFiles;
    private final Map<String, String> mappings;

    /**
     * @param mappings the environment's {@code mappings}: a name as the configuration writes it →
     *                 the name the object has in this org
     */
    public Simulator(ResourceCatalog catalog, FlowFiles flowFiles, Map<String, String> mappings) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.flowFiles = Objects.requireNonNull(flowFiles, "flowFiles");
        this.mappings = Map.copyOf(mappings);
    }

    public Simulation simulate(Plan plan, OrgSource org) {
        return new Run(plan, org).execute();
    }

    /** One simulation: the plan's facts, what to ask the org, then the checks. */
    private final class Run {
        private final Plan plan;
        private final OrgSource org;
        /** What each change's values say, read once; the value trees themselves are not kept (large plans). */
        private final Map<String, Facts> facts = new HashMap<>();
        private final Set<String> managedIds = new HashSet<>();
        /** IDs of managed objects this plan updates, deletes or replaces. */
        private final Set<String> changedIds = new HashSet<>();
        /** IDs whose object does not exist under its current name after the apply. */
        private final Map<String, ResourceChange> goneIds = new HashMap<>();
        private final Map<String, FlowFile> flows = new LinkedHashMap<>();
        private final Set<String> wanted = new LinkedHashSet<>();
        private final Map<String, List<Dependency>> consumers = new ConcurrentHashMap<>();
        private final Map<String, Index> indexes = new HashMap<>();
        private final List<Finding> findings = new ArrayList<>();
        private final Set<String> warnings = new LinkedHashSet<>();

        Run(Plan plan, OrgSource org) {
            this.plan = plan;
            this.org = org;
        }

        Simulation execute() {
            prepare();
            List<String> lookups = new ArrayList<>();
            for (ResourceChange change : plan.changes()) {
                if (!isManaged(change)) {
                    continue;
                }
                switch (change.action()) {
                    case CREATE -> {
                        wantReferences(change);
                        wantNameCheck(change);
                    }
                    case UPDATE -> wantReferences(change);
                    case REPLACE -> {
                        wantReferences(change);
                        wantConsumers(change, lookups);
                    }
                    case DELETE -> wantConsumers(change, lookups);
                    default -> { }
                }
                if (FLOW.equals(change.type()) && publishes(change)) {
                    wantFlowTargets(change);
                }
            }
            for (ResourceChange drift : plan.drift()) {
                want(drift.type(), null);
            }
            fetch(lookups);
            // second round: what the first answers asked for (who changed drifted objects; flow types)
            List<String> more = new ArrayList<>();
            for (ResourceChange change : plan.changes()) {
                if (isManaged(change) && change.isDestructive() && FLOW.equals(change.type())
                        && flowObjectType(change) == null) {
                    String id = beforeId(change);
                    Optional<OrgObject> flow = id == null ? Optional.empty() : find(FLOW, id);
                    flow.ifPresent(f -> more.add(lookupKey(f.id(), f.apiType())));
                }
            }
            if (plan.drift().stream().anyMatch(d -> liveObject(d).map(o -> o.modifiedBy() != null).orElse(false))) {
                want(USER, null);
            }
            fetch(more);

            for (ResourceChange change : plan.changes()) {
                if (isManaged(change)) {
                    check(change);
                }
            }
            for (ResourceChange drift : plan.drift()) {
                outOfBand(drift);
            }
            return new Simulation(org.sourceName(), org.requests(), findings, List.copyOf(warnings));
        }

        // ------------------------------------------------------------------ the plan's facts

        private void prepare() {
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
                FlowFile flow = FLOW.equals(change.type()) && publishes(change) ? flowFiles.load(after) : null;
                facts.put(key(change), new Facts(id, planName(change, before), planName(change, after),
                        ValuePaths.text(before, "type"), ValuePaths.text(before, "name"), ValuePaths.text(after, "name"),
                        List.of()));
                if (flow != null) {
                    flows.put(change.address(), flow);
                }
                if (id == null) {
                    continue;
                }
                managedIds.add(id);
                Action action = change.action();
                if (action == Action.UPDATE || action == Action.DELETE || action == Action.REPLACE) {
                    changedIds.add(id);
                }
                Facts f = facts(change);
                if (action == Action.DELETE || action == Action.REPLACE) {
                    goneIds.put(id, change);
                } else if (action == Action.UPDATE && f.beforeName() != null && f.afterName() != null
                        && !f.beforeName().equalsIgnoreCase(f.afterName())) {
                    goneIds.put(id, change);
                }
            }
            // references need every managed ID first; the after values are read a second time, not kept
            for (ResourceChange change : plan.changes()) {
                if (isManaged(change) && publishes(change)) {
                    facts.put(key(change), facts(change).withReferences(references(change, change.values().after())));
                }
            }
        }

        private static String key(ResourceChange change) {
            return change.address() + "#" + change.deposed();
        }

        private Facts facts(ResourceChange change) {
            return facts.get(key(change));
        }

        private boolean isManaged(ResourceChange change) {
            return "managed".equals(change.mode());
        }

        private boolean publishes(ResourceChange change) {
            Action a = change.action();
            return a == Action.CREATE || a == Action.UPDATE || a == Action.REPLACE;
        }

        private String beforeId(ResourceChange change) {
            return facts(change).beforeId();
        }

        // ------------------------------------------------------------------ what to ask for

        /** Asks for a type when the org can list it; otherwise notes what goes unchecked. */
        private boolean want(String type, String unchecked) {
            if (org.resourceTypes().contains(type)) {
                wanted.add(type);
                return true;
            }
            if (unchecked != null) {
                warnings.add("the org " + org.sourceName() + " has no " + type + " objects (exported without that"
                        + " type?): " + unchecked + " not checked");
            }
            return false;
        }

        private void wantReferences(ResourceChange change) {
            for (Reference ref : references(change)) {
                for (String type : ref.targets()) {
                    if (org.resourceTypes().contains(type)) {
                        wanted.add(type);
                    }
                }
            }
        }

        private void wantNameCheck(ResourceChange change) {
            if (FLOW.equals(change.type())) {
                want(FLOW, null);
            } else if (facts(change).afterName() != null) {
                want(change.type(), null);
            }
        }

        private void wantFlowTargets(ResourceChange change) {
            FlowFile file = flows.get(change.address());
            if (file == null || !file.available()) {
                return;
            }
            for (FlowReference ref : file.flow().references()) {
                want(ref.target().resourceType(), "flow " + change.address() + " references to "
                        + ref.target().noun() + "s are");
            }
        }

        private void wantConsumers(ResourceChange change, List<String> lookups) {
            String id = beforeId(change);
            if (id == null) {
                return;
            }
            String objectType = dependencyType(change);
            if (objectType != null) {
                if (org.tracksDependencies()) {
                    lookups.add(lookupKey(id, objectType));
                } else {
                    warnings.add("the org " + org.sourceName() + " holds no dependency edges (exported without"
                            + " genesyscloud_flow): which flows use " + change.address() + " is not checked");
                }
            } else if (FLOW.equals(change.type())) {
                want(FLOW, null);
            }
            String what = "what uses " + change.address() + " through";
            switch (change.type()) {
                case SKILL, LANGUAGE -> {
                    want(USER, what + " users is");
                    want(EMAIL_ROUTE, what + " email routes is");
                }
                case QUEUE -> want(EMAIL_ROUTE, what + " email routes is");
                case FLOW -> {
                    want(EMAIL_ROUTE, what + " email routes is");
                    want(IVR, what + " IVRs is");
                    want(QUEUE, what + " queues is");
                }
                case SCHEDULE_GROUP -> want(IVR, what + " IVRs is");
                case SCHEDULE -> want(SCHEDULE_GROUP, what + " schedule groups is");
                case PROMPT, SCRIPT -> want(QUEUE, what + " queues is");
                default -> { }
            }
        }

        /** The dependency-tracking type of a deleted or replaced object, or null when it has none. */
        private String dependencyType(ResourceChange change) {
            if (FLOW.equals(change.type())) {
                return flowObjectType(change);
            }
            return catalog.type(change.type()).flatMap(ResourceType::apiType).orElse(null);
        }

        private String flowObjectType(ResourceChange change) {
            String type = facts(change).beforeFlowType();
            if (type == null || type.isBlank()) {
                return null;
            }
            String upper = type.toUpperCase(Locale.ROOT);
            return upper.endsWith("FLOW") ? upper : upper + "FLOW";
        }

        private static String lookupKey(String id, String objectType) {
            return objectType + "/" + id;
        }

        // ------------------------------------------------------------------ asking

        /** Lists the wanted types and runs the dependency lookups, all at once. */
        private void fetch(List<String> lookups) {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (String type : wanted) {
                tasks.add(() -> {
                    org.objects(type);
                    return null;
                });
            }
            for (String key : new LinkedHashSet<>(lookups)) {
                if (consumers.containsKey(key)) {
                    continue;
                }
                int slash = key.indexOf('/');
                String objectType = key.substring(0, slash);
                String id = key.substring(slash + 1);
                tasks.add(() -> {
                    consumers.put(key, org.consumersOf(id, objectType));
                    return null;
                });
            }
            if (tasks.isEmpty()) {
                return;
            }
            if (tasks.size() == 1) {
                call(tasks.get(0));
                return;
            }
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLELISM, tasks.size()), runnable -> {
                Thread thread = new Thread(runnable, "cxgate-simulate");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<Void>> futures = pool.invokeAll(tasks);
                for (Future<Void> future : futures) {
                    try {
                        future.get();
                    } catch (ExecutionException e) {
                        futures.forEach(f -> f.cancel(true));
                        if (e.getCause() instanceof RuntimeException re) {
                            throw re;
                        }
                        throw new CxgateException("live-org check: " + e.getCause(), e.getCause());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CxgateException("live-org check interrupted", e);
            } finally {
                pool.shutdownNow();
            }
        }

        private void call(Callable<Void> task) {
            try {
                task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CxgateException("live-org check: " + e.getMessage(), e);
            }
        }

        private Index index(String type) {
            return indexes.computeIfAbsent(type, t -> new Index(org.objects(t)));
        }

        private boolean listed(String type) {
            return wanted.contains(type) && org.resourceTypes().contains(type);
        }

        private Optional<OrgObject> find(String type, String id) {
            if (!listed(type)) {
                return Optional.empty();
            }
            return Optional.ofNullable(index(type).byId.get(id));
        }

        // ------------------------------------------------------------------ the checks

        private void check(ResourceChange change) {
            FlowFile flow = flows.get(change.address());
            if (flow != null && !flow.available()) {
                flowFileUnavailable(change, flow);
            }
            switch (change.action()) {
                case CREATE -> {
                    nameConflict(change, flow);
                    missingReferences(change);
                }
                case UPDATE -> missingReferences(change);
                case REPLACE -> {
                    missingReferences(change);
                    inUse(change, true);
                }
                case DELETE -> inUse(change, false);
                default -> { }
            }
            if (flow != null && flow.available()) {
                flowTargets(change, flow);
            }
        }

        // MISSING_REFERENCE

        private void missingReferences(ResourceChange change) {
            Set<String> reported = new HashSet<>();
            for (Reference ref : references(change)) {
                List<String> listable = ref.targets().stream().filter(this::listed).toList();
                if (listable.isEmpty() || listable.size() < ref.targets().size()) {
                    continue; // some target type cannot be listed: absence proves nothing
                }
                boolean exists = listable.stream().anyMatch(t -> index(t).byId.containsKey(ref.value()));
                if (exists || !reported.add(ref.path() + "=" + ref.value())) {
                    continue;
                }
                String target = ref.targets().get(0);
                String noun = noun(target);
                findings.add(new Finding(Finding.MISSING_REFERENCE, Finding.ERROR, change.address(),
                        new LiveObject(apiType(target), target, ref.value(), null),
                        change.label() + ": " + ref.path() + " refers to " + noun + " ID " + ref.value()
                                + ", which neither Terraform manages nor exists in the org: the apply fails or leaves"
                                + " a dangling reference"));
            }
        }

        /** Reference values in the planned values, as {@link #prepare} found them. */
        private List<Reference> references(ResourceChange change) {
            return facts(change).references();
        }

        /** Reference values in the planned values that are neither managed nor unknown. */
        private List<Reference> references(ResourceChange change, JsonNode after) {
            ResourceType type = catalog.type(change.type()).orElse(null);
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
            return out;
        }

        // NAME_CONFLICT

        private void nameConflict(ResourceChange change, FlowFile flow) {
            if (FLOW.equals(change.type())) {
                if (flow == null || !flow.available() || flow.flow().name() == null || !listed(FLOW)) {
                    return;
                }
                String objectType = flow.flow().objectType();
                for (OrgObject existing : index(FLOW).byName(candidates(flow.flow().name()))) {
                    if (existing.apiType().equals(objectType) && !managedIds.contains(existing.id())) {
                        findings.add(new Finding(Finding.NAME_CONFLICT, Finding.ERROR, change.address(),
                                live(existing), "Flow \"" + flow.flow().name() + "\" (" + objectType
                                + ") already exists in the org and Terraform does not manage it: publishing this"
                                + " flow overwrites it. To manage the existing flow, import it:\n"
                                + importBlock(change, existing)));
                    }
                }
                return;
            }
            String name = facts(change).afterName();
            if (name == null || !listed(change.type())) {
                return;
            }
            for (OrgObject existing : orgNamed(change.type(), name)) {
                if (managedIds.contains(existing.id())) {
                    continue;
                }
                findings.add(new Finding(Finding.NAME_CONFLICT, Finding.ERROR, change.address(), live(existing),
                        catalog.label(change.type()) + " \"" + name + "\" already exists in the org (ID "
                                + existing.id() + ") and Terraform does not manage it: creating it fails or makes a"
                                + " duplicate. To manage the existing one, import it:\n" + importBlock(change, existing)));
            }
        }

        /** HCL takes one argument per line in a block: the block is printed ready to paste. */
        private String importBlock(ResourceChange change, OrgObject existing) {
            return "import {\n  to = " + change.address() + "\n  id = \"" + existing.id() + "\"\n}";
        }

        /** Org objects of a type with this name (case-insensitive, through the mappings). */
        private List<OrgObject> orgNamed(String type, String name) {
            Index index = index(type);
            if (USER.equals(type)) {
                return index.byEmail(candidates(name));
            }
            return index.byName(candidates(name));
        }

        private List<String> candidates(String name) {
            String mapped = mappings.get(name);
            return mapped == null || mapped.equals(name) ? List.of(name) : List.of(name, mapped);
        }

        /** The name an object has by the plan's values: the catalog's naming attribute, per type. */
        private String planName(ResourceChange change, JsonNode values) {
            if (values == null || values.isNull()) {
                return null;
            }
            String type = change.type();
            if (DID_POOL.equals(type)) {
                return null;
            }
            if (EMAIL_ROUTE.equals(type)) {
                String pattern = ValuePaths.text(values, "pattern");
                String domain = ValuePaths.text(values, "domain_id");
                return pattern == null || domain == null ? null : pattern + "@" + domain;
            }
            Optional<ResourceType> resourceType = catalog.type(type);
            if (resourceType.isEmpty() || resourceType.get().singleton()) {
                return null;
            }
            String attribute = resourceType.get().nameAttribute().orElse(null);
            return attribute == null ? null : ValuePaths.text(values, attribute);
        }

        // DELETE_IN_USE, REPLACE_CHANGES_ID

        private void inUse(ResourceChange change, boolean replace) {
            String id = beforeId(change);
            if (id == null) {
                return;
            }
            String label = beforeLabel(change);
            List<Consumer> found = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String objectType = dependencyType(change);
            if (objectType == null && FLOW.equals(change.type())) {
                objectType = find(FLOW, id).map(OrgObject::apiType).orElse(null);
            }
            List<Dependency> deps = objectType == null ? null : consumers.get(lookupKey(id, objectType));
            if (deps != null) {
                List<Dependency> sorted = new ArrayList<>(deps);
                sorted.sort(Comparator.comparing(Dependency::consumerName).thenComparing(Dependency::consumerId));
                for (Dependency d : sorted) {
                    if (d.consumerId().equals(id) || !counts(d.consumerId()) || !seen.add(d.consumerId())) {
                        continue;
                    }
                    String resourceType = resourceTypeOf(d.consumerType());
                    String noun = resourceType == null ? d.consumerType().toLowerCase(Locale.ROOT) : noun(resourceType);
                    found.add(new Consumer(new LiveObject(d.consumerType(), resourceType, d.consumerId(),
                            d.consumerName()), noun + " \"" + d.consumerName() + "\" (" + d.consumerType() + ")", noun,
                            managedIds.contains(d.consumerId())));
                }
            }
            List<OrgObject> users = new ArrayList<>();
            switch (change.type()) {
                case SKILL -> {
                    users.addAll(holders("routingSkills", id));
                    routes(id, found, seen, "skillIds", "one of its skills");
                }
                case LANGUAGE -> {
                    users.addAll(holders("routingLanguages", id));
                    routes(id, found, seen, "languageId", "its language");
                }
                case QUEUE -> routes(id, found, seen, "queueId", "its queue");
                case FLOW -> {
                    routes(id, found, seen, "flowId", "its flow");
                    routes(id, found, seen, "spamFlowId", "its spam flow");
                    using(IVR, id, found, seen, "openHoursFlowId", "its open-hours flow");
                    using(IVR, id, found, seen, "closedHoursFlowId", "its closed-hours flow");
                    using(IVR, id, found, seen, "holidayHoursFlowId", "its holiday-hours flow");
                    using(QUEUE, id, found, seen, "queueFlowId", "its in-queue flow");
                    using(QUEUE, id, found, seen, "emailInQueueFlowId", "its email in-queue flow");
                    using(QUEUE, id, found, seen, "messageInQueueFlowId", "its message in-queue flow");
                }
                case SCHEDULE_GROUP -> using(IVR, id, found, seen, "scheduleGroupId", "its schedule group");
                case SCHEDULE -> {
                    using(SCHEDULE_GROUP, id, found, seen, "openScheduleIds", "an open schedule");
                    using(SCHEDULE_GROUP, id, found, seen, "closedScheduleIds", "a closed schedule");
                    using(SCHEDULE_GROUP, id, found, seen, "holidayScheduleIds", "a holiday schedule");
                }
                case PROMPT -> {
                    using(QUEUE, id, found, seen, "whisperPromptId", "its whisper prompt");
                    using(QUEUE, id, found, seen, "onHoldPromptId", "its on-hold prompt");
                }
                case SCRIPT -> using(QUEUE, id, found, seen, "defaultScriptIds", "a default script");
                default -> { }
            }
            for (Consumer consumer : found) {
                String who = consumer.managed() ? "which Terraform manages but this plan does not change"
                        : "which Terraform does not manage";
                String message = replace
                        ? label + " is replaced, so it gets a new ID, but " + consumer.display() + ", " + who
                                + ", still refers to the old one: that " + consumer.noun() + " breaks"
                        : label + " is still used by " + consumer.display() + ", " + who + ": deleting it breaks that "
                                + consumer.noun();
                findings.add(new Finding(replace ? Finding.REPLACE_CHANGES_ID : Finding.DELETE_IN_USE, Finding.ERROR,
                        change.address(), consumer.object(), message));
            }
            if (!users.isEmpty()) {
                users.sort(Comparator.comparing(OrgObject::name).thenComparing(OrgObject::id));
                boolean anyManaged = users.stream().anyMatch(u -> managedIds.contains(u.id()));
                String whose = anyManaged ? "this plan does not update" : "Terraform does not manage";
                String noun = SKILL.equals(change.type()) ? "skill" : "language";
                String names = names(users);
                String count = users.size() + (users.size() == 1 ? " user " : " users ");
                String message = replace
                        ? label + " is replaced, so it gets a new ID, but " + count + whose + " (" + names
                                + ") hold the old one: they lose the " + noun
                        : label + " is still held by " + count + whose + " (" + names + "): deleting it takes the "
                                + noun + " away from them and changes how their interactions are routed";
                findings.add(new Finding(replace ? Finding.REPLACE_CHANGES_ID : Finding.DELETE_IN_USE, Finding.ERROR,
                        change.address(), live(users.get(0)), message));
            }
        }

        /** A consumer counts unless Terraform manages it and this plan changes it too. */
        private boolean counts(String consumerId) {
            return !(managedIds.contains(consumerId) && changedIds.contains(consumerId));
        }

        private List<OrgObject> holders(String attribute, String id) {
            if (!listed(USER)) {
                return List.of();
            }
            List<OrgObject> out = new ArrayList<>();
            for (OrgObject user : index(USER).all) {
                if (user.texts(attribute).contains(id) && counts(user.id())) {
                    out.add(user);
                }
            }
            return out;
        }

        private void routes(String id, List<Consumer> found, Set<String> seen, String attribute, String role) {
            using(EMAIL_ROUTE, id, found, seen, attribute, role);
        }

        /** Objects of {@code type} whose {@code attribute} (an ID, a list or a map of IDs) holds {@code id}. */
        private void using(String type, String id, List<Consumer> found, Set<String> seen, String attribute,
                String role) {
            if (!listed(type)) {
                return;
            }
            List<OrgObject> hits = new ArrayList<>();
            for (OrgObject o : index(type).all) {
                Object value = o.attributes().get(attribute);
                boolean holds = id.equals(value)
                        || value instanceof List<?> list && list.contains(id)
                        || value instanceof Map<?, ?> map && map.containsValue(id);
                if (holds && counts(o.id()) && seen.add(o.id())) {
                    hits.add(o);
                }
            }
            hits.sort(Comparator.comparing(OrgObject::name).thenComparing(OrgObject::id));
            for (OrgObject o : hits) {
                String noun = noun(type);
                found.add(new Consumer(live(o), noun + " \"" + o.name() + "\" (as " + role + ")", noun,
                        managedIds.contains(o.id())));
            }
        }

        // FLOW_FILE_UNAVAILABLE, FLOW_TARGET_MISSING

        private void flowFileUnavailable(ResourceChange change, FlowFile file) {
            String id = beforeId(change);
            String name = facts(change).beforeFlowName();
            LiveObject object = id == null ? null : new LiveObject(flowObjectType(change) == null ? "FLOW"
                    : flowObjectType(change), FLOW, id, name);
            findings.add(new Finding(Finding.FLOW_FILE_UNAVAILABLE, Finding.WARNING, change.address(), object,
                    change.label() + ": " + file.problem() + ". The queues, data actions and other objects it names"
                            + " were not checked"));
        }

        private void flowTargets(ResourceChange change, FlowFile file) {
            ArchyFlow flow = file.flow();
            String flowLabel = flow.name() == null ? change.label() : "Flow \"" + flow.name() + "\"";
            Map<String, Set<String>> planned = plannedNames();
            for (FlowReference ref : flow.references()) {
                String type = ref.target().resourceType();
                if (!listed(type)) {
                    continue;
                }
                List<String> names = candidates(ref.name());
                boolean created = names.stream().anyMatch(n -> planned.getOrDefault(type, Set.of())
                        .contains(n.toLowerCase(Locale.ROOT)));
                if (created) {
                    continue;
                }
                List<OrgObject> existing = index(type).byName(names);
                if (existing.stream().anyMatch(o -> !goneIds.containsKey(o.id()))) {
                    continue;
                }
                String where = " (" + file.filepath() + " line " + ref.line() + ", " + ref.key() + ")";
                String why;
                LiveObject object;
                if (existing.isEmpty()) {
                    why = "which does not exist in the org and is not created by this plan: publishing the flow fails";
                    object = new LiveObject(apiType(type), type, null, ref.name());
                } else {
                    OrgObject gone = existing.get(0);
                    ResourceChange remover = goneIds.get(gone.id());
                    object = live(gone);
                    why = switch (remover.action()) {
                        case DELETE -> "which this plan deletes (" + remover.address() + "): the flow breaks";
                        case REPLACE -> "which this plan replaces under another name (" + remover.address()
                                + "): the flow breaks";
                        default -> "which this plan renames to \"" + facts(remover).afterName() + "\" ("
                                + remover.address() + "): the flow breaks";
                    };
                }
                findings.add(new Finding(Finding.FLOW_TARGET_MISSING, Finding.ERROR, change.address(), object,
                        flowLabel + " refers to " + ref.describe() + where + ", " + why));
            }
        }

        private Map<String, Set<String>> planned;

        /** Names, lower-cased, that objects will have after the apply because this plan sets them. */
        private Map<String, Set<String>> plannedNames() {
            if (planned != null) {
                return planned;
            }
            planned = new HashMap<>();
            for (ResourceChange change : plan.changes()) {
                if (!isManaged(change) || !publishes(change)) {
                    continue;
                }
                String name = FLOW.equals(change.type()) ? flowName(change) : facts(change).afterName();
                if (name != null) {
                    planned.computeIfAbsent(change.type(), t -> new HashSet<>()).add(name.toLowerCase(Locale.ROOT));
                }
            }
            return planned;
        }

        private String flowName(ResourceChange change) {
            FlowFile file = flows.get(change.address());
            if (file != null && file.available() && file.flow().name() != null) {
                return file.flow().name();
            }
            return facts(change).afterFlowName();
        }

        // OUT_OF_BAND_CHANGE

        private void outOfBand(ResourceChange drift) {
            Optional<OrgObject> live = liveObject(drift);
            JsonNode values = drift.values().after().isNull() ? drift.values().before() : drift.values().after();
            String id = live.map(OrgObject::id).orElse(ValuePaths.text(values, "id"));
            LiveObject object = live.map(this::live).orElse(new LiveObject(apiType(drift.type()), drift.type(), id,
                    planName(drift, values)));
            StringBuilder message = new StringBuilder(drift.label()).append(" was changed outside Terraform");
            String by = live.map(OrgObject::modifiedBy).map(this::who).orElse(null);
            Instant when = live.map(OrgObject::dateModified).orElse(null);
            if (by != null) {
                message.append(" by ").append(by);
            }
            if (when != null) {
                message.append(" at ").append(MINUTE.format(when));
            }
            if (by == null && when == null) {
                message.append(" (the org does not say by whom or when)");
            }
            List<String> paths = drift.changedPaths();
            if (!paths.isEmpty()) {
                message.append(": ").append(String.join(", ", paths.size() > 5 ? paths.subList(0, 5) : paths))
                        .append(paths.size() > 5 ? " and " + (paths.size() - 5) + " more" : "");
            }
            plan.change(drift.address()).filter(c -> c.action() == Action.UPDATE || c.action() == Action.REPLACE)
                    .ifPresent(c -> message.append("; this plan overwrites that change with the configuration"));
            findings.add(new Finding(Finding.OUT_OF_BAND_CHANGE, Finding.WARNING, drift.address(), object,
                    message.toString()));
        }

        private Optional<OrgObject> liveObject(ResourceChange drift) {
            JsonNode values = drift.values().after().isNull() ? drift.values().before() : drift.values().after();
            String id = ValuePaths.text(values, "id");
            if (id == null) {
                id = ValuePaths.text(drift.values().before(), "id");
            }
            return id == null ? Optional.empty() : find(drift.type(), id);
        }

        /** A user ID as the admin knows the user: email, else name; other IDs (OAuth clients) as they are. */
        private String who(String userId) {
            return find(USER, userId).map(u -> u.text("email") != null ? u.text("email") : u.name()).orElse(userId);
        }

        // ------------------------------------------------------------------ helpers

        private LiveObject live(OrgObject o) {
            return new LiveObject(o.apiType(), o.resourceType(), o.id(), o.name());
        }

        private String apiType(String type) {
            return catalog.type(type).flatMap(ResourceType::apiType).orElse(null);
        }

        private String resourceTypeOf(String dependencyType) {
            if (dependencyType.endsWith("FLOW")) {
                return FLOW;
            }
            return catalog.byApiType(dependencyType).map(ResourceType::name).orElse(null);
        }

        private String noun(String type) {
            String label = catalog.label(type);
            if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
                return Character.toLowerCase(label.charAt(0)) + label.substring(1);
            }
            return label;
        }

        /** {@code Skill "Spanish"}: the object as it is before the change. */
        private String beforeLabel(ResourceChange change) {
            String name = facts(change).beforeName();
            return name == null ? change.label() : catalog.label(change.type()) + " \"" + name + "\"";
        }

        private String names(List<OrgObject> objects) {
            List<String> shown = objects.stream().limit(NAMES_SHOWN).map(OrgObject::name).toList();
            String more = objects.size() > NAMES_SHOWN ? " and " + (objects.size() - NAMES_SHOWN) + " more" : "";
            return String.join(", ", shown) + more;
        }
    }

    /**
     * What one change's values say, as far as the checks need.
     *
     * @param beforeId       the object's ID before the change (or the import ID), or null for a create
     * @param beforeName     its name by the catalog's naming attribute before, and {@code afterName} after
     * @param beforeFlowType a flow's {@code type} before, e.g. {@code INBOUNDCALL}
     * @param references     unmanaged IDs in reference attributes of the planned values
     */
    private record Facts(String beforeId, String beforeName, String afterName, String beforeFlowType,
            String beforeFlowName, String afterFlowName, List<Reference> references) {
        Facts withReferences(List<Reference> refs) {
            return new Facts(beforeId, beforeName, afterName, beforeFlowType, beforeFlowName, afterFlowName, refs);
        }
    }

    /** A reference value in planned values: the path it is at and the types it may point to. */
    private record Reference(String path, String value, List<String> targets) {
    }

    /** An object that uses a deleted or replaced one. */
    private record Consumer(LiveObject object, String display, String noun, boolean managed) {
    }

    /** One type's objects by ID, by lower-cased name and (users) by lower-cased email. */
    private static final class Index {
        final List<OrgObject> all;
        final Map<String, OrgObject> byId = new HashMap<>();
        final Map<String, List<OrgObject>> names = new HashMap<>();
        final Map<String, List<OrgObject>> emails = new HashMap<>();

        Index(List<OrgObject> objects) {
            this.all = objects;
            for (OrgObject o : objects) {
                byId.put(o.id(), o);
                names.computeIfAbsent(o.name().toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(o);
                String email = o.text("email");
                if (email != null) {
                    emails.computeIfAbsent(email.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(o);
                }
            }
        }

        List<OrgObject> byName(List<String> candidates) {
            return lookup(names, candidates);
        }

        List<OrgObject> byEmail(List<String> candidates) {
            return lookup(emails, candidates);
        }

        private static List<OrgObject> lookup(Map<String, List<OrgObject>> map, List<String> candidates) {
            List<OrgObject> out = new ArrayList<>();
            for (String candidate : candidates) {
                for (OrgObject o : map.getOrDefault(candidate.toLowerCase(Locale.ROOT), List.of())) {
                    if (!out.contains(o)) {
                        out.add(o);
                    }
                }
            }
            return out;
        }
    }
}

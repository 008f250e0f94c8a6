package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.cxgate.genesys.ConsumerTable;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.source.OrgSource;
import io.cxgate.plan.Plan;
import io.cxgate.plan.ResourceChange;

/**
 * Checks a plan against the target org for what Terraform cannot see (ARCHITECTURE.md, "Live-org
 * simulation"): references to objects that do not exist, names already taken outside the state,
 * deletes and replaces of objects that unmanaged objects still use, flows that name missing
 * targets, and drift attributed to who changed what. Each finding code is one {@link Check}.
 *
 * <p>Requests: the org is asked for whole types (each listed once, all types at once within the
 * client's concurrency), plus one dependency-tracking lookup per deleted or replaced object; never
 * one request per referenced ID. What Terraform manages comes from the plan's prior state.
 */
public final class Simulator {
    /** Rounds of asking the org: types and lookups, then what their answers point to (at most 3 more). */
    static final int MAX_ROUNDS = 5;

    private final Naming naming;
    private final FlowFiles flowFiles;
    /** Per change, in the order their findings appear. */
    private final List<Check> checks;
    private final Check drift = new OutOfBandCheck();

    /**
     * @param mappings the environment's {@code mappings}: a name as the configuration writes it →
     *                 the name the object has in this org
     */
    public Simulator(ResourceCatalog catalog, FlowFiles flowFiles, Map<String, String> mappings) {
        this.naming = new Naming(Objects.requireNonNull(catalog, "catalog"), mappings);
        this.flowFiles = Objects.requireNonNull(flowFiles, "flowFiles");
        ConsumerScan scan = new ConsumerScan(ConsumerTable.bundled());
        this.checks = List.of(new FlowFileCheck(), new NameConflictCheck(), new MissingReferenceCheck(),
                new InUseCheck(scan), new FlowIdentityCheck(scan), new SkillCoverageCheck(), new IntegrationActionsCheck(),
                new FlowTargetCheck(), new WrapupCodeCheck(), new WrapupMappingCheck(), new NumberCheck(),
                new DivisionCheck(), new SkillConditionCheck(), new FlowOrderCheck());
    }

    public Simulation simulate(Plan plan, OrgSource org) {
        PlanFacts facts = PlanFacts.of(plan, naming, flowFiles);
        List<ResourceChange> changes = facts.changes();
        Wants wants = new Wants(org);
        Check.Context planOnly = new Check.Context(facts, OrgIndex.empty(), naming);
        for (ResourceChange change : changes) {
            checks.forEach(check -> check.want(change, planOnly, wants));
        }
        plan.drift().forEach(d -> drift.want(d, planOnly, wants));
        OrgIndex index = OrgIndex.fetch(wants);
        // further rounds: what the answers so far ask for (who changed drifted objects; flow types; what the
        // flows that use a skill route to, then those queues' members), until nothing new is asked
        for (int round = 1; round < MAX_ROUNDS; round++) {
            Check.Context known = new Check.Context(facts, index, naming);
            int asked = wants.size();
            for (ResourceChange change : changes) {
                checks.forEach(check -> check.wantMore(change, known, wants));
            }
            plan.drift().forEach(d -> drift.wantMore(d, known, wants));
            if (wants.size() == asked) {
                break;
            }
            index = index.plus(wants);
        }
        Check.Context context = new Check.Context(facts, index, naming);

        List<Finding> findings = new ArrayList<>();
        for (ResourceChange change : changes) {
            checks.forEach(check -> findings.addAll(check.check(change, context)));
        }
        plan.drift().forEach(d -> findings.addAll(drift.check(d, context)));
        return new Simulation(Simulation.Source.of(org.sourceName()), org.requests(), findings, wants.warnings());
    }
}

package io.cxgate.approval;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.bundle.Bundle;
import io.cxgate.bundle.GitCommit;
import io.cxgate.files.Digests;
import io.cxgate.gate.ApprovalStatus;
import io.cxgate.gate.DecisionReview;
import io.cxgate.gate.GateContext;
import io.cxgate.gate.GivenApproval;
import io.cxgate.gate.Refusal;
import io.cxgate.gate.StoreFactory;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.identity.Identity;
import io.cxgate.identity.IdentityRule;
import io.cxgate.policy.Decision;
import io.cxgate.policy.RequiredApproval;
import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.NewEntry;
import io.cxgate.record.RecordStore;

/**
 * {@code cxgate approve} (ARCHITECTURE.md, "Approvals"): appends an {@code approval} entry binding the identity's
 * vote to this bundle digest, environment and group, after these checks in this order: the bundle's files match
 * their digests (7); the bundle was not applied (7); the decision, evaluated as {@code apply} does, is not deny (4);
 * the group is one the decision requires and the identity is in it (2); the identity is not the bundle's author,
 * neither its {@code createdBy} nor, when the repository is at hand, the author of its commit (2).
 */
public final class ApproveService {
    private final Map<String, String> environment;
    private final Clock clock;
    private final ResourceCatalog catalog;
    private final StoreFactory stores;

    public ApproveService(Map<String, String> environment, Clock clock, ResourceCatalog catalog, StoreFactory stores) {
        this.environment = Map.copyOf(environment);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.stores = Objects.requireNonNull(stores, "stores");
    }

    /** The production service: the process environment's store login and keys. */
    public static ApproveService standard(Map<String, String> environment) {
        return new ApproveService(environment, Clock.systemUTC(), ResourceCatalog.bundled(),
                StoreFactory.standard(environment));
    }

    public ApproveOutcome approve(ApproveRequest request) {
        Identity identity = IdentityRule.resolve(request.by(), environment, IdentityRule.Need.BY_IN_CI_WITHOUT_ACTOR);
        GateContext gate = GateContext.open(request.bundleDir(), request.configFile(), request.workingDir());
        Optional<Refusal> altered = gate.alteredWithoutTerraform();
        if (altered.isPresent()) {
            return new ApproveOutcome.Refused(altered.get());
        }
        try (RecordStore store = stores.open(gate)) {
            if (!gate.applies(store).isEmpty()) {
                Entry started = gate.applies(store).get(0);
                return refused(Refusal.Kind.ALREADY_APPLIED, "bundle " + Digests.brief(gate.bundle().digest())
                        + " was applied to " + gate.environmentName() + " as " + started.id()
                        + "; approvals are for bundles not yet applied: plan again with cxgate plan --env "
                        + gate.environmentName());
            }
            Decision decision = new DecisionReview(catalog, environment, clock).review(gate.bundle(),
                    request.configFile(), gate.config(), gate.workingDir(), Optional.empty()).decision();
            if (decision.outcome() == Decision.Outcome.DENY) {
                return refused(Refusal.Kind.DENIED, "denied: " + String.join("; ", decision.reasons())
                        + " (approvals cannot help; change the configuration and plan again)");
            }
            Either group = group(request.group(), identity, decision, gate.approvers());
            if (group.refusal != null) {
                return new ApproveOutcome.Refused(group.refusal);
            }
            Optional<Refusal> self = selfApproval(identity, gate);
            if (self.isPresent()) {
                return new ApproveOutcome.Refused(self.get());
            }
            List<GivenApproval> given = gate.approvals(store);
            Optional<GivenApproval> earlier = given.stream()
                    .filter(a -> a.group().equals(group.group) && identity.sameAs(a.identity())).findFirst();
            if (earlier.isPresent()) {
                return new ApproveOutcome.AlreadyGiven(earlier.get());
            }
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put(GivenApproval.BUNDLE_DIGEST, gate.bundle().digest());
            body.put("artifactDigest", gate.bundle().bundle().artifactDigest());
            body.put(GivenApproval.GROUP, group.group);
            body.put(GivenApproval.COMMENT, request.comment().orElse(null));
            Entry entry = store.append(NewEntry.of(EntryKind.APPROVAL, gate.environmentName(), identity, body));
            ApprovalStatus status = ApprovalStatus.of(decision, gate.approvals(store), gate.approvers());
            return new ApproveOutcome.Recorded(entry, group.group, status);
        }
    }

    /** The group the vote counts for, or why there is none. */
    private record Either(String group, Refusal refusal) {
    }

    private static Either group(Optional<String> asked, Identity identity, Decision decision,
            Map<String, List<String>> approvers) {
        List<String> required = decision.requiredApprovals().stream().map(RequiredApproval::group).toList();
        if (required.isEmpty()) {
            return new Either(null, new Refusal(Refusal.Kind.NOT_AN_APPROVER,
                    "the bundle needs no approval (its decision is allow): apply it with cxgate apply"));
        }
        List<String> mine = required.stream().filter(g -> isMember(identity, g, approvers)).toList();
        if (asked.isPresent()) {
            String group = asked.get();
            if (!required.contains(group)) {
                return new Either(null, new Refusal(Refusal.Kind.NOT_AN_APPROVER, "--group " + group
                        + " is not a group this bundle needs; it needs " + String.join(", ", required)));
            }
            if (!mine.contains(group)) {
                return new Either(null, notMember(identity, group));
            }
            return new Either(group, null);
        }
        if (mine.size() == 1) {
            return new Either(mine.get(0), null);
        }
        if (mine.isEmpty()) {
            return new Either(null, notMember(identity, String.join(" or ", required)));
        }
        return new Either(null, new Refusal(Refusal.Kind.NOT_AN_APPROVER, identity.name() + " is in several groups this"
                + " bundle needs (" + String.join(", ", mine) + "): choose one with --group"));
    }

    private static Refusal notMember(Identity identity, String groups) {
        return new Refusal(Refusal.Kind.NOT_AN_APPROVER, identity.name() + " (from " + identity.source()
                + ") is not in " + groups + " (approvers in cxgate.yaml): only its members can approve");
    }

    private static boolean isMember(Identity identity, String group, Map<String, List<String>> approvers) {
        return approvers.getOrDefault(group, List.of()).stream().anyMatch(identity::sameAs);
    }

    /** The bundle's author may not approve it: neither its {@code createdBy} nor its commit's author. */
    private Optional<Refusal> selfApproval(Identity identity, GateContext gate) {
        Bundle bundle = gate.bundle().bundle();
        if (identity.sameAs(bundle.createdBy().identity())) {
            return Optional.of(new Refusal(Refusal.Kind.SELF_APPROVAL, identity.name() + " made this bundle (createdBy "
                    + bundle.createdBy().identity() + "): someone else in the group must approve it"));
        }
        if (bundle.gitCommit().isPresent()) {
            Optional<GitCommit.Author> author = GitCommit.author(gate.terraform().dir(), bundle.gitCommit().get(),
                    environment);
            if (author.isPresent() && (identity.sameAs(author.get().name()) || identity.sameAs(author.get().email()))) {
                return Optional.of(new Refusal(Refusal.Kind.SELF_APPROVAL, identity.name() + " wrote commit "
                        + bundle.gitCommit().get().substring(0, 12) + " this bundle was planned from: someone else in"
                        + " the group must approve it"));
            }
        }
        return Optional.empty();
    }

    private static ApproveOutcome refused(Refusal.Kind kind, String message) {
        return new ApproveOutcome.Refused(new Refusal(kind, message));
    }
}

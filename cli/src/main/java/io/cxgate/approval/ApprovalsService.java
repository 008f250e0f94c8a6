package io.cxgate.approval;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.gate.ApprovalStatus;
import io.cxgate.gate.DecisionReview;
import io.cxgate.gate.GateContext;
import io.cxgate.gate.Refusal;
import io.cxgate.gate.StoreFactory;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.record.RecordStore;

/**
 * {@code cxgate approvals}: the decision evaluated as {@code apply} does, what it requires, what is given (who, when,
 * group) and what is missing. Reads the store, writes nothing.
 */
public final class ApprovalsService {
    private final Map<String, String> environment;
    private final Clock clock;
    private final ResourceCatalog catalog;
    private final StoreFactory stores;

    public ApprovalsService(Map<String, String> environment, Clock clock, ResourceCatalog catalog, StoreFactory stores) {
        this.environment = Map.copyOf(environment);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.stores = Objects.requireNonNull(stores, "stores");
    }

    public static ApprovalsService standard(Map<String, String> environment) {
        return new ApprovalsService(environment, Clock.systemUTC(), ResourceCatalog.bundled(),
                StoreFactory.standard(environment));
    }

    /** The status of a bundle's approvals, or the refusal of an altered bundle. */
    public sealed interface Outcome permits Status, Refused {
    }

    /** @param bundleDigest what the approvals are bound to */
    public record Status(String environmentName, String bundleDigest, ApprovalStatus status) implements Outcome {
    }

    public record Refused(Refusal refusal) implements Outcome {
    }

    public Outcome approvals(Path bundleDir, Optional<Path> configFile, Path workingDir) {
        GateContext gate = GateContext.open(bundleDir, configFile, workingDir);
        Optional<Refusal> altered = gate.alteredWithoutTerraform();
        if (altered.isPresent()) {
            return new Refused(altered.get());
        }
        try (RecordStore store = stores.open(gate)) {
            DecisionReview.Review review = new DecisionReview(catalog, environment, clock).review(gate.bundle(),
                    configFile, gate.config(), gate.workingDir(), Optional.empty());
            return new Status(gate.environmentName(), gate.bundle().digest(),
                    ApprovalStatus.of(review.decision(), gate.approvals(store), gate.approvers()));
        }
    }
}

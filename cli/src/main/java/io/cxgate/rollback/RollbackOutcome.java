package io.cxgate.rollback;

import java.util.List;
import java.util.Objects;

import io.cxgate.planning.PlanOutcome;

/**
 * A complete rollback bundle and what it undoes. The bundle's report decides the exit code, as for {@code plan}.
 *
 * @param rolledBack  the deployment rolled back ({@code rollbackOf})
 * @param restored    the last succeeded deployment before it, whose archived configuration was planned
 * @param undoes      the deployments after {@code restored} in its environment, oldest first: what the plan reverts
 * @param editedSince objects whose live state changed after {@code restored} (edited in the org outside terraform),
 *                    which the rollback also overwrites; empty when no live copies were stored
 */
public record RollbackOutcome(PlanOutcome plan, Undone rolledBack, Undone restored, List<Undone> undoes,
                              List<String> editedSince) {
    public RollbackOutcome {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(rolledBack, "rolledBack");
        Objects.requireNonNull(restored, "restored");
        undoes = List.copyOf(undoes);
        editedSince = List.copyOf(editedSince);
    }

    /** A deployment named by a rollback: its id, result and short commit (for people reading the report). */
    public record Undone(String id, String result, String gitCommit) {
        public Undone {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(gitCommit, "gitCommit");
        }

        /** {@code dev-0002} or {@code dev-0003 (failed)}. */
        public String describe() {
            return "succeeded".equals(result) ? id : id + " (" + result + ")";
        }
    }
}

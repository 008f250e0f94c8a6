package io.cxgate.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.record.Entry;
import io.cxgate.record.Lock;

/**
 * One deployment as the store records it: its {@code apply-started} entry and, once terraform returned, its
 * {@code apply-finished} entry (ARCHITECTURE.md, "History, show, rollback, state restore").
 *
 * @param started  the apply-started entry (id {@code <env>-<NNNN>})
 * @param finished its apply-finished entry, empty while running or when the apply was interrupted
 * @param result   succeeded / failed from apply-finished; otherwise running or interrupted by the lock rule
 */
public record Deployment(Entry started, Optional<Entry> finished, Result result) {
    /** How a deployment ended, as history prints it. */
    public enum Result {
        SUCCEEDED, FAILED, INTERRUPTED, RUNNING;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An approval the apply counted. */
    public record Approval(String identity, String group, String at) {
    }

    public Deployment {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(result, "result");
    }

    /**
     * The lock rule: a finished apply has the result it recorded; an unfinished one is {@code running} while its
     * environment's lock is live and held for the same bundle, else {@code interrupted} (its lock stale or released).
     *
     * @param liveLock the environment's lock when it is live
     */
    public static Deployment of(Entry started, Optional<Entry> finished, Optional<Lock> liveLock) {
        Result result;
        if (finished.isPresent()) {
            result = "succeeded".equals(finished.get().bodyText("result").orElse("")) ? Result.SUCCEEDED
                    : Result.FAILED;
        } else {
            String bundle = started.bodyText("bundleDigest").orElse("");
            result = liveLock.filter(l -> l.bundleDigest().equals(bundle)).isPresent() ? Result.RUNNING
                    : Result.INTERRUPTED;
        }
        return new Deployment(started, finished, result);
    }

    public String id() {
        return started.id();
    }

    public String environment() {
        return started.environment();
    }

    public String plannedBy() {
        return started.body().path("plannedBy").path("identity").asText("");
    }

    /** Who ran the apply: the identity of the apply-started entry. */
    public String appliedBy() {
        return started.identity();
    }

    public Instant startedAt() {
        return started.at();
    }

    public Optional<Instant> finishedAt() {
        return finished.map(Entry::at);
    }

    public List<Approval> approvals() {
        List<Approval> approvals = new ArrayList<>();
        for (JsonNode a : started.body().path("approvals")) {
            approvals.add(new Approval(a.path("identity").asText(), a.path("group").asText(), a.path("at").asText()));
        }
        return approvals;
    }

    /** Planned changes by action ({@code create, update, delete, replace, …}), in the report's order. */
    public Map<String, Long> summary() {
        Map<String, Long> summary = new LinkedHashMap<>();
        started.body().path("summary").fields().forEachRemaining(e -> summary.put(e.getKey(), e.getValue().asLong()));
        return summary;
    }

    public String artifactDigest() {
        return started.bodyText("artifactDigest").orElse("");
    }

    public String bundleDigest() {
        return started.bodyText("bundleDigest").orElse("");
    }

    public Optional<String> gitCommit() {
        return started.bodyText("gitCommit");
    }

    /** The deployment a rollback bundle reverted, when this deployment applied one. */
    public Optional<String> rollbackOf() {
        return started.bodyText("rollbackOf");
    }

    /** Terraform's last error line (masked when recorded) of a failed apply. */
    public Optional<String> error() {
        return finished.flatMap(f -> f.bodyText("error"));
    }

    public Optional<Long> durationMs() {
        return finished.map(f -> f.body().path("durationMs")).filter(JsonNode::isNumber).map(JsonNode::asLong);
    }
}

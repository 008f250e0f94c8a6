package io.cxgate.drift;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.CxgateException;
import io.cxgate.genesys.api.ApiStatusException;
import io.cxgate.genesys.api.PlatformApiClient;
import io.cxgate.genesys.api.Sleeper;

/**
 * The Platform API's audit query, asynchronous as documented: {@code POST /api/v2/audits/query} (service, interval,
 * filters) answers with a transaction; {@code GET /api/v2/audits/query/{transactionId}} is polled until its
 * {@code state} is {@code Succeeded} (older documentation: {@code Fulfilled}), {@code Failed} or
 * {@code Cancelled}; then {@code GET /api/v2/audits/query/{transactionId}/results} is read page by page,
 * following {@code cursor}. One query per audit service, never one per object; every call goes through the
 * {@link PlatformApiClient} (its rate budget, 429 and 5xx retries, masking).
 */
public final class AuditTrail {
    static final String QUERY = "/api/v2/audits/query";
    static final int RESULTS_PAGE_SIZE = 500;
    private static final int MAX_RESULT_PAGES = 200;

    private final PlatformApiClient client;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Duration pollInterval;
    private final Duration timeout;

    /**
     * @param pollInterval the first wait between status polls; it doubles up to 8 times that
     * @param timeout      how long one transaction may stay queued or running before cxgate gives up on it
     */
    public AuditTrail(PlatformApiClient client, Sleeper sleeper, Clock clock, Duration pollInterval, Duration timeout) {
        this.client = client;
        this.sleeper = sleeper;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
    }

    /** Production pacing: polls from 1 s up to 8 s apart, for at most 3 minutes per transaction. */
    public static AuditTrail of(PlatformApiClient client) {
        return new AuditTrail(client, Sleeper.system(), Clock.systemUTC(), Duration.ofSeconds(1), Duration.ofMinutes(3));
    }

    /**
     * The audit messages about {@code entityIds} in {@code service} over {@code [from, to)}: one transaction.
     *
     * @param entityTypes the entity types asked about; with exactly one, the query filters on it
     */
    public AuditLookup query(String service, Set<String> entityTypes, Set<String> entityIds, Instant from, Instant to) {
        try {
            JsonNode started = client.post(QUERY, request(service, entityTypes, from, to));
            String transaction = started.path("id").asText("");
            if (transaction.isBlank()) {
                throw new CxgateException("POST " + QUERY + ": the answer names no transaction id");
            }
            Optional<AuditLookup> unfinished = awaitCompletion(service, transaction, started);
            if (unfinished.isPresent()) {
                return unfinished.get();
            }
            return new AuditLookup.Events(service, results(transaction, entityIds));
        } catch (ApiStatusException e) {
            if (e.isForbidden()) {
                return new AuditLookup.Unavailable(service, AuditLookup.Reason.NOT_PERMITTED, e.getMessage());
            }
            throw e;
        }
    }

    private static ObjectNode request(String service, Set<String> entityTypes, Instant from, Instant to) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("interval", from.truncatedTo(ChronoUnit.SECONDS) + "/" + to.truncatedTo(ChronoUnit.SECONDS));
        body.put("serviceName", service);
        if (entityTypes.size() == 1) {
            body.putArray("filters").addObject().put("property", "EntityType").put("value", entityTypes.iterator().next());
        }
        body.putArray("sort").addObject().put("name", "Timestamp").put("sortOrder", "descending");
        return body;
    }

    /** Empty once the transaction succeeded; else why there are no results. */
    private Optional<AuditLookup> awaitCompletion(String service, String transaction, JsonNode status) {
        Instant deadline = clock.instant().plus(timeout);
        Duration wait = pollInterval;
        JsonNode current = status;
        while (true) {
            String state = current.path("state").asText("").toLowerCase(Locale.ROOT);
            switch (state) {
                case "succeeded", "fulfilled" -> {
                    return Optional.empty();
                }
                case "failed", "cancelled", "outdatedsdkversion" -> {
                    return Optional.of(new AuditLookup.Unavailable(service, AuditLookup.Reason.FAILED,
                            "transaction " + transaction + " " + current.path("state").asText()));
                }
                default -> { }
            }
            if (!clock.instant().plus(wait).isBefore(deadline)) {
                return Optional.of(new AuditLookup.Unavailable(service, AuditLookup.Reason.TIMED_OUT,
                        "transaction " + transaction + " still " + current.path("state").asText("queued") + " after "
                                + timeout.toSeconds() + " s"));
            }
            sleep(wait);
            wait = wait.multipliedBy(2).compareTo(pollInterval.multipliedBy(8)) > 0 ? pollInterval.multipliedBy(8)
                    : wait.multipliedBy(2);
            current = client.get(QUERY + "/" + transaction, Map.of());
        }
    }

    private List<AuditEvent> results(String transaction, Set<String> entityIds) {
        List<AuditEvent> events = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_RESULT_PAGES; page++) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("pageSize", String.valueOf(RESULTS_PAGE_SIZE));
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            JsonNode answer = client.get(QUERY + "/" + transaction + "/results", query);
            for (JsonNode message : answer.path("entities")) {
                event(message).filter(e -> entityIds.contains(e.entityId())).ifPresent(events::add);
            }
            String next = answer.path("cursor").asText("");
            if (next.isBlank() || next.equals(cursor) || answer.path("entities").isEmpty()) {
                return events;
            }
            cursor = next;
        }
        throw new CxgateException("GET " + QUERY + "/" + transaction + "/results: more than " + MAX_RESULT_PAGES
                + " pages; stopped following cursor");
    }

    /** An {@code AuditLogMessage} with an entity id and a readable {@code eventDate}; others are skipped. */
    static Optional<AuditEvent> event(JsonNode message) {
        String id = message.path("entity").path("id").asText("");
        if (id.isBlank()) {
            return Optional.empty();
        }
        Instant at;
        try {
            at = Instant.parse(message.path("eventDate").asText(""));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.of(new AuditEvent(id, message.path("entityType").asText(null), message.path("action").asText(null),
                at, name(message.path("user")), name(message.path("client")),
                Optional.ofNullable(message.path("application").asText(null)).filter(a -> !a.isBlank())));
    }

    private static Optional<String> name(JsonNode ref) {
        String name = ref.path("name").asText("");
        return Optional.of(name.isBlank() ? ref.path("id").asText("") : name).filter(s -> !s.isBlank());
    }

    private void sleep(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CxgateException("interrupted while waiting for the audit query");
        }
    }
}

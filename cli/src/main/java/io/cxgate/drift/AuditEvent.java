package io.cxgate.drift;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code AuditLogMessage} of the audit query API about an object: who changed it, when, with what.
 *
 * @param entityId    {@code entity.id}
 * @param entityType  {@code entityType}, e.g. {@code Queue}
 * @param action      {@code action}, e.g. {@code Update}
 * @param eventDate   {@code eventDate}
 * @param user        {@code user} (name, else id), when a person made the change
 * @param client      {@code client} (name, else id): the OAuth client the change came through
 * @param application {@code application}, when the API names it
 */
public record AuditEvent(String entityId, String entityType, String action, Instant eventDate, Optional<String> user,
                         Optional<String> client, Optional<String> application) {
    public AuditEvent {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(eventDate, "eventDate");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(application, "application");
    }

    /**
     * {@code by dana@example.com in the UI}, {@code by dana@example.com through OAuth client Ops scripts},
     * {@code by OAuth client Nightly sync (API, client credentials)}. A change made by a user through an OAuth client
     * other than the web UI's is told apart by {@code application}: the audit trail names the Genesys Cloud UI's
     * application for changes made there.
     */
    public String who() {
        if (user.isPresent()) {
            if (application.isEmpty() && client.isPresent()) {
                return "by " + user.get() + " through OAuth client " + client.get();
            }
            return "by " + user.get() + " in the UI" + application.map(a -> " (" + a + ")").orElse("");
        }
        return client.map(c -> "by OAuth client " + c + " (API, client credentials)").orElse("by an unnamed caller");
    }
}

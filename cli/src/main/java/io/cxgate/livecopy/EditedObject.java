package io.cxgate.livecopy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An object a deployment touched whose live state changed after the deployment (someone edited it in the Admin UI
 * or through the API): a rollback of that deployment overwrites the edit too.
 *
 * @param paths        the entity's fields that differ (JSON paths such as {@code acwSettings.timeoutMs}); empty
 *                     when the object was deleted
 * @param modifiedBy   who changed it last, when the API says (a user id)
 * @param dateModified when it changed last, when the API says
 */
public record EditedObject(String address, String type, String id, Kind kind, List<String> paths,
                           Optional<String> modifiedBy, Optional<String> dateModified) {
    /** What happened to the object in the org. */
    public enum Kind { EDITED, DELETED }

    public EditedObject {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        paths = List.copyOf(paths);
        Objects.requireNonNull(modifiedBy, "modifiedBy");
        Objects.requireNonNull(dateModified, "dateModified");
    }

    /** One line for a report: {@code genesyscloud_routing_queue.sales: description, acwSettings.timeoutMs changed}. */
    public String describe() {
        String what = kind == Kind.DELETED ? "deleted in the org" : String.join(", ", paths) + " changed in the org";
        String who = modifiedBy.map(m -> " by " + m).orElse("") + dateModified.map(d -> " at " + d).orElse("");
        return address + " (id " + id + "): " + what + who;
    }
}

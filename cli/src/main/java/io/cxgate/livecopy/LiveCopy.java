package io.cxgate.livecopy;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.InvalidInputException;

/**
 * One object a deployment touched, as the org had it at one moment (before or after the apply).
 *
 * @param address the plan's resource address
 * @param type    the Terraform resource type
 * @param action  the plan's action ({@code update}, {@code create}, …)
 * @param id      the object's id in the org, when known
 * @param state   what the org held
 * @param object  the Platform API entity, redacted; present only in state {@link State#PRESENT}
 * @param reason  why there is no copy (state {@link State#NOT_LISTED} or {@link State#MISSING}), masked
 */
public record LiveCopy(String address, String type, String action, Optional<String> id, State state,
                       Optional<JsonNode> object, Optional<String> reason) {
    /** What the org held for the object at that moment. */
    public enum State {
        /** the object existed: {@link #object()} is its redacted entity */
        PRESENT,
        /** nothing, as the plan expects (before a create, after a delete) */
        ABSENT,
        /** the plan expects an object but the org has none by that id or name */
        MISSING,
        /** the type could not be listed (no listing for it, or the API refused): nothing is known */
        NOT_LISTED;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static State of(String id, String where) {
            for (State s : values()) {
                if (s.id().equals(id)) {
                    return s;
                }
            }
            throw new InvalidInputException(where + ": unknown live copy state '" + id + "'");
        }
    }

    public LiveCopy {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(reason, "reason");
        if (object.isPresent() != (state == State.PRESENT)) {
            throw new IllegalArgumentException(address + ": a copy has an object exactly when its state is present, not "
                    + state.id());
        }
        object = object.<JsonNode>map(JsonNode::deepCopy);
    }

    /** The copy's JSON, as stored in the blob and printed by {@code show --objects}. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("address", address);
        node.put("type", type);
        node.put("action", action);
        node.put("id", id.orElse(null));
        node.put("state", state.id());
        node.set("object", object.<JsonNode>map(JsonNode::deepCopy).orElse(null));
        reason.ifPresent(r -> node.put("reason", r));
        return node;
    }

    static LiveCopy of(JsonNode node, String where) {
        String address = node.path("address").asText(null);
        if (address == null) {
            throw new InvalidInputException(where + ": a live copy has no address");
        }
        JsonNode object = node.get("object");
        return new LiveCopy(address, node.path("type").asText(""), node.path("action").asText(""),
                Optional.ofNullable(node.path("id").textValue()), State.of(node.path("state").asText(), where),
                object == null || object.isNull() ? Optional.empty() : Optional.of(object),
                Optional.ofNullable(node.path("reason").textValue()));
    }
}

package io.cxgate.livecopy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.CxgateException;
import io.cxgate.genesys.source.LiveOrgSource;
import io.cxgate.genesys.source.LiveOrgSource.Listed;
import io.cxgate.livecopy.LiveCopies.Moment;
import io.cxgate.livecopy.LiveCopy.State;
import io.cxgate.plan.Action;
import io.cxgate.plan.ObjectRedaction;
import io.cxgate.plan.ResourceChange;
import io.cxgate.redact.Redactor;

/**
 * Takes the redacted live copies of the objects a plan touches: one listing per resource type (through
 * {@link LiveOrgSource}, the listings of the live-org check and {@code org export}), never one request per object.
 * Objects are found by the id the plan's prior state names; after the apply, objects the apply created (create,
 * replace) by the name the plan gives them. A type the API refuses, or that cxgate cannot list, leaves its copies
 * {@link State#NOT_LISTED} with the reason, and the others are still taken.
 */
public final class LiveCopyTaker {
    private final Redactor redactor;
    private final Clock clock;

    /** @param redactor masks the credentials and the config's {@code maskPatterns} in every string kept */
    public LiveCopyTaker(Redactor redactor, Clock clock) {
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param changes the report's changes (managed resources other than plain no-ops)
     * @param org     the live org; its listings are cached, so a fresh source is needed for the copies after
     */
    public LiveCopies take(List<ResourceChange> changes, LiveOrgSource org, Moment moment) {
        Map<String, List<ResourceChange>> byType = new LinkedHashMap<>();
        for (ResourceChange c : changes) {
            if ("managed".equals(c.mode()) && c.action() != Action.READ) {
                byType.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c);
            }
        }
        List<LiveCopy> copies = new ArrayList<>();
        int requestsBefore = org.requests();
        byType.forEach((type, touched) -> copies.addAll(copiesOf(type, touched, org, moment)));
        return new LiveCopies(moment, clock.instant(), org.requests() - requestsBefore, copies);
    }

    private List<LiveCopy> copiesOf(String type, List<ResourceChange> touched, LiveOrgSource org, Moment moment) {
        if (touched.stream().allMatch(c -> expectsNothing(c, moment))) {
            return touched.stream().map(c -> copy(c, State.ABSENT, Optional.empty(), Optional.empty())).toList();
        }
        List<Listed> listed;
        if (!org.resourceTypes().contains(type)) {
            return notListed(touched, "cxgate has no live listing for " + type);
        }
        try {
            listed = org.listed(type);
        } catch (CxgateException e) {
            return notListed(touched, redactor.mask(e.getMessage()));
        }
        List<LiveCopy> out = new ArrayList<>();
        for (ResourceChange c : touched) {
            out.add(find(c, listed, moment));
        }
        return out;
    }

    private LiveCopy find(ResourceChange c, List<Listed> listed, Moment moment) {
        if (expectsNothing(c, moment)) {
            return copy(c, State.ABSENT, Optional.empty(), Optional.empty());
        }
        boolean byName = moment == Moment.AFTER && (c.action() == Action.CREATE || c.action() == Action.REPLACE);
        Optional<String> key = text(byName ? c.values().after() : c.values().before(), byName ? "name" : "id");
        if (key.isEmpty()) {
            return new LiveCopy(c.address(), c.type(), c.action().id(), Optional.empty(), State.MISSING,
                    Optional.empty(), Optional.of("the plan gives no " + (byName ? "name" : "id") + " to find it by"));
        }
        List<Listed> found = listed.stream()
                .filter(l -> key.get().equals(byName ? l.object().name() : l.object().id())).toList();
        if (found.size() == 1) {
            Listed l = found.get(0);
            return copy(c, State.PRESENT, Optional.of(l.object().id()),
                    Optional.of(ObjectRedaction.redact(l.entity(), redactor)));
        }
        Optional<String> id = byName ? Optional.empty() : key;
        if (moment == Moment.AFTER && c.action() == Action.DELETE && found.isEmpty()) {
            return copy(c, State.ABSENT, id, Optional.empty());
        }
        String why = found.isEmpty()
                ? "the org has no " + c.type() + (byName ? " named " : " with id ") + redactor.mask(key.get())
                : found.size() + " objects of " + c.type() + " are named " + redactor.mask(key.get());
        return new LiveCopy(c.address(), c.type(), c.action().id(), id, State.MISSING, Optional.empty(),
                Optional.of(why));
    }

    /** Before a create there is nothing to copy. */
    private static boolean expectsNothing(ResourceChange c, Moment moment) {
        return moment == Moment.BEFORE && c.action() == Action.CREATE;
    }

    private static LiveCopy copy(ResourceChange c, State state, Optional<String> id, Optional<JsonNode> object) {
        return new LiveCopy(c.address(), c.type(), c.action().id(), id, state, object, Optional.empty());
    }

    private static List<LiveCopy> notListed(List<ResourceChange> touched, String reason) {
        return touched.stream().map(c -> new LiveCopy(c.address(), c.type(), c.action().id(),
                text(c.values().before(), "id"), State.NOT_LISTED, Optional.empty(), Optional.of(reason))).toList();
    }

    private static Optional<String> text(JsonNode values, String field) {
        JsonNode value = values == null ? null : values.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank()
                && !Redactor.MASK.equals(value.asText()) ? Optional.of(value.asText()) : Optional.empty();
    }
}

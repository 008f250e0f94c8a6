package io.cxgate.livecopy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
import io.cxgate.genesys.source.LiveOrgSource;
import io.cxgate.genesys.source.LiveOrgSource.Listed;
import io.cxgate.plan.ObjectRedaction;
import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.RecordStore;
import io.cxgate.redact.Redactor;

/**
 * Which objects a deployment touched have been changed in the live org since that deployment: the question a
 * rollback's reviewer needs answered, because re-applying the earlier configuration overwrites those edits too.
 *
 * <p>The baseline is the deployment's live copies taken <em>after</em> its apply (blob {@value #AFTER_BLOB} of its
 * {@code apply-finished} entry): the pre-change copies cannot serve, since the deployment itself changed those
 * objects. Each type is listed once in the current org; every object present after the deployment is compared with
 * its current entity, both redacted the same way, leaving out the fields that move without anyone editing the
 * object ({@link #VOLATILE}). Secret values are compared masked, so a changed secret is not seen.
 */
public final class EditsSinceDeployment {
    /** Blob name of the copies before the apply, in {@code apply-started}. */
    public static final String BEFORE_BLOB = "liveCopies";
    /** Blob name of the copies after the apply, in {@code apply-finished}. */
    public static final String AFTER_BLOB = "liveCopiesAfter";
    /**
     * Fields that change without a configuration edit: agents joining a queue, a flow opened in Architect, an
     * integration's reported state, the self URI.
     */
    public static final Set<String> VOLATILE = Set.of("joinedMemberCount", "lockedUser", "lockedClient",
            "currentOperation", "reportedState", "selfUri");

    private final Redactor redactor;

    /** @param redactor the same masking the copies were taken with (credentials, {@code maskPatterns}) */
    public EditsSinceDeployment(Redactor redactor) {
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    /**
     * The answer for one deployment.
     *
     * @param edited    the objects changed or deleted in the org since the deployment
     * @param unchecked addresses that could not be compared, each with why (no copy after the apply, a type the
     *                  API refused now)
     * @param baseline  empty when the deployment has no copies after its apply (applied without org access, or
     *                  interrupted), with why; then nothing was compared
     */
    public record Result(String deploymentId, List<EditedObject> edited, Map<String, String> unchecked,
                         Optional<String> baseline) {
        public Result {
            edited = List.copyOf(edited);
            unchecked = Map.copyOf(unchecked);
        }

        /** Whether every touched object was compared and none was edited. */
        public boolean clean() {
            return edited.isEmpty() && unchecked.isEmpty() && baseline.isEmpty();
        }
    }

    /**
     * Compares deployment {@code deploymentId}'s copies after its apply with {@code currentOrg} now.
     *
     * @param currentOrg the environment's live org, read now (a fresh source: listings are cached)
     * @throws InvalidInputException when the store has no such deployment (exit 2)
     */
    public Result find(RecordStore store, String deploymentId, LiveOrgSource currentOrg) {
        List<Entry> entries = store.entries(EntryQuery.all().id(deploymentId));
        if (entries.stream().noneMatch(e -> e.kind() == EntryKind.APPLY_STARTED)) {
            throw new InvalidInputException(store.location() + " has no deployment '" + deploymentId
                    + "' (cxgate history lists them)");
        }
        Optional<Entry> finished = entries.stream().filter(e -> e.kind() == EntryKind.APPLY_FINISHED).findFirst();
        if (finished.isEmpty()) {
            return noBaseline(deploymentId, "it has no apply-finished entry (interrupted or still running)");
        }
        String digest = finished.get().blobs().get(AFTER_BLOB);
        if (digest == null) {
            return noBaseline(deploymentId, Optional.ofNullable(finished.get().body().path(AFTER_BLOB).path("reason")
                    .textValue()).orElse("no live copies were taken after its apply"));
        }
        String where = deploymentId + " live copies " + digest;
        byte[] bytes = store.blob(digest).orElseThrow(() -> new CxgateException(store.location() + ": " + where
                + " is missing from the store"));
        return compare(deploymentId, LiveCopies.parse(bytes, where), currentOrg);
    }

    Result compare(String deploymentId, LiveCopies after, LiveOrgSource currentOrg) {
        List<EditedObject> edited = new ArrayList<>();
        Map<String, String> unchecked = new java.util.TreeMap<>();
        for (LiveCopy copy : after.copies()) {
            switch (copy.state()) {
                case ABSENT -> { }
                case MISSING, NOT_LISTED -> unchecked.put(copy.address(), "no copy after the deployment: "
                        + copy.reason().orElse(copy.state().id()));
                case PRESENT -> {
                    List<Listed> now;
                    try {
                        now = currentOrg.listed(copy.type());
                    } catch (CxgateException e) {
                        unchecked.put(copy.address(), "listing " + copy.type() + " failed: " + redactor.mask(e.getMessage()));
                        continue;
                    }
                    String id = copy.id().orElseThrow();
                    Optional<Listed> current = now.stream().filter(l -> l.object().id().equals(id)).findFirst();
                    if (current.isEmpty()) {
                        edited.add(new EditedObject(copy.address(), copy.type(), id, EditedObject.Kind.DELETED,
                                List.of(), Optional.empty(), Optional.empty()));
                        continue;
                    }
                    JsonNode entity = ObjectRedaction.redact(current.get().entity(), redactor);
                    Set<String> paths = new TreeSet<>();
                    differences(copy.object().orElseThrow(), entity, "", paths);
                    if (!paths.isEmpty()) {
                        edited.add(new EditedObject(copy.address(), copy.type(), id, EditedObject.Kind.EDITED,
                                List.copyOf(paths), text(entity, "modifiedBy"),
                                text(entity, "dateModified").or(() -> text(entity, "modifiedDate"))));
                    }
                }
                default -> throw new IllegalStateException("state " + copy.state());
            }
        }
        return new Result(deploymentId, edited, unchecked, Optional.empty());
    }

    private static Result noBaseline(String deploymentId, String why) {
        return new Result(deploymentId, List.of(), Map.of(), Optional.of(why));
    }

    /** Leaf paths where {@code a} and {@code b} differ ({@code dateModified} and {@code version} included). */
    private static void differences(JsonNode a, JsonNode b, String path, Set<String> out) {
        if (a.isObject() && b.isObject()) {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (path.isEmpty() && VOLATILE.contains(name)) {
                    continue;
                }
                String child = path.isEmpty() ? name : path + "." + name;
                JsonNode x = a.get(name);
                JsonNode y = b.get(name);
                if (x == null || y == null) {
                    out.add(child);
                } else {
                    differences(x, y, child, out);
                }
            }
        } else if (!a.equals(b)) {
            out.add(path.isEmpty() ? "(the whole object)" : path);
        }
    }

    private static Optional<String> text(JsonNode entity, String field) {
        JsonNode value = entity.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.isObject() ? value.path("id").asText() : value.asText());
    }
}

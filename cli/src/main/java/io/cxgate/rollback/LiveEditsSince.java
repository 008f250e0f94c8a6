package io.cxgate.rollback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.CxgateException;
import io.cxgate.config.EnvironmentContext;
import io.cxgate.config.SimulationMode;
import io.cxgate.genesys.source.LiveOrgSource;
import io.cxgate.genesys.source.OrgConnection;
import io.cxgate.livecopy.EditedObject;
import io.cxgate.livecopy.EditsSinceDeployment;
import io.cxgate.record.Entry;
import io.cxgate.record.RecordStore;

/**
 * {@link EditedSince} from the live copies apply stored: each deployment after the restored one is compared, newest
 * first, with the environment's org now ({@link EditsSinceDeployment}); an object is judged by the newest
 * deployment that changed it, so a later deployment's own change is never taken for an edit in the UI. Without org
 * access ({@code simulation} is not {@code live}) nothing is compared and one line says so.
 */
public final class LiveEditsSince implements EditedSince {
    /** Top-level fields every edit changes; who and when are printed as "by … at …". */
    private static final Set<String> BOOKKEEPING = Set.of("dateModified", "modifiedDate", "modifiedBy", "version");

    private final Optional<String> apiBaseUrl;

    /** @param apiBaseUrl overrides the environment's API base URL (tests, gateways) */
    public LiveEditsSince(Optional<String> apiBaseUrl) {
        this.apiBaseUrl = Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
    }

    @Override
    public Edits find(EnvironmentContext context, RecordStore store, Entry restored, List<Entry> later) {
        if (context.environment().simulation() != SimulationMode.LIVE) {
            return Edits.NONE;
        }
        List<String> labels = new ArrayList<>();
        Set<String> judged = new HashSet<>();
        try (OrgConnection org = OrgConnection.live(context, apiBaseUrl)) {
            LiveOrgSource now = (LiveOrgSource) org.source();
            EditsSinceDeployment edits = new EditsSinceDeployment(context.redactor());
            for (int i = later.size() - 1; i >= 0; i--) {
                Entry deployment = later.get(i);
                EditsSinceDeployment.Result result = edits.find(store, deployment.id(), now);
                for (EditedObject edited : result.edited()) {
                    if (!judged.contains(edited.address())) {
                        labels.add(describe(edited, deployment.id()));
                    }
                }
                judged.addAll(touched(deployment));
            }
        } catch (CxgateException e) {
            return new Edits(labels, Optional.of("the org of " + context.name() + " could not be read: "
                    + context.redactor().mask(String.valueOf(e.getMessage()))));
        }
        return new Edits(labels, Optional.empty());
    }

    private static String describe(EditedObject edited, String since) {
        String who = edited.modifiedBy().map(m -> " by " + m).orElse("")
                + edited.dateModified().map(d -> " at " + d).orElse("");
        return edited.address() + (edited.kind() == EditedObject.Kind.DELETED ? " (deleted" : " (edited: "
                + String.join(", ", fields(edited.paths()))) + who + ", since " + since + ")";
    }

    /**
     * The edited fields worth naming: the bookkeeping every edit moves (who, when, the version counter) is left out,
     * unless nothing else differs (e.g. only a masked value changed).
     */
    static List<String> fields(List<String> paths) {
        List<String> named = paths.stream().filter(p -> !BOOKKEEPING.contains(p)).toList();
        return named.isEmpty() ? paths : named;
    }

    /** The addresses a deployment's plan changed, from the report its apply-started entry holds. */
    private static Set<String> touched(Entry deployment) {
        Set<String> out = new HashSet<>();
        for (JsonNode change : deployment.body().path("report").path("changes")) {
            out.add(change.path("address").asText());
        }
        return out;
    }
}

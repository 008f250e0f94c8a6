package io.cxgate.org;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
import io.cxgate.config.ConfigLoader;
import io.cxgate.config.EnvironmentContext;
import io.cxgate.console.Progress;
import io.cxgate.genesys.source.LiveOrgSource;
import io.cxgate.genesys.source.OrgConnection;
import io.cxgate.genesys.source.OrgSnapshot;

/**
 * {@code cxgate org export}: lists an environment's org through the Platform API into an
 * {@link OrgSnapshot} that {@code --org} reads back.
 */
public final class OrgExportService {
    private static final String PREFIX = "genesyscloud_";

    private final Map<String, String> environmentVariables;
    private final Clock clock;
    private final Progress progress;

    public OrgExportService(Map<String, String> environmentVariables, Clock clock) {
        this(environmentVariables, clock, Progress.silent());
    }

    /** @param progress a line per type listed, heartbeats while the API is slow, the request log with --verbose */
    public OrgExportService(Map<String, String> environmentVariables, Clock clock, Progress progress) {
        this.environmentVariables = Map.copyOf(environmentVariables);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * @param types      resource types to export ({@code genesyscloud_routing_queue} or {@code routing_queue});
     *                   empty: every type cxgate can list
     * @param apiBaseUrl {@code --api-base-url}
     */
    public record Request(String environment, Optional<Path> configFile, Path workingDir, List<String> types,
                          Optional<String> apiBaseUrl) {
        public Request {
            Objects.requireNonNull(environment, "environment");
            types = List.copyOf(types);
        }
    }

    /** The snapshot and how many requests it took. */
    public record Result(OrgSnapshot snapshot, int requests) {
    }

    public Result export(Request request) {
        return read(request, "org export", true);
    }

    /**
     * The environment's org as a snapshot, for {@code org export} or one live side of {@code org diff}.
     *
     * @param label        names the work in progress lines and errors ({@code org export})
     * @param dependencies whether to read the dependency edges of every published flow too (one request per flow)
     */
    public Result read(Request request, String label, boolean dependencies) {
        List<String> types = types(request.types());
        EnvironmentContext context = context(request);
        try (OrgConnection org = OrgConnection.live(context, request.apiBaseUrl(),
                client -> client.log(progress.requestLog()))) {
            long start = System.nanoTime();
            OrgSnapshot snapshot = org.waitingFor(progress, label, () -> OrgSnapshot.export(org.source(), types,
                    clock.instant(), (type, count) -> progress.line("cxgate: " + label + ": "
                            + type.substring(PREFIX.length()) + ": " + count + (count == 1 ? " object" : " objects")
                            + " (" + org.source().requests() + " requests, " + seconds(System.nanoTime() - start) + ")"),
                    dependencies));
            return new Result(snapshot, org.source().requests());
        } catch (InvalidInputException e) {
            throw e;
        } catch (CxgateException e) {
            throw e.withStep(label + ": read the org of environment '" + context.name() + "'");
        }
    }

    /**
     * What {@link #read} would refuse before it asks the org: a bad config, an unknown environment, a credential
     * variable that is not set (exit 2, naming it).
     */
    public void preflight(Request request) {
        types(request.types());
        context(request).requireCredentials();
    }

    private EnvironmentContext context(Request request) {
        return EnvironmentContext.resolve(ConfigLoader.load(request.configFile(), request.workingDir()),
                request.environment(), environmentVariables);
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /** The requested types, full names, in the order given; every listable type when none are given. */
    static List<String> types(List<String> requested) {
        Set<String> known = LiveOrgSource.supportedTypes();
        if (requested.isEmpty()) {
            return List.copyOf(known);
        }
        Set<String> out = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String raw : requested) {
            String type = raw.strip();
            if (type.isEmpty()) {
                continue;
            }
            String full = type.startsWith(PREFIX) ? type : PREFIX + type;
            if (known.contains(full)) {
                out.add(full);
            } else {
                unknown.add(type);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("--types: cxgate cannot export " + String.join(", ", unknown) + " (known: "
                    + String.join(", ", known) + ")");
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("--types: no type given");
        }
        return List.copyOf(out);
    }
}

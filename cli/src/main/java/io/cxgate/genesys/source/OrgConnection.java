package io.cxgate.genesys.source;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.Consumer;

import io.cxgate.console.Heartbeat;
import io.cxgate.console.Progress;
import io.cxgate.config.EnvironmentContext;
import io.cxgate.genesys.api.ApiCredentials;
import io.cxgate.genesys.api.PlatformApiClient;

/**
 * An opened {@link OrgSource}: a snapshot file, or the live org through a
 * {@link PlatformApiClient} that {@link #close()} releases.
 */
public final class OrgConnection implements AutoCloseable {
    private final OrgSource source;
    private final PlatformApiClient client;

    private OrgConnection(OrgSource source, PlatformApiClient client) {
        this.source = source;
        this.client = client;
    }

    /** {@code --org FILE}: reads and validates the snapshot (exit 2 when it is not one). */
    public static OrgConnection snapshot(Path file) {
        return new OrgConnection(SnapshotOrgSource.load(file), null);
    }

    /**
     * The live org of an environment: its credentials (refused with exit 2 naming each unset variable, or an
     * unknown region), and the base URL from {@code --api-base-url}, else the environment's {@code apiBaseUrl},
     * else the region's. The context's redactor masks API error messages and logs.
     *
     * @param apiBaseUrl {@code --api-base-url}, when given
     */
    public static OrgConnection live(EnvironmentContext context, Optional<String> apiBaseUrl) {
        return live(context, apiBaseUrl, client -> { });
    }

    /** As {@link #live(EnvironmentContext, Optional)}, with extra client options (tests, benchmarks). */
    public static OrgConnection live(EnvironmentContext context, Optional<String> apiBaseUrl,
            Consumer<PlatformApiClient.Builder> options) {
        ApiCredentials credentials = ApiCredentials.of(context.requireCredentials());
        PlatformApiClient.Builder builder = PlatformApiClient.builder(credentials).redactor(context.redactor())
                .apiBaseUrl(apiBaseUrl.or(context.environment()::apiBaseUrl).orElse(null));
        options.accept(builder);
        PlatformApiClient client = builder.build();
        return new OrgConnection(new LiveOrgSource(client, credentials.region().awsRegion()), client);
    }

    public OrgSource source() {
        return source;
    }

    /** Live: fetches an OAuth token now, so bad credentials or an unreachable API fail before anything else runs. */
    public void authenticate() {
        if (client != null) {
            client.authenticate();
        }
    }

    /**
     * Runs {@code work}; while it waits on the live org, a heartbeat line on {@code progress} after each silent
     * {@link Progress#heartbeat()}: {@code cxgate: <what>: waiting for the Platform API (10 s, 37 requests so far)}.
     */
    public <T> T waitingFor(Progress progress, String what, Supplier<T> work) {
        if (client == null) {
            return work.get();
        }
        try (Heartbeat beat = progress.beat(elapsed -> "cxgate: " + what + ": waiting for the Platform API ("
                + elapsed.toSeconds() + " s, " + client.requests() + " requests so far)")) {
            return work.get();
        }
    }

    /** The live org's API client (audit queries, {@code drift}); empty for a snapshot. */
    public java.util.Optional<PlatformApiClient> client() {
        return java.util.Optional.ofNullable(client);
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}

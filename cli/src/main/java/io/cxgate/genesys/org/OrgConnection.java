package io.cxgate.genesys.org;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.cxgate.config.EnvironmentConfig;
import io.cxgate.console.Heartbeat;
import io.cxgate.console.Progress;
import io.cxgate.genesys.api.ApiCredentials;
import io.cxgate.genesys.api.PlatformApiClient;
import io.cxgate.redact.Redactor;

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
     * The live org of an environment: credentials by the one rule of ARCHITECTURE.md (the
     * environment's {@code credentials} variables, else {@code GENESYSCLOUD_OAUTHCLIENT_ID} /
     * {@code _SECRET}; the region from the config, else {@code GENESYSCLOUD_REGION}), and the base
     * URL from {@code --api-base-url}, else the environment's {@code apiBaseUrl}, else the region's.
     *
     * @param variables     the process environment
     * @param apiBaseUrl    {@code --api-base-url}, when given
     * @param redactor      masks the config's {@code maskPatterns} in API error messages and logs
     * @throws io.cxgate.InvalidInputException naming a missing variable or an unknown region
     */
    public static OrgConnection live(EnvironmentConfig env, Map<String, String> variables, Optional<String> apiBaseUrl,
            Redactor redactor) {
        return live(env, variables, apiBaseUrl, redactor, client -> { });
    }

    /** As {@link #live(EnvironmentConfig, Map, Optional, Redactor)}, with extra client options (tests, benchmarks). */
    public static OrgConnection live(EnvironmentConfig env, Map<String, String> variables, Optional<String> apiBaseUrl,
            Redactor redactor, java.util.function.Consumer<PlatformApiClient.Builder> options) {
        ApiCredentials credentials = ApiCredentials.fromEnvironment(variables,
                env.credentials().map(c -> c.clientIdEnv()).orElse(null),
                env.credentials().map(c -> c.clientSecretEnv()).orElse(null),
                env.region().orElse(null));
        PlatformApiClient.Builder builder = PlatformApiClient.builder(credentials).redactor(redactor)
                .apiBaseUrl(apiBaseUrl.or(env::apiBaseUrl).orElse(null));
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

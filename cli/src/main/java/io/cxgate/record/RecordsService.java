package io.cxgate.record;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.InvalidInputException;
import io.cxgate.config.ConfigLoader;
import io.cxgate.config.CxgateConfig;
import io.cxgate.config.RecordsSettings;
import io.cxgate.identity.Identity;
import io.cxgate.identity.IdentityRule;

/** {@code records verify} and {@code unlock}: the commands that work on the store alone. */
public final class RecordsService {
    private final Map<String, String> environment;

    /** @param environment the process environment: store login and keys, CI identity */
    public RecordsService(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** Which store: the config's (or the default beside the working directory). */
    public record StoreRequest(Optional<Path> configFile, Path workingDir) {
        public StoreRequest {
            Objects.requireNonNull(configFile, "configFile");
            Objects.requireNonNull(workingDir, "workingDir");
        }
    }

    /** What verify found, and where. */
    public record Verification(String location, VerifyResult result) {
    }

    /**
     * What unlock recorded.
     *
     * @param released {@code dana (pid 4242 on build-7) since 2026-11-26T09:00:00.000Z}, empty when there was no lock
     */
    public record Unlocked(String location, Optional<String> released, Entry entry) {
    }

    /** Walks the chain; {@code head}, when given, must still be in it. */
    public Verification verify(StoreRequest request, Optional<String> head) {
        head.ifPresent(RecordsService::requireHead);
        try (RecordStore store = open(load(request), request)) {
            return new Verification(store.location(), store.verify(head));
        }
    }

    /**
     * Releases the environment's lock, whoever holds it, and appends an {@code unlock} entry.
     *
     * @param by {@code --by}, when given (the identity rule decides)
     */
    public Unlocked unlock(StoreRequest request, String env, String reason, Optional<String> by) {
        if (reason.isBlank()) {
            throw new InvalidInputException("--reason: say why the lock is released (it is recorded)");
        }
        Optional<CxgateConfig> config = load(request);
        config.ifPresent(c -> c.environment(env));
        Identity identity = IdentityRule.resolve(by, environment, IdentityRule.Need.ANY);
        try (RecordStore store = open(config, request)) {
            Entry entry = store.unlock(env, identity, reason.strip());
            JsonNode lock = entry.body().path("released");
            Optional<String> released = lock.isObject()
                    ? Optional.of(lock.path("holder").asText() + " (pid " + lock.path("pid").asText() + " on "
                    + lock.path("host").asText() + ") since " + lock.path("since").asText())
                    : Optional.empty();
            return new Unlocked(store.location(), released, entry);
        }
    }

    private static Optional<CxgateConfig> load(StoreRequest request) {
        return ConfigLoader.load(request.configFile(), request.workingDir());
    }

    private RecordStore open(Optional<CxgateConfig> config, StoreRequest request) {
        return RecordStore.open(RecordsSettings.of(config, request.workingDir()), environment);
    }

    private static void requireHead(String head) {
        String hex = head.startsWith("sha256:") ? head.substring("sha256:".length()) : head;
        if (!hex.matches("[0-9a-fA-F]{64}")) {
            throw new InvalidInputException("--head: '" + head + "' is not a chain head (sha256: and 64 hex digits)");
        }
    }
}

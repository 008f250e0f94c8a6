package io.cxgate.config;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.redact.Redactor;

/**
 * What every command needs to know about the environment it works on, resolved once per command and passed to
 * the services: the config (if any), the environment's settings, the time zone of windows and waivers, the
 * redactor, and the org's credentials (or why there are none).
 *
 * @param config      {@code cxgate.yaml}, when there is one
 * @param environment the named environment from the config, else an ad-hoc one
 * @param timeZone    the config's {@code timeZone}, else UTC
 * @param redactor    the config's {@code maskPatterns} plus the value of every variable that may hold a credential
 * @param credentials the org's credentials by the rule of {@link GenesysCredentials}, looked up, not required
 */
public record EnvironmentContext(Optional<CxgateConfig> config, EnvironmentConfig environment, ZoneId timeZone,
                                 Redactor redactor, GenesysCredentials.Lookup credentials) {
    public EnvironmentContext {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(redactor, "redactor");
        Objects.requireNonNull(credentials, "credentials");
    }

    /**
     * @param config      the loaded config, if any
     * @param environment {@code --env}
     * @param variables   the inherited process environment
     * @throws io.cxgate.InvalidInputException for an environment the config does not define, or an ad-hoc name
     *                                         that cannot be a directory name
     */
    public static EnvironmentContext resolve(Optional<CxgateConfig> config, String environment,
            Map<String, String> variables) {
        EnvironmentConfig env = config.map(c -> c.environment(environment))
                .orElseGet(() -> EnvironmentConfig.adHoc(environment));
        Redactor patterns = config.map(c -> Redactor.ofPatterns(c.maskPatterns(), c.file().toString()))
                .orElse(Redactor.none());
        return new EnvironmentContext(config, env, config.map(CxgateConfig::timeZone).orElse(ZoneOffset.UTC),
                patterns.withLiterals(GenesysCredentials.secretValues(env, variables)),
                GenesysCredentials.lookup(env, variables));
    }

    public String name() {
        return environment.name();
    }

    /** The credentials, else the refusal (exit 2) naming every unset variable. */
    public GenesysCredentials requireCredentials() {
        return credentials.orElseThrow();
    }
}

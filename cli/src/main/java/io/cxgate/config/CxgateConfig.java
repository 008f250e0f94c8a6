package io.cxgate.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.files.DisplayPaths;
import io.cxgate.InvalidInputException;

/**
 * A loaded and validated {@code cxgate.yaml}. Every path is absolute and normalized, resolved against the
 * directory of the config file.
 *
 * @param file         the config file, absolute and normalized
 * @param terraform    how to run terraform
 * @param policies     the policies directory; empty: no {@code policies} key
 * @param records      where deployment records live
 * @param maskPatterns Java regular expressions whose matches are masked everywhere
 * @param timeZone     for deployment windows and waiver expiry; {@link java.time.ZoneOffset#UTC} by default
 * @param environments by name, in file order
 * @param approvers    group → identities, in file order
 * @param displayPath  how messages name the file: as the user gave it, or relative to the working directory
 */
public record CxgateConfig(Path file, TerraformSettings terraform, Optional<Path> policies, RecordsSettings records,
                           List<String> maskPatterns, ZoneId timeZone, Map<String, EnvironmentConfig> environments,
                           Map<String, List<String>> approvers, String displayPath) {
    public CxgateConfig {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(terraform, "terraform");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(records, "records");
        maskPatterns = Immutables.list(maskPatterns, "maskPatterns");
        Objects.requireNonNull(timeZone, "timeZone");
        environments = Immutables.orderedMap(environments, "environments");
        environments.forEach((name, env) -> {
            if (!name.equals(env.name())) {
                throw new IllegalArgumentException("environment '" + env.name() + "' is filed under '" + name + "'");
            }
        });
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Objects.requireNonNull(approvers, "approvers").forEach((group, ids) -> groups.put(group, List.copyOf(ids)));
        approvers = Immutables.orderedMap(groups, "approvers");
        Objects.requireNonNull(displayPath, "displayPath");
    }

    /** A config whose messages name the file by its path relative to the working directory, when it is inside it. */
    public CxgateConfig(Path file, TerraformSettings terraform, Optional<Path> policies, RecordsSettings records,
                        List<String> maskPatterns, ZoneId timeZone, Map<String, EnvironmentConfig> environments,
                        Map<String, List<String>> approvers) {
        this(file, terraform, policies, records, maskPatterns, timeZone, environments, approvers, DisplayPaths.relativeToCurrentDir(file));
    }

    /** The directory of the config file: what relative paths in it are resolved against. */
    public Path baseDir() {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null ? parent : file.toAbsolutePath().getRoot();
    }

    /**
     * The named environment.
     *
     * @throws InvalidInputException when the config does not name it (exit 2)
     */
    public EnvironmentConfig environment(String name) {
        EnvironmentConfig env = environments.get(name);
        if (env == null) {
            throw new InvalidInputException(displayPath + ": unknown environment '" + name + "' (known: "
                    + String.join(", ", environments.keySet()) + ")");
        }
        return env;
    }

}

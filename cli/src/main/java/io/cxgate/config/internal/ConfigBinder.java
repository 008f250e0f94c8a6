package io.cxgate.config.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.config.Credentials;
import io.cxgate.config.CxgateConfig;
import io.cxgate.config.DeploymentWindow;
import io.cxgate.config.EnvironmentConfig;
import io.cxgate.config.RecordsSettings;
import io.cxgate.config.SimulationMode;
import io.cxgate.config.TerraformSettings;
import io.cxgate.yaml.FieldPath;
import io.cxgate.yaml.YamlSource;

/**
 * Turns a schema-valid document into a {@link CxgateConfig}: applies defaults, resolves relative paths against
 * the config file's directory, and checks what the schema cannot (regexes, time zone, windows, promotions).
 */
public final class ConfigBinder {
    private static final FieldPath ENVIRONMENTS = FieldPath.of("environments");
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)([?&;]password=)|(//[^/@?]*:[^/@?]*@)");

    private final YamlSource source;
    private final Path baseDir;

    private ConfigBinder(YamlSource source, Path baseDir) {
        this.source = source;
        this.baseDir = baseDir;
    }

    /**
     * @param file the config file, absolute and normalized
     */
    public static CxgateConfig bind(ObjectNode root, Path file, YamlSource source) {
        return new ConfigBinder(source, file.getParent()).config(root, file);
    }

    private CxgateConfig config(ObjectNode root, Path file) {
        TerraformSettings terraform = terraform(root.path("terraform"));
        Optional<Path> policies = text(root, FieldPath.of("policies")).map(s -> path(FieldPath.of("policies"), s));
        RecordsSettings records = records(root.path("records"));
        List<String> maskPatterns = maskPatterns(root.path("maskPatterns"));
        ZoneId zone = text(root, FieldPath.of("timeZone")).map(this::zone).orElse(ZoneOffset.UTC);
        Map<String, EnvironmentConfig> environments = new LinkedHashMap<>();
        root.path("environments").fields().forEachRemaining(e -> environments.put(e.getKey(), environment(e.getKey(), e.getValue())));
        Promotions.check(environments, source);
        Map<String, List<String>> approvers = new LinkedHashMap<>();
        root.path("approvers").fields().forEachRemaining(e -> approvers.put(e.getKey(), strings(e.getValue())));
        return new CxgateConfig(file, terraform, policies, records, maskPatterns, zone, environments, approvers, source.display());
    }

    private TerraformSettings terraform(JsonNode node) {
        FieldPath at = FieldPath.of("terraform");
        String binary = text(node, "binary").map(this::binary).orElse(TerraformSettings.DEFAULT_BINARY);
        Path dir = text(node, "dir").map(s -> path(at.key("dir"), s)).orElse(baseDir);
        int timeout = node.has("timeoutMinutes") ? node.get("timeoutMinutes").asInt() : TerraformSettings.DEFAULT_TIMEOUT_MINUTES;
        String lockTimeout = text(node, "lockTimeout").orElse(TerraformSettings.DEFAULT_LOCK_TIMEOUT);
        return new TerraformSettings(binary, dir, timeout, lockTimeout);
    }

    /** A bare name (terraform, tofu) is looked up on PATH; anything with a separator is a path. */
    private String binary(String value) {
        if (value.indexOf('/') < 0 && value.indexOf('\\') < 0) {
            return value;
        }
        return path(FieldPath.of("terraform", "binary"), value).toString();
    }

    private RecordsSettings records(JsonNode node) {
        String url = text(node, "url").map(this::recordsUrl).orElse(RecordsSettings.defaultFor(baseDir).url());
        return new RecordsSettings(url, text(node, "userEnv"), text(node, "passwordEnv"), text(node, "signingKeyEnv"),
                text(node, "encryptionKeyEnv"));
    }

    private String recordsUrl(String url) {
        FieldPath at = FieldPath.of("records", "url");
        if (PASSWORD_IN_URL.matcher(url).find()) {
            throw source.valueError(at, "must not contain a password: cxgate.yaml holds no secrets");
        }
        if (!url.startsWith(RecordsSettings.SQLITE_PREFIX)) {
            return url;
        }
        String rest = url.substring(RecordsSettings.SQLITE_PREFIX.length());
        int query = rest.indexOf('?');
        String file = query < 0 ? rest : rest.substring(0, query);
        if (file.isEmpty() || file.startsWith(":") || file.startsWith("file:")) {
            return url; // :memory:, :resource:…, file: URIs
        }
        return RecordsSettings.SQLITE_PREFIX + path(at, file) + (query < 0 ? "" : rest.substring(query));
    }

    private List<String> maskPatterns(JsonNode node) {
        List<String> patterns = strings(node);
        for (int i = 0; i < patterns.size(); i++) {
            try {
                Pattern.compile(patterns.get(i));
            } catch (PatternSyntaxException e) {
                throw source.valueError(FieldPath.of("maskPatterns", i), "not a valid Java regular expression: "
                        + e.getDescription() + " near index " + e.getIndex());
            }
        }
        return patterns;
    }

    private ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw source.valueError(FieldPath.of("timeZone"), "unknown time zone '" + id
                    + "' (use a region ID like Europe/London, or UTC)");
        }
    }

    private EnvironmentConfig environment(String name, JsonNode node) {
        FieldPath at = ENVIRONMENTS.key(name);
        List<Path> varFiles = new ArrayList<>();
        JsonNode files = node.path("varFiles");
        for (int i = 0; i < files.size(); i++) {
            varFiles.add(path(at.key("varFiles").index(i), files.get(i).asText()));
        }
        Optional<Credentials> credentials = node.has("credentials")
                ? Optional.of(new Credentials(node.get("credentials").get("clientIdEnv").asText(),
                        node.get("credentials").get("clientSecretEnv").asText()))
                : Optional.empty();
        List<DeploymentWindow> windows = new ArrayList<>();
        JsonNode windowTexts = node.path("deploymentWindows");
        for (int i = 0; i < windowTexts.size(); i++) {
            windows.add(window(at.key("deploymentWindows").index(i), windowTexts.get(i).asText()));
        }
        Map<String, String> mappings = new LinkedHashMap<>();
        node.path("mappings").fields().forEachRemaining(e -> mappings.put(e.getKey(), e.getValue().asText()));
        return new EnvironmentConfig(name,
                text(node, "region"),
                varFiles,
                text(node, "backendConfig").map(s -> path(at.key("backendConfig"), s)),
                text(node, "workspace"),
                credentials,
                text(node, "promotedFrom"),
                node.path("protected").asBoolean(false),
                text(node, "simulation").map(SimulationMode::fromYaml).orElse(SimulationMode.NONE),
                text(node, "apiBaseUrl").map(ConfigBinder::withoutTrailingSlash),
                windows,
                mappings);
    }

    private DeploymentWindow window(FieldPath at, String text) {
        try {
            return DeploymentWindow.parse(text);
        } catch (IllegalArgumentException e) {
            throw source.valueError(at, e.getMessage());
        }
    }

    /** The schema guarantees a host, so only slashes after it go. */
    private static String withoutTrailingSlash(String url) {
        return url.replaceAll("/+$", "");
    }

    private Path path(FieldPath at, String value) {
        try {
            return baseDir.resolve(value).normalize();
        } catch (InvalidPathException e) {
            throw source.valueError(at, "not a valid path: " + e.getReason());
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** A string field of {@code node} (null and absent are empty: the schema has already checked types). */
    private static Optional<String> text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static Optional<String> text(JsonNode root, FieldPath path) {
        JsonNode node = root;
        for (Object element : path.elements()) {
            node = node.path((String) element);
        }
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }
}

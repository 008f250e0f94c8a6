package io.cxgate.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import io.cxgate.config.ConfigLoader;
import io.cxgate.config.CxgateConfig;
import io.cxgate.config.EnvironmentConfig;
import io.cxgate.config.SimulationMode;
import io.cxgate.testing.Fixtures;

/**
 * The starter repository in {@code terraform-templates/} holds together: its {@code cxgate.yaml} loads with the
 * promotion chain the README walks through, every flow placeholder is filled by its resource's
 * {@code substitutions}, every environment sets every variable it must, and no file carries a secret.
 */
class TerraformTemplatesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}\\s]+)\\s*}}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> ENVIRONMENTS = List.of("dev", "uat", "prod");

    private final Path templates = Fixtures.repo("terraform-templates");

    @Test
    void cxgateYamlPromotesDevToUatToAGuardedProduction() {
        CxgateConfig config = ConfigLoader.load(templates.resolve("cxgate.yaml"));

        assertEquals(ENVIRONMENTS, List.copyOf(config.environments().keySet()));
        assertEquals("dev", config.environment("uat").promotedFrom().orElseThrow());
        EnvironmentConfig prod = config.environment("prod");
        assertEquals("uat", prod.promotedFrom().orElseThrow());
        assertTrue(prod.isProtected());
        assertEquals(SimulationMode.LIVE, prod.simulation());
        assertEquals(1, prod.deploymentWindows().size());
        assertEquals(Set.of("cc-operations", "cx-leads", "security"), config.approvers().keySet(),
                "the default bundle's three groups");
        assertEquals(Fixtures.repoRoot().resolve("policies"), config.policies().orElseThrow());
        for (String name : ENVIRONMENTS) {
            EnvironmentConfig env = config.environment(name);
            String upper = name.toUpperCase(java.util.Locale.ROOT);
            assertEquals("GC_" + upper + "_CLIENT_ID", env.credentials().orElseThrow().clientIdEnv());
            assertEquals("GC_" + upper + "_CLIENT_SECRET", env.credentials().orElseThrow().clientSecretEnv());
            assertEquals(List.of(templates.resolve("envs/" + name + ".tfvars")), env.varFiles());
            env.varFiles().forEach(f -> assertTrue(Files.isRegularFile(f), f + " exists"));
            assertTrue(Files.isRegularFile(env.backendConfig().orElseThrow()), name + " has its backend config");
        }
    }

    @Test
    void everyFlowPlaceholderIsFilledBySubstitutionsAndEverySubstitutionIsUsed() throws IOException {
        Map<String, Map<?, ?>> flows = flowResources();
        assertEquals(Set.of("inbound_call", "closed"), flows.keySet());
        Path module = templates.resolve("modules/architect");
        for (Map.Entry<String, Map<?, ?>> flow : flows.entrySet()) {
            String filepath = String.valueOf(flow.getValue().get("filepath"))
                    .replace("${path.module}/", "").replace("path.module/", "");
            Path yaml = module.resolve(filepath);
            String text = Files.readString(yaml);
            Map<?, ?> substitutions = (Map<?, ?>) flow.getValue().get("substitutions");
            Set<String> keys = new TreeSet<>();
            substitutions.keySet().forEach(k -> keys.add(String.valueOf(k)));

            assertEquals(keys, placeholders(text), flow.getKey() + ": placeholders of " + yaml.getFileName()
                    + " and the keys of its substitutions");
            YAML.readTree(text); // valid YAML before substitution: placeholders are quoted
            JsonNode substituted = YAML.readTree(substitute(text, keys));
            JsonNode inbound = substituted.path("inboundCall");
            assertFalse(inbound.isMissingNode(), yaml + " is an inbound call flow");
            for (String field : List.of("name", "division", "startUpRef", "defaultLanguage")) {
                assertTrue(inbound.hasNonNull(field), yaml + " sets " + field);
            }
        }
    }

    @Test
    void theInboundFlowReachesEveryQueueByNameThroughSubstitutions() throws IOException {
        Map<?, ?> inbound = flowResources().get("inbound_call");
        Map<?, ?> substitutions = (Map<?, ?>) inbound.get("substitutions");
        JsonNode flow = YAML.readTree(Files.readString(templates.resolve("modules/architect/flows/inbound-call.yaml")));
        List<String> targets = flow.findParents("targetQueue").stream()
                .map(parent -> parent.path("targetQueue").path("lit").path("name").asText()).toList();

        assertFalse(targets.isEmpty());
        Set<String> queueKeys = new TreeSet<>();
        for (String target : targets) {
            Matcher m = PLACEHOLDER.matcher(target);
            assertTrue(m.matches(), "queues are named through a placeholder, not literally: " + target);
            queueKeys.add(m.group(1));
        }
        assertEquals(Set.of("billing_queue", "sales_queue", "support_queue"), queueKeys);
        for (String key : queueKeys) {
            assertTrue(String.valueOf(substitutions.get(key)).startsWith("var.queue_names"),
                    key + " is filled from the queue resources' names: " + substitutions.get(key));
        }
    }

    @Test
    void eachEnvironmentSetsEveryRequiredVariableAndNoSensitiveOne() throws IOException {
        Map<?, ?> variables = (Map<?, ?>) HclAttributeCheck.parse(templates.resolve("variables.tf")).get("variable");
        Set<String> declared = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        Set<String> sensitive = new TreeSet<>();
        variables.forEach((name, body) -> {
            Map<?, ?> spec = (Map<?, ?>) body;
            declared.add(String.valueOf(name));
            if (Boolean.TRUE.equals(spec.get("sensitive"))) {
                sensitive.add(String.valueOf(name));
            } else if (!spec.containsKey("default")) {
                required.add(String.valueOf(name));
            }
        });
        assertEquals(Set.of("crm_api_key"), sensitive, "secrets are sensitive variables");

        for (String env : ENVIRONMENTS) {
            Map<String, Object> tfvars = HclAttributeCheck.parse(templates.resolve("envs/" + env + ".tfvars"));
            Set<String> set = new TreeSet<>(tfvars.keySet());
            assertTrue(declared.containsAll(set), env + ".tfvars sets only declared variables: " + set);
            assertTrue(set.containsAll(required), env + ".tfvars sets every variable without a default: " + required);
            assertTrue(set.stream().noneMatch(sensitive::contains), env + ".tfvars holds no secret: " + set);
            assertEquals(env, tfvars.get("environment"));
        }
    }

    @Test
    void noFileHoldsACredentialAndTheDataActionKeyComesFromASensitiveVariable() throws IOException {
        Map<String, Object> root = HclAttributeCheck.parse(templates.resolve("providers.tf"));
        Map<?, ?> provider = (Map<?, ?>) ((Map<?, ?>) root.get("provider")).get("genesyscloud");
        for (String credential : List.of("oauthclient_id", "oauthclient_secret", "access_token")) {
            assertFalse(provider.containsKey(credential), "the provider block sets no " + credential);
        }

        Map<?, ?> action = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) HclAttributeCheck
                .parse(templates.resolve("modules/integrations/main.tf")).get("resource"))
                .get("genesyscloud_integration_action")).get("lookup_customer");
        Map<?, ?> headers = (Map<?, ?>) ((Map<?, ?>) action.get("config_request")).get("headers");
        assertEquals("var.crm_api_key", String.valueOf(headers.get("X-API-Key")));
        Map<?, ?> moduleVariables = (Map<?, ?>) HclAttributeCheck
                .parse(templates.resolve("modules/integrations/variables.tf")).get("variable");
        assertEquals(Boolean.TRUE, ((Map<?, ?>) moduleVariables.get("crm_api_key")).get("sensitive"));

        Pattern secretAssignment = Pattern.compile(
                "(?im)^\\s*\"?[\\w-]*(password|secret|token|api[_-]?key)\"?\\s*[=:]\\s*\"[^\"]+\"");
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                assertFalse(secretAssignment.matcher(text).find(), file + " assigns a secret literally");
            }
        }
    }

    private Map<String, Map<?, ?>> flowResources() {
        Map<String, Object> tree = HclAttributeCheck.parse(templates.resolve("modules/architect/flows.tf"));
        Map<?, ?> flows = (Map<?, ?>) ((Map<?, ?>) tree.get("resource")).get("genesyscloud_flow");
        Map<String, Map<?, ?>> byName = new LinkedHashMap<>();
        flows.forEach((name, body) -> byName.put(String.valueOf(name), (Map<?, ?>) body));
        return byName;
    }

    private static Set<String> placeholders(String text) {
        Set<String> keys = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    /** What the provider does before publishing: each {@code {{key}}} replaced by its value, as text. */
    private static String substitute(String text, Set<String> keys) {
        String out = text;
        for (String key : keys) {
            out = out.replace("{{" + key + "}}", "Value of " + key);
        }
        return out;
    }
}

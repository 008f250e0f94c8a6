package io.cxgate.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.redact.SecretNames;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.Fixtures;

/**
 * Secrets of types whose schema does not mark them {@code Sensitive} (every messaging integration type,
 * {@code genesyscloud_integration_facebook}, {@code genesyscloud_oauth_client}): a create with a canary in
 * every attribute shows none of the secret ones in any format, and still shows the rest. The attribute lists
 * are known answers, checked against the provider's schema (v1.84.1) when it is beside the clone.
 */
class SecretNamesCanaryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Per type: every resource attribute (nested ones as block.name), and whether it holds a secret. */
    static final Map<String, Map<String, Boolean>> ATTRIBUTES = new LinkedHashMap<>();

    static {
        Map<String, Boolean> facebook = attrs("name", "supported_content_id", "messaging_setting_id", "page_id",
                "app_id");
        secrets(facebook, "page_access_token", "user_access_token", "app_secret");
        ATTRIBUTES.put("genesyscloud_integration_facebook", facebook);
        Map<String, Boolean> instagram = new LinkedHashMap<>(facebook);
        ATTRIBUTES.put("genesyscloud_conversations_messaging_integrations_instagram", instagram);
        Map<String, Boolean> open = attrs("name", "supported_content_id", "messaging_setting_id",
                "outbound_notification_webhook_url");
        secrets(open, "outbound_notification_webhook_signature_secret_token", "webhook_headers");
        ATTRIBUTES.put("genesyscloud_conversations_messaging_integrations_open", open);
        Map<String, Boolean> whatsapp = attrs("name", "supported_content_id", "messaging_setting_id",
                "phone_number", "activate_whatsapp");
        secrets(whatsapp, "pin", "embedded_signup_access_token");
        ATTRIBUTES.put("genesyscloud_conversations_messaging_integrations_whatsapp", whatsapp);
        Map<String, Boolean> apple = attrs("name", "supported_content_id", "messaging_setting_id",
                "messages_for_business_id", "business_name", "logo_url", "apple_i_message_app.application_name",
                "apple_i_message_app.application_id", "apple_i_message_app.bundle_id",
                "apple_authentication.oauth_client_id", "apple_authentication.oauth_token_url",
                "apple_authentication.oauth_scope", "apple_pay.store_name", "apple_pay.merchant_id",
                "apple_pay.domain_name", "apple_pay.payment_capabilities", "apple_pay.supported_payment_networks",
                "apple_pay.payment_certificate_credential_id", "apple_pay.payment_gateway_url", "apple_pay.fallback_url",
                "apple_pay.shipping_method_update_url", "apple_pay.shipping_contact_update_url",
                "apple_pay.payment_method_update_url", "apple_pay.order_tracking_url");
        secrets(apple, "apple_authentication.oauth_client_secret");
        ATTRIBUTES.put("genesyscloud_conversations_messaging_integrations_apple", apple);
        Map<String, Boolean> oauth = attrs("name", "description", "access_token_validity_seconds",
                "registered_redirect_uris", "authorized_grant_type", "scopes", "roles.role_id", "roles.division_id",
                "state", "integration_credential_id", "integration_credential_name", "client_id",
                "expose_client_secret");
        secrets(oauth, "client_secret", "directory_client_secret");
        ATTRIBUTES.put("genesyscloud_oauth_client", oauth);
    }

    private static Map<String, Boolean> attrs(String... names) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (String name : names) {
            out.put(name, false);
        }
        return out;
    }

    private static void secrets(Map<String, Boolean> into, String... names) {
        for (String name : names) {
            into.put(name, true);
        }
    }

    @TempDir
    Path dir;

    private static String canary(String type, String path) {
        return "CANARY-" + type.replace("genesyscloud_", "") + "-" + path.replace('.', '-');
    }

    /** A plan creating one resource per type, every attribute holding its canary (booleans and numbers as such). */
    private Path plan() throws IOException {
        ObjectNode plan = JSON.createObjectNode().put("format_version", "1.2").put("terraform_version", "1.9.8");
        ArrayNode changes = plan.putArray("resource_changes");
        for (Map.Entry<String, Map<String, Boolean>> type : ATTRIBUTES.entrySet()) {
            ObjectNode after = JSON.createObjectNode();
            for (String path : type.getValue().keySet()) {
                String[] steps = path.split("\\.");
                ObjectNode holder = after;
                if (steps.length == 2) {
                    ArrayNode block = after.has(steps[0]) ? (ArrayNode) after.get(steps[0]) : after.putArray(steps[0]);
                    holder = block.isEmpty() ? block.addObject() : (ObjectNode) block.get(0);
                }
                String leaf = steps[steps.length - 1];
                switch (leaf) {
                    case "activate_whatsapp", "expose_client_secret" -> holder.put(leaf, true);
                    case "access_token_validity_seconds" -> holder.put(leaf, 86400);
                    case "scopes", "registered_redirect_uris", "payment_capabilities", "supported_payment_networks" ->
                            holder.putArray(leaf).add(canary(type.getKey(), path));
                    default -> holder.put(leaf, canary(type.getKey(), path));
                }
            }
            ObjectNode entry = changes.addObject().put("address", type.getKey() + ".x").put("mode", "managed")
                    .put("type", type.getKey()).put("name", "x")
                    .put("provider_name", "registry.terraform.io/mypurecloud/genesyscloud");
            ObjectNode change = entry.putObject("change");
            change.putArray("actions").add("create");
            change.putNull("before");
            change.set("after", after);
            change.putObject("after_unknown");
            change.put("before_sensitive", false);
            change.putObject("after_sensitive");
        }
        Path file = dir.resolve("plan.json");
        JSON.writeValue(file.toFile(), plan);
        return file;
    }

    @Test
    void noSecretAttributeOfAMessagingIntegrationOrOAuthClientReachesAnyFormat() throws IOException {
        Path plan = plan();
        for (String format : List.of("text", "markdown", "json")) {
            CliRun run = CliRun.of("check", "--plan", plan.toString(), "--env", "prod", "--format", format);
            assertEquals(0, run.exitCode(), run.err());
            String shown = run.out() + run.err();
            for (Map.Entry<String, Map<String, Boolean>> type : ATTRIBUTES.entrySet()) {
                for (Map.Entry<String, Boolean> attribute : type.getValue().entrySet()) {
                    String canary = canary(type.getKey(), attribute.getKey());
                    if (attribute.getValue()) {
                        assertFalse(shown.contains(canary), format + " leaked " + canary);
                    } else if (format.equals("json") && !attribute.getKey().equals("activate_whatsapp")
                            && !attribute.getKey().endsWith("expose_client_secret")
                            && !attribute.getKey().equals("access_token_validity_seconds")) {
                        // a gate that hides everything helps nobody: the rest stays readable
                        assertTrue(shown.contains(canary), format + " hid " + canary);
                    }
                }
            }
        }
    }

    @Test
    void flagsAndDurationsNamedAfterSecretsStayVisible() throws IOException {
        CliRun run = CliRun.of("check", "--plan", plan().toString(), "--env", "prod", "--format", "json");
        ObjectNode report = (ObjectNode) JSON.readTree(run.out());
        Map<String, String> oauth = new LinkedHashMap<>();
        report.get("changes").forEach(c -> {
            if (c.get("type").asText().equals("genesyscloud_oauth_client")) {
                c.get("attributes").forEach(a -> oauth.put(a.get("path").asText(), a.get("after").toString()));
            }
        });
        assertEquals("86400", oauth.get("access_token_validity_seconds"));
        assertEquals("true", oauth.get("expose_client_secret"));
        assertEquals("\"(sensitive)\"", oauth.get("client_secret"));
        assertEquals("\"(sensitive)\"", oauth.get("directory_client_secret"));
    }

    /** The lists above are every attribute of the provider's resource schema, and the secret ones are exactly those. */
    @Test
    void theKnownAnswersAreTheProviderSchemasAttributes() throws IOException {
        Path provider = Fixtures.shared("../reference/provider-v1.84.1/genesyscloud").normalize();
        Map<String, String> schemaFiles = Map.of(
                "genesyscloud_integration_facebook", "integration_facebook",
                "genesyscloud_oauth_client", "oauth_client");
        List<String> checked = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(provider)) {
            for (Path d : dirs.sorted().toList()) {
                String name = d.getFileName().toString();
                String type = "genesyscloud_" + name;
                if (!name.startsWith("conversations_messaging_integrations_") && !schemaFiles.containsValue(name)) {
                    continue;
                }
                Set<String> inSchema = resourceAttributeNames(d.resolve("resource_" + type + "_schema.go"));
                Map<String, Boolean> known = ATTRIBUTES.get(type);
                assertTrue(known != null, "no known answer for " + type + " (a new messaging integration type?)");
                Set<String> names = new TreeSet<>();
                for (String path : known.keySet()) {
                    names.addAll(List.of(path.split("\\.")));
                }
                assertTrue(names.containsAll(inSchema), type + ": the schema has attributes the test lacks: " + inSchema);
                for (Map.Entry<String, Boolean> attribute : known.entrySet()) {
                    String leaf = attribute.getKey().substring(attribute.getKey().lastIndexOf('.') + 1);
                    boolean flag = leaf.equals("expose_client_secret");
                    assertEquals(attribute.getValue(), SecretNames.isSecret(leaf) && !flag, type + "." + attribute.getKey());
                }
                checked.add(type);
            }
        }
        assertEquals(new TreeSet<>(ATTRIBUTES.keySet()), new TreeSet<>(checked));
    }

    private static final Pattern ATTRIBUTE = Pattern.compile("^\\s*[`\"]([a-z_]+)[`\"]:\\s*\\{", Pattern.MULTILINE);

    /** Attribute names declared before the data source and exporter functions (resource and nested blocks). */
    private static Set<String> resourceAttributeNames(Path schemaFile) throws IOException {
        String source = Files.readString(schemaFile);
        int end = source.length();
        for (String marker : List.of("\nfunc DataSource", "Exporter() *resourceExporter")) {
            int at = source.indexOf(marker);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        Set<String> names = new TreeSet<>();
        Matcher m = ATTRIBUTE.matcher(source.substring(0, end));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}

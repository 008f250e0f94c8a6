package io.cxgate.redact;

import java.util.List;
import java.util.Locale;

/**
 * Secrets recognised by name, for every resource type, catalogued or not: the provider does not mark every
 * secret {@code Sensitive} ({@code genesyscloud_integration_facebook.app_secret} is a plain string), so a value
 * is also masked when the name it is stored under (an attribute, a block member or a map key, at any depth)
 * ends with one of {@link #SUFFIXES} (request {@code headers} included: they carry {@code Authorization}), compared case-insensitively with {@code -} read as {@code _}
 * ({@code clientSecret}, {@code X-Api-Key}). Boolean values stay visible ({@code expose_client_secret} says
 * whether a secret is exposed, it is not one); so do names that merely mention a secret word and end with
 * something else ({@code oauth_token_url}, {@code access_token_validity_seconds}, {@code integration_credential_id}).
 */
public final class SecretNames {
    /** The documented list (README, "Redaction"). */
    public static final List<String> SUFFIXES = List.of("secret", "token", "password", "passwd", "passphrase",
            "private_key", "api_key", "apikey", "access_key", "signing_key", "secret_key", "encryption_key",
            "credential", "credentials", "authorization", "headers", "pin");

    private SecretNames() {
    }

    /** Whether a value stored under this name (one path segment: attribute, member or map key) is a secret. */
    public static boolean isSecret(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        String normalized = name.toLowerCase(Locale.ROOT).replace('-', '_');
        for (String suffix : SUFFIXES) {
            if (normalized.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the last segment of an attribute path names a secret: {@code app_secret},
     * {@code config[0].client_secret}, {@code webhook_headers["Authorization"]}. Index steps ({@code [0]})
     * are not names; the segment before them counts.
     */
    public static boolean isSecretPath(String path) {
        return isSecret(lastName(path));
    }

    static String lastName(String path) {
        String rest = path;
        while (rest.endsWith("]")) {
            int open = rest.lastIndexOf('[');
            if (open < 0) {
                return rest;
            }
            String step = rest.substring(open + 1, rest.length() - 1);
            if (step.startsWith("\"") && step.endsWith("\"") && step.length() >= 2) {
                return step.substring(1, step.length() - 1);
            }
            rest = rest.substring(0, open);
        }
        int dot = rest.lastIndexOf('.');
        return dot < 0 ? rest : rest.substring(dot + 1);
    }
}

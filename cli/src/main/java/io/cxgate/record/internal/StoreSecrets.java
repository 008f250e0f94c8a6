package io.cxgate.record.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import io.cxgate.InvalidInputException;
import io.cxgate.config.RecordsSettings;

/**
 * The login and keys the config's {@code records} settings name, read from the environment before anything is
 * opened, so a missing variable writes nothing. Never printed.
 */
record StoreSecrets(Optional<String> user, Optional<String> password, Optional<EntrySigner> signer,
                    Optional<BlobCipher> cipher) {
    /** Keys shorter than this are refused: {@code openssl rand -hex 32} gives 64 characters. */
    static final int MIN_KEY_CHARS = 32;

    static StoreSecrets resolve(RecordsSettings settings, Map<String, String> environment) {
        Optional<String> user = settings.userEnv().map(v -> value(environment, "records.userEnv", v));
        Optional<String> password = settings.passwordEnv().map(v -> value(environment, "records.passwordEnv", v));
        Optional<EntrySigner> signer = settings.signingKeyEnv()
                .map(v -> new EntrySigner(key(environment, "records.signingKeyEnv", v)));
        Optional<BlobCipher> cipher = settings.encryptionKeyEnv()
                .map(v -> new BlobCipher(key(environment, "records.encryptionKeyEnv", v)));
        return new StoreSecrets(user, password, signer, cipher);
    }

    private static String value(Map<String, String> environment, String setting, String variable) {
        String value = environment.get(variable);
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException(setting + " names " + variable + ", which is not set: set it or remove "
                    + setting + " from cxgate.yaml");
        }
        return value;
    }

    private static byte[] key(Map<String, String> environment, String setting, String variable) {
        String value = value(environment, setting, variable).strip();
        if (value.length() < MIN_KEY_CHARS) {
            throw new InvalidInputException(setting + " names " + variable + ", whose value is shorter than "
                    + MIN_KEY_CHARS + " characters: use a random key (openssl rand -hex 32)");
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "StoreSecrets(sensitive)";
    }
}

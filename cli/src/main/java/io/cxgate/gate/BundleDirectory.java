package io.cxgate.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.InvalidInputException;
import io.cxgate.bundle.Bundle;
import io.cxgate.bundle.CanonicalJson;
import io.cxgate.files.Digests;

/**
 * A bundle directory as {@code approve}, {@code approvals} and {@code apply} find it: its {@code bundle.json}, and the
 * bundle digest approvals bind to (the SHA-256 of that file's text in RFC 8785 form, so any edit of it, even a member
 * cxgate does not read, makes another bundle).
 */
public record BundleDirectory(Path dir, Bundle bundle, String digest) {
    public BundleDirectory {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(digest, "digest");
    }

    /**
     * Reads {@code dir/bundle.json}.
     *
     * @throws InvalidInputException when the directory is missing or is not a bundle
     */
    public static BundleDirectory open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir + ": no such bundle directory (--bundle names the directory cxgate plan wrote)");
        }
        Path json = dir.resolve(Bundle.BUNDLE_JSON);
        if (!Files.isRegularFile(json)) {
            throw new InvalidInputException(dir + ": not a bundle (no " + Bundle.BUNDLE_JSON
                    + "; --bundle names the directory cxgate plan wrote)");
        }
        String text;
        try {
            text = Files.readString(json);
        } catch (IOException e) {
            throw new InvalidInputException(json + ": cannot read: " + e.getMessage(), e);
        }
        Bundle bundle;
        String digest;
        try {
            bundle = Bundle.fromJson(text);
            digest = CanonicalJson.digest(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(json + ": not a bundle.json: " + e.getMessage(), e);
        }
        return new BundleDirectory(dir.toAbsolutePath().normalize(), bundle, digest);
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    /** The first file that is missing or does not match its digest in {@code bundle.json}, as a refusal. */
    public Optional<Refusal> alteredFile() {
        for (Map.Entry<String, String> file : bundle.files().entrySet()) {
            Path path = file(file.getKey());
            if (!Files.isRegularFile(path)) {
                return Optional.of(altered(file.getKey() + " is missing"));
            }
            String actual;
            try {
                actual = Digests.ofFile(path);
            } catch (IOException e) {
                return Optional.of(altered(file.getKey() + " cannot be read (" + e.getMessage() + ")"));
            }
            if (!actual.equals(file.getValue())) {
                return Optional.of(altered(file.getKey() + " does not match its digest in bundle.json ("
                        + Digests.brief(actual) + " instead of " + Digests.brief(file.getValue()) + ")"));
            }
        }
        if (!bundle.planDigest().equals(bundle.files().get(Bundle.PLAN_FILE))) {
            return Optional.of(altered("bundle.json's planDigest is not the digest it lists for " + Bundle.PLAN_FILE));
        }
        return Optional.empty();
    }

    /** A refusal {@code bundle altered: <what>; plan again with cxgate plan}. */
    public Refusal altered(String what) {
        return new Refusal(Refusal.Kind.BUNDLE_ALTERED, "bundle altered: " + dir.getFileName() + ": " + what
                + "; make a new bundle with cxgate plan --env " + bundle.environment());
    }
}

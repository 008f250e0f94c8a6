package io.cxgate.bundle.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.cxgate.files.Digests;

/**
 * Terraform's own rules for which files in a module directory are configuration, and how cxgate hashes them.
 */
public final class ConfigFiles {
    public static final String LOCK_FILE = ".terraform.lock.hcl";

    private ConfigFiles() {
    }

    /**
     * The configuration files directly in {@code dir} ({@code *.tf}, {@code *.tf.json}), skipping what terraform
     * itself skips: names starting with {@code .}, editor backups ending in {@code ~}, and {@code #…#} files.
     */
    public static List<Path> moduleFiles(Path dir) throws IOException {
        return list(dir, name -> name.endsWith(".tf") || name.endsWith(".tf.json"));
    }

    /**
     * The variable files terraform loads by itself from the root module directory, for every environment:
     * {@code terraform.tfvars}, {@code terraform.tfvars.json}, {@code *.auto.tfvars}, {@code *.auto.tfvars.json}.
     */
    public static List<Path> autoVarFiles(Path dir) throws IOException {
        return list(dir, name -> name.equals("terraform.tfvars") || name.equals("terraform.tfvars.json")
                || name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json"));
    }

    private static List<Path> list(Path dir, java.util.function.Predicate<String> wanted) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(p -> {
                String name = p.getFileName().toString();
                return !ignored(name) && wanted.test(name) && Files.isRegularFile(p);
            }).forEach(files::add);
        }
        return files;
    }

    /** Terraform's {@code IsIgnoredFile}: hidden files, {@code foo~} and {@code #foo#}. */
    static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || (name.startsWith("#") && name.endsWith("#"));
    }

    /**
     * The SHA-256 hex of a terraform text file (configuration, variables, lock file) with CRLF line ends read as
     * LF, so that a checkout with {@code core.autocrlf} hashes the same as one without: HCL means the same either way.
     */
    public static String textHex(Path file) throws IOException {
        return textHex(Files.readAllBytes(file));
    }

    /** {@link #textHex(Path)} of bytes already read (a planfile's configuration snapshot). */
    public static String textHex(byte[] bytes) {
        return Digests.hex(withoutCarriageReturns(bytes));
    }

    /** Whether terraform reads a file of this name in a module directory as configuration. */
    public static boolean isModuleFile(String name) {
        return !ignored(name) && (name.endsWith(".tf") || name.endsWith(".tf.json"));
    }

    static byte[] withoutCarriageReturns(byte[] bytes) {
        int crlf = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                crlf++;
            }
        }
        if (crlf == 0) {
            return bytes;
        }
        byte[] out = new byte[bytes.length - crlf];
        int j = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (!(bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n')) {
                out[j++] = bytes[i];
            }
        }
        return out;
    }

    /**
     * How a file is named in a manifest: relative to {@code base} with {@code /} separators, climbing out with
     * {@code ..} when it lies outside (a sibling checkout referred to relatively stays stable across machines).
     */
    public static String relativeName(Path base, Path file) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (absoluteBase.getRoot() == null || !absoluteBase.getRoot().equals(absolute.getRoot())) {
            return slashes(absolute);
        }
        String text = slashes(absoluteBase.relativize(absolute));
        return text.isEmpty() ? "." : text;
    }

    /** Like {@link #relativeName}, but a file outside {@code base} keeps its absolute path. */
    public static String name(Path base, Path file) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(absoluteBase) ? relativeName(absoluteBase, absolute) : slashes(absolute);
    }

    private static String slashes(Path path) {
        return path.toString().replace(path.getFileSystem().getSeparator(), "/");
    }
}

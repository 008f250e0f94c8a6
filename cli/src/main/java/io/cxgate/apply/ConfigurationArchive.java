package io.cxgate.apply;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.TreeMap;

import io.cxgate.CxgateException;
import io.cxgate.apply.internal.TarGzWriter;
import io.cxgate.bundle.ArtifactManifest.PlannedArtifact;
import io.cxgate.bundle.Manifest;
import io.cxgate.config.EnvironmentConfig;

/**
 * The configuration archive of a deployment (ARCHITECTURE.md, "Apply"): a tar.gz of exactly the files the artifact
 * manifest lists (module configuration and lock file as the planfile holds them, automatic variable files and
 * referenced flow files as the checkout holds them) plus the environment's var files and backend config, at their
 * paths relative to {@code terraform.dir}; inputs outside it go under {@code _inputs/<path relative to the config
 * file's directory>}. Enough to plan the same configuration again (rollback). Entries are sorted and timestamped
 * with the bundle's {@code createdAt}, so the same deployment always gives the same bytes. Secret-bearing: the var
 * files hold tfvars.
 */
public final class ConfigurationArchive {
    /** Where inputs outside {@code terraform.dir} go in the archive. */
    public static final String INPUTS_DIR = "_inputs/";

    private ConfigurationArchive() {
    }

    /**
     * @param rootDir   {@code terraform.dir}
     * @param configDir the directory of {@code cxgate.yaml}, which relative input paths were written against
     * @param mtime     the time every entry carries
     */
    public static byte[] build(Path rootDir, Path configDir, PlannedArtifact artifact, EnvironmentConfig env,
            Instant mtime) {
        Path root = rootDir.toAbsolutePath().normalize();
        TreeMap<String, byte[]> entries = new TreeMap<>();
        try {
            for (Manifest.Entry entry : artifact.artifact().manifest().entries()) {
                Optional<byte[]> content = artifact.content(root, entry.name());
                if (content.isPresent()) {
                    entries.put(archiveName(root, configDir, root.resolve(entry.name()).normalize()), content.get());
                }
            }
            var inputs = new ArrayList<>(env.varFiles());
            env.backendConfig().ifPresent(inputs::add);
            for (Path input : inputs) {
                if (Files.isRegularFile(input)) {
                    entries.put(archiveName(root, configDir, input), Files.readAllBytes(input));
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (TarGzWriter tar = new TarGzWriter(bytes, mtime)) {
                for (var entry : entries.entrySet()) {
                    tar.add(entry.getKey(), entry.getValue());
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new CxgateException("configuration archive: " + e.getMessage(), e);
        }
    }

    /** A file's name in the archive: relative to the root module, else under {@code _inputs/}. */
    public static String archiveName(Path root, Path configDir, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(root)) {
            return slashes(root.relativize(absolute));
        }
        Path base = configDir.toAbsolutePath().normalize();
        String relative = absolute.startsWith(base) ? slashes(base.relativize(absolute))
                : slashes(absolute).replaceFirst("^/+", "");
        return INPUTS_DIR + relative;
    }

    private static String slashes(Path path) {
        return path.toString().replace(path.getFileSystem().getSeparator(), "/");
    }
}

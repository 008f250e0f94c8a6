package io.cxgate.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
import io.cxgate.apply.internal.TarGzReader;
import io.cxgate.config.EnvironmentConfig;
import io.cxgate.config.TerraformSettings;
import io.cxgate.files.OwnerOnlyFiles;
import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.RecordStore;

/**
 * The configuration a deployment applied, unpacked from its configuration archive (decrypted by the store when it
 * encrypts) into a directory of its own: what {@code rollback} plans and what {@code apply} of a rollback bundle
 * checks and applies, so neither depends on today's checkout. Terraform runs in {@link #root()} with the
 * environment's own {@code TF_DATA_DIR} (the caller keeps the checkout's); the var files and backend config are the
 * archived ones, found under the names {@link ConfigurationArchive} gave them.
 *
 * @param deployment the {@code apply-started} entry of the deployment whose configuration this is
 * @param root       the unpacked root module (owner-only files; secret-bearing: it holds tfvars)
 */
public record ArchivedConfiguration(Entry deployment, Path root) {
    /** The blob name of the archive in {@code apply-started}. */
    public static final String BLOB = "configurationArchive";

    public ArchivedConfiguration {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(root, "root");
    }

    /**
     * Unpacks the archive of deployment {@code id} into {@code into} (created; must not exist).
     *
     * @throws InvalidInputException when the store has no such deployment or it stored no archive
     * @throws CxgateException       when the blob is missing or the archive is damaged or unsafe
     */
    public static ArchivedConfiguration extract(RecordStore store, String id, Path into) {
        Entry started = store.entries(EntryQuery.all().id(id).kind(EntryKind.APPLY_STARTED)).stream().findFirst()
                .orElseThrow(() -> new InvalidInputException(store.location() + " has no deployment '" + id
                        + "' (cxgate history lists them)"));
        String digest = Optional.ofNullable(started.blobs().get(BLOB)).orElseThrow(() -> new InvalidInputException(
                id + " stored no configuration archive, so its configuration cannot be planned again"));
        byte[] archive = store.blob(digest).orElseThrow(() -> new CxgateException(store.location() + ": " + id
                + " names configuration archive " + digest + ", which the store does not hold (cxgate records verify)"));
        Map<String, byte[]> files;
        try {
            files = TarGzReader.read(archive);
        } catch (TarGzReader.BadArchiveException e) {
            throw new CxgateException("the configuration archive of " + id + " is refused: " + e.getMessage());
        }
        try {
            Files.createDirectory(into);
            Path root = into.toRealPath();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = root.resolve(file.getKey()).normalize();
                if (!target.startsWith(root)) { // TarGzReader already refused '..'; kept as the last word
                    throw new CxgateException("the configuration archive of " + id + " is refused: '" + file.getKey()
                            + "' leaves the directory it is unpacked into");
                }
                Files.createDirectories(target.getParent());
                try (var out = OwnerOnlyFiles.replace(target)) {
                    out.write(file.getValue());
                }
            }
            return new ArchivedConfiguration(started, root);
        } catch (IOException e) {
            throw new CxgateException("unpack the configuration archive of " + id + ": " + e.getMessage(), e);
        }
    }

    public String id() {
        return deployment.id();
    }

    /** {@code checkout} with the root module moved to the unpacked one. */
    public TerraformSettings terraform(TerraformSettings checkout) {
        return new TerraformSettings(checkout.binary(), root, checkout.timeoutMinutes(), checkout.lockTimeout());
    }

    /**
     * {@code env} with its var files and backend config replaced by the archived copies: the names today's config
     * gives them, mapped as {@link ConfigurationArchive} mapped them when the deployment was applied.
     *
     * @param checkoutRoot today's {@code terraform.dir}
     * @param configDir    the directory of {@code cxgate.yaml}
     * @throws InvalidInputException naming a var file or backend config the archive does not hold
     */
    public EnvironmentConfig environment(EnvironmentConfig env, Path checkoutRoot, Path configDir) {
        Path root = checkoutRoot.toAbsolutePath().normalize();
        List<Path> varFiles = new ArrayList<>();
        for (Path varFile : env.varFiles()) {
            varFiles.add(archived(root, configDir, varFile, "var file"));
        }
        Optional<Path> backend = env.backendConfig().map(b -> archived(root, configDir, b, "backend config"));
        return new EnvironmentConfig(env.name(), env.region(), varFiles, backend, env.workspace(), env.credentials(),
                env.promotedFrom(), env.isProtected(), env.simulation(), env.apiBaseUrl(), env.deploymentWindows(),
                env.mappings());
    }

    private Path archived(Path checkoutRoot, Path configDir, Path file, String what) {
        String name = ConfigurationArchive.archiveName(checkoutRoot, configDir, file);
        Path archived = root.resolve(name).normalize();
        if (!archived.startsWith(root) || !Files.isRegularFile(archived)) {
            throw new InvalidInputException("the configuration archive of " + id() + " has no " + what + " " + name
                    + " (cxgate.yaml names " + file.getFileName() + " for " + deployment.environment()
                    + " today); plan the change with cxgate plan instead");
        }
        return archived;
    }
}

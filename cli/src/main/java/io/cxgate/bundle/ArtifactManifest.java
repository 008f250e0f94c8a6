package io.cxgate.bundle;

import io.cxgate.files.Digests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.cxgate.CxgateException;
import io.cxgate.bundle.internal.ConfigFiles;
import io.cxgate.bundle.internal.PlanfileConfig;
import io.cxgate.bundle.internal.PlanReferences;
import io.cxgate.bundle.internal.PlanReferences.FileReference;
import io.cxgate.bundle.internal.PlanReferences.ModuleCall;

/**
 * What {@code artifactDigest} covers (ARCHITECTURE.md, "Bundles"): the configuration that is promoted unchanged
 * from one environment to the next.
 *
 * <ul>
 *   <li>{@code *.tf} and {@code *.tf.json} directly in the root module directory and in every local module
 *       directory the plan's configuration calls ({@code source = "./…"} or {@code "../…"}, followed from module
 *       to module; registry and git modules are pinned by the configuration that calls them);</li>
 *   <li>{@code .terraform.lock.hcl} and the variable files terraform loads by itself in the root
 *       ({@code terraform.tfvars}, {@code *.auto.tfvars}, and their {@code .json} forms);</li>
 *   <li>every local file a {@code filepath} / {@code file_path} attribute of a planned resource points to (flow
 *       YAML, script JSON, function zips), resolved against the root module directory as the provider does;
 *       a remote one ({@code s3://…}) is recorded by name, not hashed, with a warning.</li>
 * </ul>
 *
 * Nothing under {@code .terraform/}, {@code .cxgate/} or a terraform data directory is read. Names are relative
 * to the root module directory with {@code /} separators and the manifest is sorted, so the digest is the same on
 * every machine and checkout, whatever order the files were created or listed in. Terraform text files are
 * hashed with CRLF read as LF; referenced files are hashed as they are. Files nothing refers to do not count.
 *
 * @param warnings what the digest could not cover, for the report
 */
public record ArtifactManifest(Manifest manifest, List<String> warnings) {
    private static final Pattern REMOTE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    public ArtifactManifest {
        Objects.requireNonNull(manifest, "manifest");
        warnings = List.copyOf(warnings);
    }

    public String digest() {
        return manifest.digest();
    }

    /**
     * The manifest for the configuration in {@code rootDir} as planned in {@code planJson}.
     *
     * @param rootDir      the root module directory ({@code terraform.dir})
     * @param planJson     terraform's {@code show -json} output for the plan
     * @param excludedDirs directories never read, in addition to {@code rootDir/.terraform} and {@code rootDir/.cxgate}
     * @throws CxgateException when a file cannot be read
     */
    public static ArtifactManifest of(Path rootDir, Path planJson, Collection<Path> excludedDirs) {
        return build(rootDir, planJson, excludedDirs, Optional.empty());
    }

    /**
     * The manifest of what {@code terraform apply planFile} will apply: the module configuration and lock file
     * embedded in the planfile (not the checkout's, which may have changed since the plan), and, from
     * {@code rootDir}, the automatic variable files and the local files the plan's {@code filepath} attributes
     * name. Equal to {@link #of} over the checkout the plan was made from.
     *
     * @throws PlanfileException when {@code planFile} is not a terraform planfile with a configuration snapshot
     */
    public static PlannedArtifact ofPlanfile(Path rootDir, Path planFile, Path planJson, Collection<Path> excludedDirs) {
        PlanfileConfig snapshot;
        try {
            snapshot = PlanfileConfig.read(planFile);
        } catch (IOException e) {
            throw new PlanfileException(planFile.getFileName() + ": " + e.getMessage(), e);
        }
        Path root = rootDir.toAbsolutePath().normalize();
        Map<String, byte[]> embedded = new LinkedHashMap<>();
        for (PlanfileConfig.Module module : snapshot.modules().values()) {
            Path dir = root.resolve(module.dir().replace('\\', '/')).normalize();
            module.files().forEach((name, bytes) -> embedded.put(ConfigFiles.relativeName(root, dir.resolve(name)), bytes));
        }
        snapshot.lockFile().ifPresent(bytes -> embedded.put(ConfigFiles.LOCK_FILE, bytes));
        return new PlannedArtifact(build(rootDir, planJson, excludedDirs, Optional.of(snapshot)), embedded);
    }

    /**
     * What a planfile will apply: its manifest, and the files whose content came from the planfile's configuration
     * snapshot (by manifest name); every other file of the manifest is read from the root module directory.
     */
    public record PlannedArtifact(ArtifactManifest artifact, Map<String, byte[]> embedded) {
        public PlannedArtifact {
            Objects.requireNonNull(artifact, "artifact");
            embedded = Map.copyOf(embedded);
        }

        /**
         * The bytes of the manifest's file {@code name}: from the planfile, else from {@code rootDir}; empty for a
         * remote or missing file (recorded by name only).
         */
        public Optional<byte[]> content(Path rootDir, String name) throws IOException {
            if (embedded.containsKey(name)) {
                return Optional.of(embedded.get(name).clone());
            }
            Path file = rootDir.toAbsolutePath().normalize().resolve(name).normalize();
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        }
    }

    /** A planfile that is not one, or carries no configuration snapshot. */
    public static final class PlanfileException extends CxgateException {
        private static final long serialVersionUID = 1L;

        PlanfileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static ArtifactManifest build(Path rootDir, Path planJson, Collection<Path> excludedDirs,
            Optional<PlanfileConfig> snapshot) {
        Path root = rootDir.toAbsolutePath().normalize();
        List<Path> excluded = new ArrayList<>(List.of(root.resolve(".terraform"), root.resolve(".cxgate")));
        excludedDirs.forEach(dir -> excluded.add(dir.toAbsolutePath().normalize()));
        PlanReferences references;
        try {
            references = PlanReferences.read(planJson);
        } catch (IOException | RuntimeException e) {
            throw new CxgateException("artifact digest: read " + planJson.getFileName() + ": " + e.getMessage(), e);
        }
        try {
            Builder builder = new Builder(root, excluded);
            return snapshot.isPresent() ? builder.build(references, snapshot.get()) : builder.build(references);
        } catch (IOException e) {
            throw new CxgateException("artifact digest: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new CxgateException("artifact digest: " + e.getCause().getMessage(), e);
        }
    }

    private static final class Builder {
        private final Path root;
        private final List<Path> excluded;
        private final Map<String, Manifest.Entry> entries = new LinkedHashMap<>();
        private final Set<String> warnings = new LinkedHashSet<>();

        Builder(Path root, List<Path> excluded) {
            this.root = root;
            this.excluded = excluded;
        }

        ArtifactManifest build(PlanReferences references) throws IOException {
            Set<Path> moduleDirs = new LinkedHashSet<>();
            moduleDirs.add(root);
            collectModuleDirs(references.root(), root, "", moduleDirs);
            for (Path dir : moduleDirs) {
                addModule(dir);
            }
            Path lock = root.resolve(ConfigFiles.LOCK_FILE);
            if (Files.isRegularFile(lock)) {
                add(ConfigFiles.textHex(lock), ConfigFiles.LOCK_FILE);
            } else {
                warnNoLockFile();
            }
            return finish(references);
        }

        /** The same manifest with the modules and lock file taken from a planfile's configuration snapshot. */
        ArtifactManifest build(PlanReferences references, PlanfileConfig snapshot) throws IOException {
            for (PlanfileConfig.Module module : snapshot.modules().values()) {
                Path dir = root.resolve(module.dir().replace('\\', '/')).normalize();
                if (isExcluded(dir)) {
                    continue; // a downloaded module: pinned by its caller's source and version
                }
                for (Map.Entry<String, byte[]> file : module.files().entrySet()) {
                    if (ConfigFiles.isModuleFile(file.getKey())) {
                        add(ConfigFiles.textHex(file.getValue()), ConfigFiles.relativeName(root, dir.resolve(file.getKey())));
                    }
                }
            }
            if (snapshot.lockFile().isPresent()) {
                add(ConfigFiles.textHex(snapshot.lockFile().get()), ConfigFiles.LOCK_FILE);
            } else {
                warnNoLockFile();
            }
            return finish(references);
        }

        private void warnNoLockFile() {
            warnings.add("artifactDigest: no " + ConfigFiles.LOCK_FILE + " in the terraform directory, so provider"
                    + " versions are not part of the artifact (commit the lock file terraform init writes)");
        }

        private ArtifactManifest finish(PlanReferences references) throws IOException {
            for (Path file : ConfigFiles.autoVarFiles(root)) {
                add(ConfigFiles.textHex(file), ConfigFiles.relativeName(root, file));
            }
            for (FileReference reference : references.files()) {
                addReferencedFile(reference);
            }
            for (FileReference reference : references.unknownFiles()) {
                warnings.add("artifactDigest: " + reference.address() + " " + reference.attribute()
                        + " is known only after apply, so the file it will name is not covered");
            }
            return new ArtifactManifest(Manifest.sorted(entries.values()), List.copyOf(warnings));
        }

        private void collectModuleDirs(ModuleCall module, Path dir, String address, Set<Path> out) {
            for (ModuleCall call : module.calls()) {
                String callAddress = (address.isEmpty() ? "" : address + ".") + "module." + call.name();
                if (!call.isLocal()) {
                    continue; // a registry or git module, and whatever it calls, is fixed by its caller's source and version
                }
                Path child = dir.resolve(call.source().replace('\\', '/')).normalize();
                if (isExcluded(child)) {
                    warnings.add("artifactDigest: " + callAddress + " (source " + call.source() + ") lies in a directory"
                            + " cxgate never reads (.terraform, .cxgate or a terraform data directory)");
                    continue;
                }
                if (out.add(child)) {
                    collectModuleDirs(call, child, callAddress, out);
                }
            }
        }

        private void addModule(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) {
                String name = ConfigFiles.relativeName(root, dir) + "/";
                add(Manifest.MISSING, name);
                warnings.add("artifactDigest: module directory " + name + " does not exist");
                return;
            }
            for (Path file : ConfigFiles.moduleFiles(dir)) {
                add(ConfigFiles.textHex(file), ConfigFiles.relativeName(root, file));
            }
        }

        private void addReferencedFile(FileReference reference) throws IOException {
            String value = reference.value();
            String where = reference.address() + " " + reference.attribute();
            if (REMOTE.matcher(value).matches()) {
                add(Manifest.REMOTE, value.strip());
                warnings.add("artifactDigest: " + where + " is a remote file (" + value.strip()
                        + "): recorded by name, its content is not hashed");
                return;
            }
            Path given;
            try {
                given = Path.of(value);
            } catch (InvalidPathException e) {
                add(Manifest.MISSING, value.strip());
                warnings.add("artifactDigest: " + where + " is not a valid path: " + value);
                return;
            }
            Path file = root.resolve(given).normalize();
            String name = given.isAbsolute() ? ConfigFiles.name(root, file) : ConfigFiles.relativeName(root, file);
            if (isExcluded(file)) {
                warnings.add("artifactDigest: " + where + " points into a directory cxgate never reads: " + name);
                return;
            }
            if (!Files.isRegularFile(file)) {
                add(Manifest.MISSING, name);
                warnings.add("artifactDigest: " + where + " names " + name + ", which is not a file here");
                return;
            }
            add(Digests.fileHex(file), name);
        }

        private boolean isExcluded(Path path) {
            return excluded.stream().anyMatch(path::startsWith);
        }

        private void add(String content, String name) {
            entries.putIfAbsent(name, new Manifest.Entry(content, name));
        }
    }
}

package io.cxgate.bundle.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The configuration a terraform planfile carries: a planfile is a zip whose {@code tfconfig/modules.json} lists
 * each module ({@code Key}, {@code Source}, {@code Dir}) and whose {@code tfconfig/m-<key>/<file>} entries hold the
 * module's configuration files as terraform read them at plan time; the dependency lock file is the entry
 * {@code .terraform.lock.hcl}. This is what {@code terraform apply PLANFILE} applies, whatever the checkout holds
 * by then (terraform's {@code internal/plans/planfile}).
 *
 * @param modules  by key ({@code ""} is the root module)
 * @param lockFile the lock file's bytes, when the planfile has one
 */
public record PlanfileConfig(Map<String, Module> modules, Optional<byte[]> lockFile) {
    private static final String MANIFEST = "tfconfig/modules.json";
    private static final String MODULE_PREFIX = "tfconfig/m-";
    private static final String LOCK_ENTRY = ".terraform.lock.hcl";
    /** Configuration entries are text; a bigger one is not a configuration file cxgate will hold in memory. */
    private static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public PlanfileConfig {
        modules = Map.copyOf(modules);
        Objects.requireNonNull(lockFile, "lockFile");
    }

    /**
     * One module of the snapshot.
     *
     * @param dir   its directory as terraform recorded it, relative to the root module ({@code .},
     *              {@code modules/queues}, {@code .terraform/modules/x} for a downloaded one)
     * @param files file name → bytes
     */
    public record Module(String key, String source, String dir, Map<String, byte[]> files) {
        public Module {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(dir, "dir");
            files = Map.copyOf(files);
        }
    }

    /**
     * Reads the configuration snapshot of {@code planFile}.
     *
     * @throws IOException naming what is wrong when the file is not a terraform planfile with a configuration snapshot
     */
    public static PlanfileConfig read(Path planFile) throws IOException {
        try (ZipFile zip = new ZipFile(planFile.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) {
                throw new IOException("it holds no configuration snapshot (" + MANIFEST + ")");
            }
            JsonNode manifest = MAPPER.readTree(bytes(zip, manifestEntry));
            if (manifest == null || !manifest.isArray()) {
                throw new IOException(MANIFEST + " is not a list of modules");
            }
            Map<String, Map<String, byte[]>> files = new LinkedHashMap<>();
            List<? extends ZipEntry> entries = zip.stream().toList();
            for (ZipEntry entry : entries) {
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(MODULE_PREFIX)) {
                    continue;
                }
                String rel = name.substring(MODULE_PREFIX.length());
                int slash = rel.lastIndexOf('/');
                if (slash < 0) {
                    continue; // terraform ignores an entry without a module key
                }
                files.computeIfAbsent(rel.substring(0, slash), k -> new LinkedHashMap<>())
                        .put(rel.substring(slash + 1), bytes(zip, entry));
            }
            Map<String, Module> modules = new LinkedHashMap<>();
            for (JsonNode record : manifest) {
                String key = record.path("Key").asText("");
                modules.put(key, new Module(key, record.path("Source").asText(""), record.path("Dir").asText("."),
                        files.getOrDefault(key, Map.of())));
            }
            List<String> unlisted = new ArrayList<>(files.keySet());
            unlisted.removeAll(modules.keySet());
            if (!unlisted.isEmpty()) {
                throw new IOException("it holds files for modules its manifest does not list: " + unlisted);
            }
            ZipEntry lock = zip.getEntry(LOCK_ENTRY);
            return new PlanfileConfig(modules, lock == null ? Optional.empty() : Optional.of(bytes(zip, lock)));
        } catch (ZipException e) {
            throw new IOException("it is not a terraform planfile (not a zip archive: " + e.getMessage() + ")", e);
        }
    }

    private static byte[] bytes(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
            if (bytes.length > MAX_ENTRY_BYTES) {
                throw new IOException(entry.getName() + " is larger than " + MAX_ENTRY_BYTES + " bytes");
            }
            return bytes;
        }
    }
}

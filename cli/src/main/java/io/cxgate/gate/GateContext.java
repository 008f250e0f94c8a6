package io.cxgate.gate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.config.ConfigLoader;
import io.cxgate.config.CxgateConfig;
import io.cxgate.config.EnvironmentConfig;
import io.cxgate.config.RecordsSettings;
import io.cxgate.config.TerraformSettings;
import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.RecordStore;

/**
 * A bundle and the config it is judged against: what {@code approve}, {@code approvals} and {@code apply} start
 * from. Without a config the environment is the bundle's, unprotected, with no approvers.
 */
public record GateContext(BundleDirectory bundle, Optional<Path> configFile, Optional<CxgateConfig> config,
                          Path workingDir) {
    public GateContext {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(workingDir, "workingDir");
    }

    /** Loads the config (exit 2 when bad) and the bundle (exit 2 when missing or not a bundle). */
    public static GateContext open(Path bundleDir, Optional<Path> configFile, Path workingDir) {
        Path dir = workingDir.toAbsolutePath().normalize();
        Optional<CxgateConfig> config = ConfigLoader.load(configFile, dir);
        return new GateContext(BundleDirectory.open(dir.resolve(bundleDir)), configFile, config, dir);
    }

    public String environmentName() {
        return bundle.bundle().environment();
    }

    /**
     * The integrity checks that need no terraform: the bundle names an environment of this config, and every file
     * matches its digest.
     */
    public Optional<Refusal> alteredWithoutTerraform() {
        if (config.isPresent() && !config.get().environments().containsKey(environmentName())) {
            return Optional.of(bundle.altered("bundle.json names environment '" + environmentName() + "', which "
                    + config.get().displayPath() + " does not have"));
        }
        return bundle.alteredFile();
    }

    /** The environment's settings (call after {@link #alteredWithoutTerraform()} found none). */
    public EnvironmentConfig environment() {
        return config.map(c -> c.environment(environmentName())).orElseGet(() -> EnvironmentConfig.adHoc(environmentName()));
    }

    public TerraformSettings terraform() {
        return config.map(CxgateConfig::terraform).orElseGet(() -> TerraformSettings.defaults(workingDir));
    }

    /** The config's approver groups (group → identities); none without a config. */
    public Map<String, List<String>> approvers() {
        return config.map(CxgateConfig::approvers).orElse(Map.of());
    }

    /** {@code records} of the config, else the default SQLite file in the working directory. */
    public RecordsSettings records() {
        return config.map(CxgateConfig::records).orElseGet(() -> RecordsSettings.defaultFor(workingDir));
    }

    /** Where relative input paths of the config were written against. */
    public Path configDir() {
        return config.map(c -> c.file().getParent()).orElse(workingDir);
    }

    /** The approval entries for this bundle digest and environment, in chain order. */
    public List<GivenApproval> approvals(RecordStore store) {
        return store.entries(EntryQuery.all().environment(environmentName()).kind(EntryKind.APPROVAL)).stream()
                .filter(e -> e.bodyText(GivenApproval.BUNDLE_DIGEST).filter(bundle.digest()::equals).isPresent())
                .map(GivenApproval::of)
                .toList();
    }

    /** The {@code apply-started} entries of this bundle digest: empty unless it was applied (or attempted). */
    public List<Entry> applies(RecordStore store) {
        return store.entries(EntryQuery.all().environment(environmentName()).kind(EntryKind.APPLY_STARTED)).stream()
                .filter(e -> e.bodyText(GivenApproval.BUNDLE_DIGEST).filter(bundle.digest()::equals).isPresent())
                .toList();
    }
}

package io.cxgate.cli;

import java.nio.file.Path;

import io.cxgate.check.SimulationChoice;
import picocli.CommandLine.Option;

/** {@code --org SNAPSHOT.json | --live | --no-simulation}, as an exclusive {@code @ArgGroup}; absent: the config decides. */
public final class SimulationOptions {
    @Option(names = "--org", paramLabel = "SNAPSHOT.json", description = "Check against an org snapshot.")
    Path org;
    @Option(names = "--live", description = "Check against the live org (Platform API).")
    boolean live;
    @Option(names = "--no-simulation", description = "Do not check the org, whatever the config says.")
    boolean none;

    /** The choice for a group that may be absent (null). */
    static SimulationChoice choice(SimulationOptions options) {
        if (options == null) {
            return SimulationChoice.fromConfig();
        }
        return choice(options.org, options.live);
    }

    /** A given group's choice: {@code --org} when set, else {@code --live}, else {@code --no-simulation}. */
    static SimulationChoice choice(Path org, boolean live) {
        if (org != null) {
            return SimulationChoice.snapshot(org);
        }
        return live ? SimulationChoice.live() : SimulationChoice.none();
    }
}

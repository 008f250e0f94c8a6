package io.cxgate.check;

import java.nio.file.Path;
import java.util.Optional;

/** What the command line asked for: a snapshot, the live org, none, or whatever the config says. */
public record SimulationChoice(Kind kind, Optional<Path> snapshot) {
    public enum Kind { FROM_CONFIG, NONE, SNAPSHOT, LIVE }

    public static SimulationChoice fromConfig() {
        return new SimulationChoice(Kind.FROM_CONFIG, Optional.empty());
    }

    public static SimulationChoice none() {
        return new SimulationChoice(Kind.NONE, Optional.empty());
    }

    public static SimulationChoice live() {
        return new SimulationChoice(Kind.LIVE, Optional.empty());
    }

    public static SimulationChoice snapshot(Path file) {
        return new SimulationChoice(Kind.SNAPSHOT, Optional.of(file));
    }
}

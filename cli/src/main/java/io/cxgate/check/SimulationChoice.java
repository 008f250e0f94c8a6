package io.cxgate.check;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import io.cxgate.config.EnvironmentConfig;

/**
 * What the command line asked for: whatever the config says ({@code FromConfig}), or one of the three sources a
 * check can use ({@link Resolved}): none, an org snapshot, the live org.
 */
public sealed interface SimulationChoice permits SimulationChoice.FromConfig, SimulationChoice.Resolved {

    /** This choice, with {@code FromConfig} replaced by the environment's {@code simulation} setting. */
    Resolved resolvedFor(EnvironmentConfig env);

    /** A source a check can use. */
    sealed interface Resolved extends SimulationChoice permits None, Snapshot, Live {
        /** One of three results, by source: the compiler checks every source is handled. */
        <T> T match(Supplier<T> none, Function<Path, T> snapshot, Supplier<T> live);

        @Override
        default Resolved resolvedFor(EnvironmentConfig env) {
            return this;
        }
    }

    /** No option given: the environment's {@code simulation} decides (none unless it says live). */
    record FromConfig() implements SimulationChoice {
        @Override
        public Resolved resolvedFor(EnvironmentConfig env) {
            return switch (env.simulation()) {
                case NONE -> new None();
                case LIVE -> new Live();
            };
        }
    }

    /** {@code --no-simulation}, or nothing asked for. */
    record None() implements Resolved {
        @Override
        public <T> T match(Supplier<T> none, Function<Path, T> snapshot, Supplier<T> live) {
            return none.get();
        }
    }

    /** {@code --org FILE}. */
    record Snapshot(Path file) implements Resolved {
        public Snapshot {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public <T> T match(Supplier<T> none, Function<Path, T> snapshot, Supplier<T> live) {
            return snapshot.apply(file);
        }
    }

    /** {@code --live}. */
    record Live() implements Resolved {
        @Override
        public <T> T match(Supplier<T> none, Function<Path, T> snapshot, Supplier<T> live) {
            return live.get();
        }
    }

    static SimulationChoice fromConfig() {
        return new FromConfig();
    }

    static SimulationChoice none() {
        return new None();
    }

    static SimulationChoice live() {
        return new Live();
    }

    static SimulationChoice snapshot(Path file) {
        return new Snapshot(file);
    }
}

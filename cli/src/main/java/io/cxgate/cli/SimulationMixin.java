package io.cxgate.cli;

import io.cxgate.check.SimulationChoice;
import picocli.CommandLine.ArgGroup;

/**
 * The {@link SimulationOptions} group as a {@code @Mixin}, for every command that takes it: picocli-codegen
 * (4.7.7) rejects one {@code @ArgGroup} class declared on fields of two commands, not one mixin used by both.
 */
public final class SimulationMixin {
    @ArgGroup(exclusive = true)
    SimulationOptions group;

    /** {@code --org}, {@code --live} or {@code --no-simulation}; none given: the config decides. */
    SimulationChoice choice() {
        return SimulationOptions.choice(group);
    }
}

package io.cxgate.policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.cxgate.plan.Action;

/**
 * A rule's cheap filter, checked before its CEL condition. An empty list is no filter.
 *
 * @param types     resource types or globs of them ({@code genesyscloud_routing_*}); empty: every type
 * @param actions   the actions it applies to; empty: every action but {@code no-op} and {@code read} (an importing
 *                  {@code no-op} is included when {@code importing} is true)
 * @param paths     changed attribute paths or patterns ({@code [*]}, {@code *}); empty: any change
 * @param importing true: only imports; false: no imports; empty: either
 */
public record Match(List<String> types, Set<Action> actions, List<String> paths, Optional<Boolean> importing) {
    /** No filter beyond the default actions. */
    public static final Match ANY = new Match(List.of(), Set.of(), List.of(), Optional.empty());

    public Match {
        types = List.copyOf(types);
        actions = Set.copyOf(actions);
        paths = List.copyOf(paths);
        importing = importing == null ? Optional.empty() : importing;
    }
}

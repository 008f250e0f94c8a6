package io.cxgate.policy.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cxgate.plan.Action;
import io.cxgate.plan.AttributePath;
import io.cxgate.plan.ResourceChange;
import io.cxgate.policy.Match;

/**
 * A rule's {@code match}, compiled: type globs ({@code *} any run, {@code ?} one character), the action set
 * (omitted: every action but no-op and read, plus an importing no-op when the rule asks for imports), changed
 * path patterns and the importing flag.
 */
final class RuleMatcher {
    private static final Set<Action> DEFAULT_ACTIONS = EnumSet.complementOf(EnumSet.of(Action.NOOP, Action.READ));

    private final Pattern types;
    private final Set<Action> actions;
    private final boolean defaultActions;
    private final List<Pattern> paths;
    private final Optional<Boolean> importing;

    RuleMatcher(Match match) {
        this.types = match.types().isEmpty() ? null : Pattern.compile(match.types().stream()
                .map(RuleMatcher::glob).collect(Collectors.joining("|")));
        this.defaultActions = match.actions().isEmpty();
        this.actions = defaultActions ? DEFAULT_ACTIONS : EnumSet.copyOf(match.actions());
        this.paths = match.paths().stream().map(AttributePath::compilePattern).toList();
        this.importing = match.importing();
    }

    /** Type, action and importing: the same answer for every change sharing them, so callers cache it. */
    boolean matches(String type, Action action, boolean isImporting) {
        if (importing.isPresent() && importing.get() != isImporting) {
            return false;
        }
        if (types != null && !types.matcher(type).matches()) {
            return false;
        }
        if (actions.contains(action)) {
            return true;
        }
        return defaultActions && action == Action.NOOP && isImporting && importing.orElse(false);
    }

    /** Whether any changed path matches any pattern; true when the rule names no paths. */
    boolean matchesPaths(ResourceChange change) {
        if (paths.isEmpty()) {
            return true;
        }
        for (String path : change.changedPaths()) {
            for (Pattern pattern : paths) {
                if (pattern.matcher(path).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String glob(String glob) {
        StringBuilder regex = new StringBuilder("(?:");
        for (char c : glob.toCharArray()) {
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.append(')').toString();
    }
}

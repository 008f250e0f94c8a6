package io.cxgate.genesys.api;

import java.util.Map;

/**
 * The page size cxgate asks for, per list path: 500 where the provider itself pages at 500 and the
 * API accepts it (queues, users, flows, skills), 100 everywhere else, search included. The Platform
 * API documents no per-endpoint maxima, so the conservative 100 is the default.
 */
public final class PageSizes {
    public static final int DEFAULT = 100;
    public static final int LARGE = 500;

    private static final Map<String, Integer> BY_PATH = Map.of(
            "/api/v2/routing/queues", LARGE,
            "/api/v2/users", LARGE,
            "/api/v2/flows", LARGE,
            "/api/v2/routing/skills", LARGE);

    private PageSizes() {
    }

    /** The page size for this path (exact match, no query string). */
    public static int forPath(String path) {
        return BY_PATH.getOrDefault(path, DEFAULT);
    }
}

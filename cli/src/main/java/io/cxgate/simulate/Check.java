package io.cxgate.simulate;

import java.util.List;

import io.cxgate.plan.ResourceChange;

/**
 * One kind of finding, as a small class over the shared, immutable facts. A check first says
 * what it needs from the org for a change ({@link #want}, then {@link #wantMore} once the first
 * answers are in), then reports on it ({@link #check}); it never asks the org itself.
 */
interface Check {

    /** What this check needs listed for {@code change}, from the plan's facts alone (the org is still empty). */
    default void want(ResourceChange change, Context context, Wants wants) {
    }

    /** What it needs next, now that the first answers are in. */
    default void wantMore(ResourceChange change, Context context, Wants wants) {
    }

    /** The findings about {@code change}, in the order the report shows them. */
    List<Finding> check(ResourceChange change, Context context);

    /** What a check reads: the plan's facts, the org as fetched, and how to name things. */
    record Context(PlanFacts plan, OrgIndex org, Naming naming) {
    }
}

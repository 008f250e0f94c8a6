package io.cxgate.policy;

/**
 * A waiver as it applied to this plan.
 *
 * @param status {@code applied} (it suppressed a firing) or {@code expired}
 */
public record WaiverResult(String rule, String address, String owner, String reason, String expires, String status) {
}

package io.cxgate.plan;

/** A check block or condition result from the plan's {@code checks}: status pass, fail, error or unknown. */
public record CheckResult(String address, String status) {
}

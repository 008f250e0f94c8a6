/**
 * Services that run terraform and compose the stages around it: {@link io.cxgate.planning.PlanService} (config →
 * terraform → the same check as {@code cxgate check} → bundle). Commands call one service each.
 */
package io.cxgate.planning;

/**
 * {@code cxgate drift} (ARCHITECTURE.md "Drift"): a refresh-only plan through the shared terraform runner, the check
 * and policies on it, attribution of each drifted object from the Platform API's audit trail, unmanaged look-alikes,
 * and a {@code drift-check} entry in the records store.
 */
package io.cxgate.drift;

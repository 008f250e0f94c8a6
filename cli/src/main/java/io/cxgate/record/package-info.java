/**
 * The records store: an append-only, hash-chained log of approvals, applies, unlocks, state restores and drift
 * checks; blobs addressed by SHA-256; one lock per environment. {@link io.cxgate.record.RecordStore} is the one
 * entry point; SQLite and PostgreSQL implement it behind JDBC, with Flyway migrations.
 */
package io.cxgate.record;

package io.cxgate.record;

/** The two stores every records test runs against. */
public enum Backend {
    SQLITE, POSTGRESQL
}

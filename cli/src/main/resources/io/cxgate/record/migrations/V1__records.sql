-- The records store, schema version 1: one SQL for SQLite and PostgreSQL (${bytes} is BLOB or BYTEA).
-- Every column of entries is inside the entry's hash or derived from it (ARCHITECTURE.md, "Records store").

CREATE TABLE entries (
    seq             BIGINT  NOT NULL PRIMARY KEY,
    id              TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    environment     TEXT    NOT NULL,
    at              TEXT    NOT NULL,
    identity        TEXT    NOT NULL,
    identity_source TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    prev_hash       TEXT    NOT NULL,
    hash            TEXT    NOT NULL,
    mac             TEXT
);
CREATE INDEX entries_by_environment_kind ON entries (environment, kind);
CREATE INDEX entries_by_id ON entries (id);

-- The chain head: the row appends lock (PostgreSQL SELECT ... FOR UPDATE) and move forward.
CREATE TABLE chain_head (
    chain   INTEGER NOT NULL PRIMARY KEY,
    seq     BIGINT  NOT NULL,
    hash    TEXT    NOT NULL
);
INSERT INTO chain_head (chain, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE blobs (
    digest      TEXT    NOT NULL PRIMARY KEY,
    kind        TEXT    NOT NULL,
    encryption  TEXT    NOT NULL,
    size        BIGINT  NOT NULL,
    content     ${bytes} NOT NULL
);

CREATE TABLE locks (
    environment     TEXT    NOT NULL PRIMARY KEY,
    holder_identity TEXT    NOT NULL,
    host            TEXT    NOT NULL,
    pid_namespace   TEXT    NOT NULL,
    pid             BIGINT  NOT NULL,
    token           TEXT    NOT NULL,
    since_ms        BIGINT  NOT NULL,
    expires_ms      BIGINT  NOT NULL,
    bundle_digest   TEXT    NOT NULL
);

-- The append-only audit log. Entries are hash-chained; the application only ever inserts.
CREATE TABLE audit_entry (
    sequence_no   BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(200)             NOT NULL,
    action        VARCHAR(100)             NOT NULL,
    subject_type  VARCHAR(50)              NOT NULL,
    subject_id    VARCHAR(200),
    reason        VARCHAR(2000),
    outcome       VARCHAR(20)              NOT NULL,
    details       VARCHAR(8000),
    previous_hash CHAR(64)                 NOT NULL,
    entry_hash    CHAR(64)                 NOT NULL
);

CREATE INDEX audit_entry_subject ON audit_entry (subject_type, subject_id, sequence_no);
CREATE INDEX audit_entry_actor ON audit_entry (actor, sequence_no);

-- One row: the last sequence number and hash. Locking it serialises appends; comparing it with the
-- last entry shows when the newest entries were removed.
CREATE TABLE audit_head (
    id            INT      NOT NULL PRIMARY KEY,
    last_sequence BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL
);

INSERT INTO audit_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

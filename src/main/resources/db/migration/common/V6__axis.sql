-- The Axis Body Worn content destination, a subset of OpenStack Swift: the account's secrets, the body
-- worn system's users and devices as linked to the fleet, and its containers and objects. Clips themselves
-- go to the footage store through ingest; only their bookkeeping is here.

-- One row. The token secret signs X-Auth-Tokens for every node; the key is kept only as SHA-256 when it
-- was generated (a configured key is not stored at all).
CREATE TABLE axis_credential (
    id            INT      NOT NULL PRIMARY KEY,
    token_secret  CHAR(64) NOT NULL,
    key_hash      CHAR(64),
    key_issued_at TIMESTAMP WITH TIME ZONE
);

-- Users/<uuid>: user_key is the user-supplied ID (the collar number); officer_collar is set when it names
-- an officer in the fleet, and stays NULL otherwise (footage is then attributed by assignment history).
CREATE TABLE axis_user (
    user_uuid      VARCHAR(64)              NOT NULL PRIMARY KEY,
    name           VARCHAR(400),
    user_key       VARCHAR(400),
    officer_collar VARCHAR(20),
    active         BOOLEAN                  NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Devices/<serial>: the camera itself is in the fleet's camera table; this keeps the system's nice name.
CREATE TABLE axis_device (
    serial     VARCHAR(32)              NOT NULL PRIMARY KEY,
    name       VARCHAR(400),
    model      VARCHAR(100),
    active     BOOLEAN                  NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- System, Users, Devices, and one container per recording (<UserID>_<BWCSerialNumber>_<TriggerOnTime>).
-- metadata is the container's Swift metadata as a JSON object; completed_at is set when Status is Complete.
CREATE TABLE axis_container (
    name          VARCHAR(255)             NOT NULL PRIMARY KEY,
    kind          VARCHAR(20)              NOT NULL,
    metadata      VARCHAR(16000)           NOT NULL,
    user_uuid     VARCHAR(64),
    camera_serial VARCHAR(32),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE
);

-- Every object the system put. Clips carry the clip they became (clip_id) or, while an end-to-end
-- encrypted clip waits for its key object, the blob it is staged in. Small objects (key objects, GNSS
-- tracks, bookmarks) keep their bytes, base64, in content; linked_at marks tracks and bookmarks attached
-- to their clips.
CREATE TABLE axis_object (
    container_name VARCHAR(255)             NOT NULL REFERENCES axis_container (name),
    object_name    VARCHAR(255)             NOT NULL,
    kind           VARCHAR(20)              NOT NULL,
    metadata       VARCHAR(16000)           NOT NULL,
    content        VARCHAR(6000000),
    md5            CHAR(32),
    size_bytes     BIGINT,
    clip_id        VARCHAR(36),
    sha256         CHAR(64),
    started_at     TIMESTAMP WITH TIME ZONE,
    stopped_at     TIMESTAMP WITH TIME ZONE,
    staged_blob    VARCHAR(512),
    linked_at      TIMESTAMP WITH TIME ZONE,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (container_name, object_name)
);

CREATE INDEX axis_object_staged ON axis_object (staged_blob);
CREATE INDEX axis_container_open ON axis_container (completed_at, created_at);

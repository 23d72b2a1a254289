-- What is known of a clip as a recording (read from its bytes after ingest, in the background) and the
-- blobs derived from it: a poster image, a thumbnail strip and, when the original will not play in a
-- browser, a playable rendition. Derived blobs are encrypted under the clip's own data key, so
-- crypto-shredding the clip (deleting its clip_key row) makes them unreadable too.
-- state: DONE when every step succeeded; FAILED with the reason when one did not (what succeeded is kept),
-- retried until attempts reaches the configured limit.
CREATE TABLE clip_media (
    clip_id              UUID                     NOT NULL PRIMARY KEY REFERENCES clip (id),
    state                VARCHAR(10)              NOT NULL,
    attempts             INT                      NOT NULL,
    last_attempt_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    failure              VARCHAR(2000),
    duration_ms          BIGINT,
    container            VARCHAR(40),
    video_codec          VARCHAR(40),
    width                INT,
    height               INT,
    frame_rate           DOUBLE PRECISION,
    audio_codec          VARCHAR(40),
    audio_channels       INT,
    audio_sample_rate    INT,
    poster_bytes         BIGINT,
    thumbnails_bytes     BIGINT,
    playable_bytes       BIGINT,
    CONSTRAINT clip_media_state CHECK (state IN ('DONE', 'FAILED'))
);

CREATE INDEX clip_media_retry ON clip_media (state, attempts);

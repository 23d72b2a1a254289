-- The catalogue: what people say about a clip (category, title, references, notes), the unit it belongs to,
-- bookmarks added by people beside those the camera made, the place index over GNSS tracks, and incidents
-- grouping clips of several officers.

-- The unit of the clip's officer when the clip was catalogued: supervisors see their unit's footage as it
-- was when it was filmed, so an officer's transfer neither takes old footage away from the supervisor who
-- oversaw that shift nor hands it to the new one.
ALTER TABLE clip ADD COLUMN unit_code VARCHAR(10);
-- NULL category: nobody has categorised the clip yet.
ALTER TABLE clip ADD COLUMN category VARCHAR(60);
ALTER TABLE clip ADD COLUMN title VARCHAR(200);
ALTER TABLE clip ADD COLUMN cad_incident VARCHAR(30);
ALTER TABLE clip ADD COLUMN crime_reference VARCHAR(30);
ALTER TABLE clip ADD COLUMN custody_number VARCHAR(30);
ALTER TABLE clip ADD COLUMN notes VARCHAR(10000);

UPDATE clip SET unit_code = (SELECT o.unit_code FROM officer o WHERE o.collar_number = clip.officer_collar);

CREATE INDEX clip_started ON clip (started_at);
CREATE INDEX clip_unit ON clip (unit_code, started_at);
CREATE INDEX clip_category ON clip (category, started_at);
CREATE INDEX clip_crime_reference ON clip (crime_reference);
CREATE INDEX clip_cad_incident ON clip (cad_incident);
CREATE INDEX clip_custody_number ON clip (custody_number);

-- Bookmarks the camera made (CAMERA, kept as the camera sent them) and those people add (PERSON).
ALTER TABLE clip_bookmark ADD COLUMN origin VARCHAR(10) DEFAULT 'CAMERA' NOT NULL;
ALTER TABLE clip_bookmark ADD COLUMN added_by VARCHAR(64);

-- The place index: every grid cell a clip's track passes through (three cell sizes, see GeoGrid), once per
-- UTC day the clip spans, so a search by place and time is a handful of equality lookups.
CREATE TABLE clip_cell (
    cell       BIGINT NOT NULL,
    bucket_day INT    NOT NULL,
    clip_id    UUID   NOT NULL REFERENCES clip (id),
    PRIMARY KEY (cell, bucket_day, clip_id)
);

CREATE INDEX clip_cell_clip ON clip_cell (clip_id);

-- Clips whose tracks arrived before the place index existed; indexed at start-up (PlaceIndexBackfill), then removed.
CREATE TABLE clip_cell_pending (
    clip_id UUID NOT NULL PRIMARY KEY REFERENCES clip (id)
);

INSERT INTO clip_cell_pending (clip_id) SELECT DISTINCT clip_id FROM clip_track_point;

-- The longest clip held, so that "overlaps the window" becomes a range bounded on both sides of started_at.
CREATE TABLE clip_longest (
    id     INT    NOT NULL PRIMARY KEY CHECK (id = 1),
    millis BIGINT NOT NULL
);

-- A group of clips of several officers at the same incident, confirmed by a person.
CREATE TABLE incident (
    id           UUID                     NOT NULL PRIMARY KEY,
    cad_incident VARCHAR(30),
    confirmed_by VARCHAR(64)              NOT NULL,
    confirmed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE incident_clip (
    incident_id UUID NOT NULL REFERENCES incident (id),
    clip_id     UUID NOT NULL REFERENCES clip (id),
    PRIMARY KEY (incident_id, clip_id)
);

CREATE INDEX incident_clip_clip ON incident_clip (clip_id);

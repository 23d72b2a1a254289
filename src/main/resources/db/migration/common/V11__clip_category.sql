-- What a clip is kept for (evidential, stop and search, domestic abuse...). NULL: not yet categorised,
-- which retention treats as non-evidential.
ALTER TABLE clip ADD COLUMN category VARCHAR(64);

-- The review of a quarantined clip: released (the clip is STORED again, trusted on the reviewer's word) or
-- confirmed corrupt (it stays QUARANTINED). The device's claimed hash stays in device_sha256 and dedup_key
-- is left as it was, so a released clip still shows it arrived with a wrong claim.
ALTER TABLE clip ADD COLUMN quarantine_decision VARCHAR(20);
ALTER TABLE clip ADD COLUMN quarantine_reviewed_by VARCHAR(64);
ALTER TABLE clip ADD COLUMN quarantine_reviewed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE clip ADD COLUMN quarantine_review_reason VARCHAR(4000);
ALTER TABLE clip ADD CONSTRAINT clip_quarantine_review_whole CHECK (
    (quarantine_decision IS NULL AND quarantine_reviewed_by IS NULL AND quarantine_reviewed_at IS NULL
        AND quarantine_review_reason IS NULL)
    OR (quarantine_decision IN ('RELEASED', 'CONFIRMED_CORRUPT') AND quarantine_reviewed_by IS NOT NULL
        AND quarantine_reviewed_at IS NOT NULL AND quarantine_review_reason IS NOT NULL
        AND device_sha256 IS NOT NULL));

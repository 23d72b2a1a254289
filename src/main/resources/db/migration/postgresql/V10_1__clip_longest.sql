INSERT INTO clip_longest (id, millis)
SELECT 1, COALESCE(CEIL(MAX(EXTRACT(EPOCH FROM (ended_at - started_at)) * 1000)), 0) FROM clip;

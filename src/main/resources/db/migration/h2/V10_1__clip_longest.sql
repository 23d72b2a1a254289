INSERT INTO clip_longest (id, millis)
SELECT 1, COALESCE(MAX(DATEDIFF('MILLISECOND', started_at, ended_at)), 0) FROM clip;

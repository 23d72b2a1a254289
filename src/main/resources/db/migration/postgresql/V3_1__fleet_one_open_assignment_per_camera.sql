-- Defence in depth on PostgreSQL: even a write that bypasses the application's camera lock cannot leave
-- one camera issued to two officers at once. (H2 has no partial indexes; there the lock alone guards.)
CREATE UNIQUE INDEX camera_assignment_one_open_per_camera ON camera_assignment (camera_id) WHERE returned_at IS NULL;

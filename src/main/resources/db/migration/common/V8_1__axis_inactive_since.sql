-- When the body worn system marked a user or device inactive (Active=False), NULL while it is active. Their
-- recordings are still taken (footage is never turned away for that); the dock status page shows who sends
-- footage while inactive, so someone can find out why. The fleet's own records are not changed.
ALTER TABLE axis_user ADD COLUMN inactive_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE axis_device ADD COLUMN inactive_since TIMESTAMP WITH TIME ZONE;
UPDATE axis_user SET inactive_since = updated_at WHERE NOT active;
UPDATE axis_device SET inactive_since = updated_at WHERE NOT active;

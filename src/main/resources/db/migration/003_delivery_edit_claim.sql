-- The revision an edit of a posted message was claimed for. Replicas that see the same page edit
-- race to set it; the one whose conditional UPDATE matches makes the edit, so every posted message
-- is edited once per revision, however many replicas noticed the change.
ALTER TABLE webinarbot_delivery ADD COLUMN edit_revision VARCHAR(64);

-- Threads: the message id of the thread a post is in. The post that opened a thread holds its own
-- id; a reply holds its parent's; NULL is a post at channel level, outside any thread (a platform
-- without threads, or a talk first posted before threads were turned on, which stays that way).
ALTER TABLE webinarbot_delivery ADD COLUMN thread_id VARCHAR(200);

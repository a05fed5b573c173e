-- The posts the Quartz timer holds until they are due: one row per planned post (webinar, kind,
-- ledger revision, instant), each naming the Quartz trigger that fires it. Posts due at one
-- instant share triggers, so a burst of them takes Quartz's cluster-wide trigger lock a few
-- times instead of three times per post. Instants are epoch milliseconds, as in the ledger.
CREATE TABLE webinarbot_pending_post (
  sched_name   VARCHAR(120) NOT NULL,
  webinar_id   VARCHAR(200) NOT NULL,
  kind         VARCHAR(40)  NOT NULL,
  revision     VARCHAR(64)  NOT NULL,
  due_at       BIGINT       NOT NULL,
  trigger_name VARCHAR(200) NOT NULL,
  CONSTRAINT pk_webinarbot_pending_post
    PRIMARY KEY (webinar_id, kind, revision, due_at, sched_name)
);

-- The columns looked up with IN lists come first: H2 uses an index for an IN list only on its
-- leading column (every database here has one scheduler name).
CREATE INDEX ix_webinarbot_pending_post_trigger
  ON webinarbot_pending_post (trigger_name, sched_name);

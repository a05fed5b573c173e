-- The delivery ledger: one row per (webinar, kind, target, revision), written before a post
-- (pending, then sending) and after it (sent, with the platform's message id), or closed as
-- failed or skipped with the reason. The primary key is what stops two racers posting twice.
-- Instants are epoch milliseconds so the same SQL runs on H2 and PostgreSQL.
CREATE TABLE webinarbot_delivery (
  webinar_id       VARCHAR(200)  NOT NULL,
  kind             VARCHAR(40)   NOT NULL,
  target           VARCHAR(200)  NOT NULL,
  revision         VARCHAR(64)   NOT NULL,
  delivery_key     VARCHAR(64)   NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  content_revision VARCHAR(64)   NOT NULL,
  message_id       VARCHAR(200),
  changes          VARCHAR(8000),
  scheduled_at     BIGINT        NOT NULL,
  deadline         BIGINT,
  attempts         INTEGER       NOT NULL,
  detail           VARCHAR(1000),
  owner            VARCHAR(200)  NOT NULL,
  created_at       BIGINT        NOT NULL,
  updated_at       BIGINT        NOT NULL,
  CONSTRAINT pk_webinarbot_delivery PRIMARY KEY (webinar_id, kind, target, revision)
);

CREATE UNIQUE INDEX ux_webinarbot_delivery_key ON webinarbot_delivery (delivery_key);

CREATE INDEX ix_webinarbot_delivery_status ON webinarbot_delivery (status);

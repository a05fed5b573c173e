-- What the bot last acted on for each webinar: the page as it was (JSON), when the bot first saw
-- it (for the catch-up rule) and when it disappeared. Diffing a fresh load against this finds
-- edits, moves and removals, also those made while the bot was down.
CREATE TABLE webinarbot_webinar (
  webinar_id VARCHAR(200)  NOT NULL,
  first_seen BIGINT        NOT NULL,
  revision   VARCHAR(64)   NOT NULL,
  removed_at BIGINT,
  snapshot   VARCHAR(1000000) NOT NULL,
  CONSTRAINT pk_webinarbot_webinar PRIMARY KEY (webinar_id)
);

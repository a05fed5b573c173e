-- Personal reminders ("Remind me"): who asked to be messaged before which talk. Only the
-- platform, the user's id on it, the webinar and when they asked; nothing else about the person.
-- Rows are deleted 7 days after the talk, or at once by /webinars forget and forget-me.
CREATE TABLE webinarbot_subscription (
  webinar_id    VARCHAR(200) NOT NULL,
  platform      VARCHAR(16)  NOT NULL,
  user_id       VARCHAR(64)  NOT NULL,
  subscribed_at BIGINT       NOT NULL,
  CONSTRAINT pk_webinarbot_subscription PRIMARY KEY (webinar_id, platform, user_id)
);

CREATE INDEX ix_webinarbot_subscription_user ON webinarbot_subscription (platform, user_id);

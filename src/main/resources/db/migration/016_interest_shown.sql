-- "N people want a reminder" on an announcement: the number each posted message shows and when it
-- was last edited to show it, so edits stay at most one a minute per message across restarts and
-- replicas, and a change made while the bot was down is put right from the subscriptions.
CREATE TABLE webinarbot_interest_shown (
  platform    VARCHAR(16)  NOT NULL,
  channel_id  VARCHAR(200) NOT NULL,
  message_id  VARCHAR(200) NOT NULL,
  webinar_id  VARCHAR(200) NOT NULL,
  shown       INTEGER      NOT NULL,
  edited_at   BIGINT       NOT NULL,
  CONSTRAINT pk_webinarbot_interest_shown PRIMARY KEY (platform, channel_id, message_id)
);

-- The Discord guild scheduled event made for each upcoming webinar, per server, so that a later
-- content reload updates or deletes that event instead of creating another one.
CREATE TABLE IF NOT EXISTS discord_scheduled_events (
    guild_id     VARCHAR(32)  NOT NULL,
    webinar_id   VARCHAR(255) NOT NULL,
    event_id     VARCHAR(32)  NOT NULL,
    fingerprint  VARCHAR(64)  NOT NULL,
    updated_at   TIMESTAMP    NOT NULL,
    PRIMARY KEY (guild_id, webinar_id)
);

package webinarbot.config;

/**
 * A configuration value as found, before validation.
 *
 * @param value a String, Long, Boolean, Double or List from TOML, or a String from the environment
 * @param origin where it was found, for messages: {@code webinar-bot.toml:12} or the variable name
 */
record RawValue(Object value, String origin) {}

package webinarbot.content;

/**
 * One front matter key with its value and where it was written.
 *
 * @param value String, Long, Double, Boolean, LocalDate, LocalDateTime, OffsetDateTime, List or
 *     Map: TOML and YAML both map onto these
 */
record Field(String key, Object value, int line, int column) {}

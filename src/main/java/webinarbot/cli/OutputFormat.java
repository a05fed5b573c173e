package webinarbot.cli;

/** {@code --format} of the listing commands. */
enum OutputFormat {
  TEXT,
  JSON
}

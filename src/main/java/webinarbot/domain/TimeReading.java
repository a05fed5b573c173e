package webinarbot.domain;

import java.util.List;
import java.util.Optional;

/** The outcome of reading a page's time: a time unless a note is an error. */
public record TimeReading(Optional<EventTime> time, List<TimeNote> notes) {
  public TimeReading {
    notes = List.copyOf(notes);
  }

  public boolean failed() {
    return time.isEmpty();
  }
}

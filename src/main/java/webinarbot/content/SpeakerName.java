package webinarbot.content;

import java.util.Optional;

/**
 * Splits how pages write a speaker, {@code "Name - Role @ Org"}, on the first {@code " - "}; {@code
 * "Name, Role @ Org"} on the comma. A page that writes {@code "Name @ Org"} gets the organisation
 * as the role.
 */
record SpeakerName(String name, Optional<String> role) {
  static SpeakerName split(String written) {
    String w = written.strip();
    if (w.contains("  ") || w.indexOf('\t') >= 0 || w.indexOf('\n') >= 0) {
      w = w.replaceAll("\\s+", " ");
    }
    int dash = w.indexOf(" - ");
    if (dash > 0) {
      return of(w.substring(0, dash), w.substring(dash + 3));
    }
    int at = w.indexOf(" @ ");
    int comma = w.indexOf(", ");
    // "Name, Role @ Org": the comma comes first and the organisation stays with the role.
    if (comma > 0 && (at < 0 || comma < at)) {
      return of(w.substring(0, comma), w.substring(comma + 2));
    }
    if (at > 0) {
      return of(w.substring(0, at), w.substring(at + 3));
    }
    return new SpeakerName(w, Optional.empty());
  }

  private static SpeakerName of(String name, String role) {
    String r = role.strip();
    return new SpeakerName(name.strip(), r.isEmpty() ? Optional.empty() : Optional.of(r));
  }
}

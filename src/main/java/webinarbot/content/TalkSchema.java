package webinarbot.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code [content.fields]}: for each field of a talk, the front matter keys to try, in order. Keys
 * are case-insensitive (Hugo lower-cases them); a dotted key ({@code event.eventUrl}) reaches into
 * a map. The defaults hold FD.io's names and the common ones of other real sites; a community sets
 * only the fields its pages name differently, and each setting replaces that field's default list.
 */
public final class TalkSchema {
  /** Every field, in the order {@code init} writes them. */
  public static final List<String> FIELDS =
      List.of(
          "title",
          "date",
          "end",
          "start_time",
          "end_time",
          "time_slot",
          "duration",
          "timezone",
          "video",
          "slides_pdf",
          "slides",
          "event",
          "register",
          "image",
          "description",
          "location",
          "speakers",
          "cancelled");

  private static final Map<String, List<String>> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("title", List.of("title"));
    // Keys naming the talk's own day come before date, which many sites use for the posting day.
    DEFAULTS.put(
        "date",
        List.of(
            "startdate",
            "start_date",
            "datestart",
            "talk_date",
            "event_date",
            "eventdate",
            "dates",
            "sortable_date",
            "date"));
    DEFAULTS.put("end", List.of("enddate", "end_date", "dateend", "end"));
    DEFAULTS.put("start_time", List.of("start_time", "starttime", "talk_start_time"));
    DEFAULTS.put("end_time", List.of("end_time", "endtime", "talk_end_time"));
    DEFAULTS.put("time_slot", List.of("time_slot"));
    DEFAULTS.put("duration", List.of("duration"));
    DEFAULTS.put("timezone", List.of("timezone", "time_zone"));
    DEFAULTS.put(
        "video",
        List.of(
            "youtubeurl", "youtube_url", "youtube", "video", "video_url", "recording", "vimeo"));
    DEFAULTS.put("slides_pdf", List.of("pdfurl", "pdf_url", "pdf", "slides_pdf"));
    DEFAULTS.put("slides", List.of("ppturl", "slides", "slides_url", "slideshare", "speakerdeck"));
    DEFAULTS.put(
        "event",
        List.of(
            "eventurl", "event_url", "eventlink", "event_link", "meeting_url", "zoomurl", "link"));
    DEFAULTS.put(
        "register",
        List.of(
            "registerurl",
            "register_url",
            "registration_url",
            "registration",
            "register",
            "eventreglink",
            "rsvp"));
    DEFAULTS.put("image", List.of("previewimage", "preview_image", "image", "images", "banner"));
    DEFAULTS.put("description", List.of("description", "summary"));
    DEFAULTS.put("location", List.of("location", "venue"));
    DEFAULTS.put("speakers", List.of("speakers", "speaker", "presenters"));
    DEFAULTS.put("cancelled", List.of("cancelled", "canceled"));
  }

  private final Map<String, List<String>> keys;
  private final Set<String> topLevel;

  public TalkSchema(Map<String, List<String>> keys) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    keys.forEach(
        (k, v) -> m.put(k, v.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList()));
    this.keys = Map.copyOf(m);
    java.util.Set<String> top = new java.util.HashSet<>();
    this.keys
        .values()
        .forEach(
            l -> l.forEach(k -> top.add(k.contains(".") ? k.substring(0, k.indexOf('.')) : k)));
    this.topLevel = Set.copyOf(top);
  }

  /** Each field's keys, lower-cased. */
  public Map<String, List<String>> keys() {
    return keys;
  }

  /** The defaults, every field. */
  public static TalkSchema defaults() {
    return new TalkSchema(DEFAULTS);
  }

  /** The defaults with some fields' lists replaced; an unknown field is an error. */
  public static TalkSchema withOverrides(Map<String, List<String>> overrides) {
    Map<String, List<String>> m = new LinkedHashMap<>(DEFAULTS);
    for (Map.Entry<String, List<String>> e : overrides.entrySet()) {
      if (!DEFAULTS.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "unknown field " + e.getKey() + "; fields are " + String.join(", ", FIELDS));
      }
      m.put(e.getKey(), e.getValue());
    }
    return new TalkSchema(m);
  }

  /** The default keys of one field. */
  public static List<String> defaultKeys(String field) {
    return Optional.ofNullable(DEFAULTS.get(field)).orElse(List.of());
  }

  public List<String> keysOf(String field) {
    return keys.getOrDefault(field, List.of());
  }

  /** Every top-level key any field reads (the part before the first dot). */
  Set<String> topLevelKeys() {
    return topLevel;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TalkSchema t && t.keys.equals(keys);
  }

  @Override
  public int hashCode() {
    return keys.hashCode();
  }

  @Override
  public String toString() {
    return "TalkSchema" + keys;
  }
}

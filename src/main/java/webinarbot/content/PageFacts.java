package webinarbot.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one page holds, for {@code init} to guess from: its place, its type, and every front matter
 * key (nested ones as dotted paths, two levels down) with its value.
 */
record PageFacts(
    PagePath where, Optional<String> type, Map<String, Object> keys, boolean speakerShortcodes) {
  /** Keys whose presence says "this is a talk", beyond a plain date. */
  private static final Set<String> TALK_WORDS =
      Set.of(
          "time_slot",
          "start_time",
          "starttime",
          "talk_start_time",
          "talk_date",
          "startdate",
          "start_date",
          "datestart",
          "event_date",
          "eventdate",
          "sortable_date",
          "dates",
          "duration",
          "speakers",
          "speaker",
          "presenters",
          "youtubeurl",
          "youtube_url",
          "youtube",
          "vimeo",
          "video",
          "recording",
          "pdfurl",
          "slides",
          "eventurl",
          "registerurl",
          "registration",
          "zoomurl",
          "eventreglink",
          "timezone");

  private static final Set<String> TALK_TYPES =
      Set.of(
          "talk",
          "talks",
          "webinar",
          "webinars",
          "session",
          "sessions",
          "event",
          "events",
          "meetup");

  static Optional<PageFacts> read(PagePath where) {
    Optional<QuietPage> page = QuietPage.read(where.file());
    if (page.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = page.get().fields();
    Map<String, Object> keys = new LinkedHashMap<>();
    for (Field f : fields.all()) {
      flatten(f.key().toLowerCase(Locale.ROOT), f.value(), keys, 0);
    }
    Optional<String> type =
        Optional.ofNullable(keys.get("type"))
            .map(Object::toString)
            .map(String::strip)
            .filter(s -> !s.isEmpty());
    return Optional.of(
        new PageFacts(where, type, keys, page.get().frontMatter().body().contains("{{< speaker")));
  }

  private static void flatten(String key, Object value, Map<String, Object> out, int depth) {
    if (value instanceof Map<?, ?> m && depth < 2) {
      m.forEach(
          (k, v) ->
              flatten(key + "." + String.valueOf(k).toLowerCase(Locale.ROOT), v, out, depth + 1));
      return;
    }
    out.put(key, value);
  }

  /** True when the key holds something (an empty string, list or map is unset, as for talks). */
  boolean has(String key) {
    return TalkFields.isSet(keys.get(key));
  }

  /** A page that looks like a talk: talk keys beyond a date, speaker shortcodes, a talk type. */
  boolean looksLikeTalk() {
    if (type.map(t -> TALK_TYPES.contains(t.toLowerCase(Locale.ROOT))).orElse(false)) {
      return true;
    }
    if (speakerShortcodes) {
      return true;
    }
    for (String k : keys.keySet()) {
      String last = k.contains(".") ? k.substring(k.lastIndexOf('.') + 1) : k;
      if (TALK_WORDS.contains(last) && has(k)) {
        return true;
      }
    }
    return false;
  }

  /** The keys of every page of a group, most common first. */
  static List<String> keysByFrequency(List<PageFacts> pages) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (PageFacts p : pages) {
      p.keys.forEach(
          (k, v) -> {
            if (TalkFields.isSet(v)) {
              counts.merge(k, 1, Integer::sum);
            }
          });
    }
    return counts.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .map(Map.Entry::getKey)
        .toList();
  }
}

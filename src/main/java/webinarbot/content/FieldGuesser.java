package webinarbot.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * For {@code init}: for each talk field the default keys miss in most talks, the key the talks use
 * instead, found by its name (nested keys too: {@code main.sortable_date}) and checked by its value
 * (a date that reads as one, a link that is text).
 */
final class FieldGuesser {
  private record Rule(List<String> words, List<String> without, Predicate<Object> value) {}

  private static final Predicate<Object> ANY = TalkFields::isSet;

  private static final Map<String, Rule> RULES = new LinkedHashMap<>();

  static {
    RULES.put(
        "date",
        new Rule(
            List.of("date", "start", "when", "day"),
            List.of("end", "update", "lastmod", "publish", "expir", "modified"),
            FieldGuesser::isDate));
    RULES.put("end", new Rule(List.of("end"), List.of("start", "endpoint"), FieldGuesser::isDate));
    RULES.put(
        "start_time",
        new Rule(List.of("start_time", "starttime", "begin"), List.of(), FieldGuesser::isClock));
    RULES.put(
        "end_time",
        new Rule(List.of("end_time", "endtime", "finish"), List.of(), FieldGuesser::isClock));
    RULES.put("duration", new Rule(List.of("duration", "length"), List.of(), ANY));
    RULES.put("timezone", new Rule(List.of("zone", "tz"), List.of(), FieldGuesser::isText));
    RULES.put("video", new Rule(List.of("youtube", "video", "vimeo", "recording"), List.of(), ANY));
    RULES.put("slides_pdf", new Rule(List.of("pdf"), List.of(), FieldGuesser::isText));
    RULES.put(
        "slides",
        new Rule(List.of("slide", "deck", "presentation"), List.of(), FieldGuesser::isText));
    RULES.put(
        "event",
        new Rule(
            List.of("eventurl", "event_url", "eventlink", "meeting", "zoom", "join"),
            List.of(),
            FieldGuesser::isText));
    RULES.put(
        "register",
        new Rule(
            List.of("regist", "signup", "sign_up", "rsvp", "ticket"),
            List.of(),
            FieldGuesser::isText));
    RULES.put(
        "image",
        new Rule(
            List.of("image", "banner", "thumbnail", "cover", "poster"),
            List.of(),
            FieldGuesser::isText));
    RULES.put(
        "description",
        new Rule(List.of("description", "summary", "abstract"), List.of(), FieldGuesser::isText));
    RULES.put(
        "location", new Rule(List.of("location", "venue", "place", "address"), List.of(), ANY));
    RULES.put(
        "speakers", new Rule(List.of("speaker", "presenter", "panelist", "host"), List.of(), ANY));
    RULES.put("cancelled", new Rule(List.of("cancel"), List.of(), ANY));
  }

  private FieldGuesser() {}

  static Map<String, SiteSurvey.FieldGuess> guess(List<PageFacts> talks) {
    Map<String, SiteSurvey.FieldGuess> out = new LinkedHashMap<>();
    if (talks.isEmpty()) {
      return out;
    }
    List<String> keys = PageFacts.keysByFrequency(talks);
    for (Map.Entry<String, Rule> e : RULES.entrySet()) {
      String field = e.getKey();
      List<String> defaults = TalkSchema.defaultKeys(field);
      long covered =
          talks.stream()
              .filter(
                  t ->
                      defaults.stream()
                          .anyMatch(k -> t.has(k) && e.getValue().value().test(t.keys().get(k))))
              .count();
      if (covered * 2 >= talks.size()) {
        continue;
      }
      String best = null;
      long bestCount = covered;
      for (String key : keys) {
        if (!matches(key, e.getValue()) || defaults.contains(key)) {
          continue;
        }
        long n =
            talks.stream()
                .filter(t -> t.has(key) && e.getValue().value().test(t.keys().get(key)))
                .count();
        if (n > bestCount) {
          best = key;
          bestCount = n;
        }
      }
      if (best != null) {
        out.put(field, new SiteSurvey.FieldGuess(best, (int) bestCount, talks.size()));
      }
    }
    return out;
  }

  private static boolean matches(String key, Rule rule) {
    String last = key.contains(".") ? key.substring(key.lastIndexOf('.') + 1) : key;
    String k = last.toLowerCase(Locale.ROOT);
    String whole = key.toLowerCase(Locale.ROOT);
    return rule.words().stream().anyMatch(k::contains)
        && rule.without().stream().noneMatch(whole::contains);
  }

  private static boolean isDate(Object v) {
    return v instanceof LocalDate
        || v instanceof LocalDateTime
        || v instanceof OffsetDateTime
        || (v instanceof String s && DateText.parse(s).isPresent());
  }

  private static boolean isClock(Object v) {
    return v instanceof LocalTime
        || (v instanceof String s
            && s.strip().matches("\\d{1,2}([:.h]\\d{2})?\\s*([ap]\\.?m\\.?)?.*"));
  }

  private static boolean isText(Object v) {
    return v instanceof String s && !s.isBlank();
  }
}

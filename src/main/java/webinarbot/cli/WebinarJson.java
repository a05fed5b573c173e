package webinarbot.cli;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import webinarbot.domain.Speaker;
import webinarbot.domain.Webinar;

/** A webinar as {@code list --format json} and {@code show --format json} print it. */
final class WebinarJson {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private WebinarJson() {}

  static Map<String, Object> of(Webinar w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", w.id());
    m.put("title", w.title());
    m.put("start", ISO.format(w.time().start().toOffsetDateTime()));
    m.put("end", w.time().end().map(e -> ISO.format(e.toOffsetDateTime())).orElse(null));
    m.put("allDay", w.time().allDay());
    m.put("timezone", w.time().zone().getId());
    m.put("url", w.pageUrl().toString());
    m.put("location", w.location().orElse(null));
    m.put("source", w.source());
    Map<String, String> links = new LinkedHashMap<>();
    w.links().byName().forEach((k, v) -> links.put(k, v.toString()));
    m.put("links", links);
    m.put(
        "buttons",
        w.buttons().stream()
            .map(b -> Map.of("label", b.label(), "url", b.url().toString()))
            .map(LinkedHashMap::new)
            .toList());
    m.put("speakers", w.speakers().stream().map(WebinarJson::speaker).toList());
    m.put("description", w.description());
    m.put("image", text(w.image()));
    m.put("draft", w.draft());
    m.put("cancelled", w.cancelled());
    m.put("publishDate", w.publishDate().map(Object::toString).orElse(null));
    m.put("expiryDate", w.expiryDate().map(Object::toString).orElse(null));
    m.put("tags", w.tags());
    return m;
  }

  static List<Map<String, Object>> of(List<Webinar> webinars) {
    return webinars.stream().map(WebinarJson::of).toList();
  }

  private static Map<String, Object> speaker(Speaker s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    m.put("role", s.role().orElse(null));
    m.put("bio", s.bio());
    m.put("image", text(s.image()));
    m.put("github", s.github().orElse(null));
    m.put("twitter", s.twitter().orElse(null));
    m.put("linkedin", s.linkedin().orElse(null));
    return m;
  }

  private static String text(Optional<URI> uri) {
    return uri.map(URI::toString).orElse(null);
  }
}

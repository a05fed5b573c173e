package webinarbot.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import webinarbot.domain.Button;
import webinarbot.domain.EventTime;
import webinarbot.domain.Links;
import webinarbot.domain.Placement;
import webinarbot.domain.Series;
import webinarbot.domain.Speaker;
import webinarbot.domain.Webinar;

/**
 * A webinar as JSON, complete enough to rebuild it exactly: a page removed while the bot was down
 * still gets a proper cancellation notice, rendered from its last version.
 */
final class WebinarSnapshot {
  private static final ObjectMapper JSON = new ObjectMapper();

  private WebinarSnapshot() {}

  static String write(Webinar w) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", w.id()).put("title", w.title()).put("description", w.description());
    o.put("start", w.time().start().toString()).put("allDay", w.time().allDay());
    w.time().end().ifPresent(e -> o.put("end", e.toString()));
    ArrayNode speakers = o.putArray("speakers");
    for (Speaker s : w.speakers()) {
      ObjectNode n = speakers.addObject().put("name", s.name()).put("bio", s.bio());
      s.role().ifPresent(v -> n.put("role", v));
      s.image().ifPresent(v -> n.put("image", v.toString()));
      s.github().ifPresent(v -> n.put("github", v));
      s.twitter().ifPresent(v -> n.put("twitter", v));
      s.linkedin().ifPresent(v -> n.put("linkedin", v));
    }
    ObjectNode links = o.putObject("links");
    w.links().byName().forEach((k, v) -> links.put(k, v.toString()));
    ArrayNode buttons = o.putArray("buttons");
    w.buttons()
        .forEach(b -> buttons.addObject().put("label", b.label()).put("url", b.url().toString()));
    o.put("pageUrl", w.pageUrl().toString());
    w.image().ifPresent(v -> o.put("image", v.toString()));
    w.publishDate().ifPresent(v -> o.put("publishDate", v.toString()));
    w.expiryDate().ifPresent(v -> o.put("expiryDate", v.toString()));
    o.put("draft", w.draft()).put("cancelled", w.cancelled()).put("source", w.source());
    w.tags().forEach(o.putArray("tags")::add);
    w.location().ifPresent(v -> o.put("location", v));
    o.put("section", w.placement().section()).put("type", w.placement().type());
    w.series()
        .ifPresent(
            s -> {
              ObjectNode n = o.putObject("series").put("rule", s.rule());
              s.exdates().forEach(d -> n.withArray("exdates").add(d.toString()));
              s.occurrences().forEach(d -> n.withArray("occurrences").add(d.toString()));
            });
    return o.toString();
  }

  static Webinar read(String json) {
    JsonNode o;
    try {
      o = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable webinar snapshot", e);
    }
    Optional<ZonedDateTime> end = text(o, "end").map(ZonedDateTime::parse);
    ZonedDateTime start = ZonedDateTime.parse(o.get("start").asText());
    EventTime time = new EventTime(start, end, o.get("allDay").asBoolean());
    List<Speaker> speakers = new ArrayList<>();
    o.get("speakers")
        .forEach(
            s ->
                speakers.add(
                    new Speaker(
                        s.get("name").asText(),
                        text(s, "role"),
                        s.get("bio").asText(),
                        text(s, "image").map(URI::create),
                        text(s, "github"),
                        text(s, "twitter"),
                        text(s, "linkedin"))));
    JsonNode l = o.get("links");
    Function<String, Optional<URI>> link = k -> text(l, k).map(URI::create);
    Links links =
        new Links(
            link.apply("video"),
            link.apply("slides_pdf"),
            link.apply("slides"),
            link.apply("event"),
            link.apply("register"));
    List<Button> buttons = new ArrayList<>();
    o.get("buttons")
        .forEach(
            b ->
                buttons.add(
                    new Button(b.get("label").asText(), URI.create(b.get("url").asText()))));
    List<String> tags = new ArrayList<>();
    o.get("tags").forEach(t -> tags.add(t.asText()));
    return new Webinar(
        o.get("id").asText(),
        o.get("title").asText(),
        time,
        o.get("description").asText(),
        speakers,
        links,
        buttons,
        URI.create(o.get("pageUrl").asText()),
        text(o, "image").map(URI::create),
        text(o, "publishDate").map(Instant::parse),
        text(o, "expiryDate").map(Instant::parse),
        o.get("draft").asBoolean(),
        o.get("cancelled").asBoolean(),
        tags,
        o.get("source").asText(),
        text(o, "location"),
        // Saved by a version before routes: matched by tags alone until the page is read again.
        new Placement(text(o, "section").orElse(""), text(o, "type").orElse("")),
        series(o.get("series")));
  }

  private static Optional<Series> series(JsonNode n) {
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    List<java.time.LocalDate> exdates = new ArrayList<>();
    n.path("exdates").forEach(d -> exdates.add(java.time.LocalDate.parse(d.asText())));
    List<ZonedDateTime> occurrences = new ArrayList<>();
    n.path("occurrences").forEach(d -> occurrences.add(ZonedDateTime.parse(d.asText())));
    return Optional.of(new Series(n.get("rule").asText(), exdates, occurrences));
  }

  private static Optional<String> text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
  }
}

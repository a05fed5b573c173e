package webinarbot.domain;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The well-known links of a webinar. Every URL here is absolute http or https: the reader drops
 * anything else with an error.
 */
public record Links(
    Optional<URI> video,
    Optional<URI> slidesPdf,
    Optional<URI> slides,
    Optional<URI> event,
    Optional<URI> register) {

  public static final Links NONE =
      new Links(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public Links {
    Objects.requireNonNull(video, "video");
    Objects.requireNonNull(slidesPdf, "slidesPdf");
    Objects.requireNonNull(slides, "slides");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(register, "register");
  }

  /** Present links by their JSON names ({@code video}, {@code slides_pdf}, …), in a fixed order. */
  public Map<String, URI> byName() {
    Map<String, URI> m = new LinkedHashMap<>();
    video.ifPresent(u -> m.put("video", u));
    slidesPdf.ifPresent(u -> m.put("slides_pdf", u));
    slides.ifPresent(u -> m.put("slides", u));
    event.ifPresent(u -> m.put("event", u));
    register.ifPresent(u -> m.put("register", u));
    return m;
  }

  /** True when slides or a video exist: what a "now available" follow-up is about. */
  public boolean hasRecordingOrSlides() {
    return video.isPresent() || slidesPdf.isPresent() || slides.isPresent();
  }

  public Links withVideo(Optional<URI> v) {
    return new Links(v, slidesPdf, slides, event, register);
  }

  public Links withSlidesPdf(Optional<URI> v) {
    return new Links(video, v, slides, event, register);
  }

  public Links withSlides(Optional<URI> v) {
    return new Links(video, slidesPdf, v, event, register);
  }

  public Links withEvent(Optional<URI> v) {
    return new Links(video, slidesPdf, slides, v, register);
  }

  public Links withRegister(Optional<URI> v) {
    return new Links(video, slidesPdf, slides, event, v);
  }
}

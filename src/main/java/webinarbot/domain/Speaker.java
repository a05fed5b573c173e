package webinarbot.domain;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A person presenting a webinar. The page writes {@code "Name - Role @ Org"}; the reader splits it
 * on the first {@code " - "}.
 *
 * @param bio markdown, possibly empty
 * @param github handle as written on the page, not a URL
 */
public record Speaker(
    String name,
    Optional<String> role,
    String bio,
    Optional<URI> image,
    Optional<String> github,
    Optional<String> twitter,
    Optional<String> linkedin) {

  public Speaker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(bio, "bio");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(github, "github");
    Objects.requireNonNull(twitter, "twitter");
    Objects.requireNonNull(linkedin, "linkedin");
  }

  /** A speaker known only by name. */
  public static Speaker named(String name) {
    return new Speaker(
        name,
        Optional.empty(),
        "",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The name followed by the role, as a reader would introduce the speaker. */
  public String displayName() {
    return role.map(r -> name + " – " + r).orElse(name);
  }

  public Optional<URI> githubUrl() {
    return github.map(h -> URI.create("https://github.com/" + Handles.path(h)));
  }

  public Optional<URI> twitterUrl() {
    return twitter.map(h -> URI.create("https://x.com/" + Handles.path(h)));
  }

  public Optional<URI> linkedinUrl() {
    return linkedin.map(h -> URI.create("https://www.linkedin.com/in/" + Handles.path(h)));
  }
}

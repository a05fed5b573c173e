package webinarbot.delivery;

/** Renders a post into exactly what a platform would be sent, for {@code preview} and snapshots. */
public interface PostRenderer {
  /** {@code slack}, {@code discord} or {@code text}. */
  String platform();

  /** The exact payload: JSON for the chat platforms, plain text for {@code text}. */
  String render(Post post);
}

package webinarbot.delivery;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints posts as plain text when no chat platform is configured, so a first run shows what the bot
 * would say. Posts to the one target {@code console:stdout}.
 */
public final class ConsoleNotifier implements Notifier {
  public static final Target STDOUT = new Target("console", "stdout");
  private static final String RULE = "-".repeat(72);

  private final PrintWriter out;
  private final PostRenderer renderer;

  public ConsoleNotifier(PrintWriter out) {
    this(out, CalendarLinks.GOOGLE_ONLY);
  }

  public ConsoleNotifier(PrintWriter out, CalendarLinks calendar) {
    this.out = out;
    this.renderer = new TextRenderer(calendar);
  }

  @Override
  public String platform() {
    return "console";
  }

  @Override
  public List<Target> targets() {
    return List.of(STDOUT);
  }

  @Override
  public String send(Target target, Post post, String deliveryKey) {
    // The key is unique per delivery and stable across restarts, unlike a counter.
    String id = "console-" + deliveryKey;
    print("[" + post.kind().code() + " " + id + "]", renderer.render(post));
    return id;
  }

  @Override
  public void edit(Target target, String messageId, Post post) {
    print("[edited " + messageId + ", now reads]", renderer.render(post));
  }

  private void print(String header, String body) {
    synchronized (out) {
      out.println(RULE);
      out.println(header);
      out.print(body);
      out.flush();
    }
  }
}

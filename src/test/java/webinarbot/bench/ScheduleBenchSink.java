package webinarbot.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import webinarbot.delivery.Notifier;
import webinarbot.delivery.Post;
import webinarbot.delivery.Target;

/** A notifier that posts nowhere and records how late each post arrived, in milliseconds. */
class ScheduleBenchSink implements Notifier {
  final Map<String, Double> late = new ConcurrentHashMap<>();
  private final Map<String, Instant> due;

  ScheduleBenchSink(Map<String, Instant> due) {
    this.due = due;
  }

  @Override
  public String platform() {
    return "bench";
  }

  @Override
  public List<Target> targets() {
    return List.of(new Target("bench", "C1"));
  }

  @Override
  public String send(Target target, Post post, String deliveryKey) {
    String id = ((Post.About) post).webinar().id();
    Instant d = due.get(id);
    if (d != null && post.kind().code().equals("reminder-1h")) {
      late.put(id, Duration.between(d, Clock.systemUTC().instant()).toNanos() / 1e6);
    }
    return "m-" + deliveryKey;
  }

  @Override
  public void edit(Target target, String messageId, Post post) {}
}

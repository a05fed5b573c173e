package webinarbot.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import webinarbot.delivery.DeliveryException;
import webinarbot.delivery.Notifier;
import webinarbot.delivery.Post;
import webinarbot.delivery.Target;

/**
 * A chat platform in memory, behind the real {@link Notifier} port: it keeps every message posted
 * (by delivery key, so {@link #findPosted} works like Slack metadata or a Discord nonce), every
 * edit, and can be told to fail, rate limit or "crash" the way real platforms and processes do. Two
 * notifiers built on one {@link Channel} see the same messages, as a restarted bot would.
 */
public final class RecordingNotifier implements Notifier {
  /** A message as the platform holds it. */
  public record Message(String id, Target target, Post post, String deliveryKey) {}

  /** An edit as the platform received it. */
  public record Edit(String messageId, Target target, Post post) {}

  /** Thrown to simulate the process dying in the middle of a post. */
  public static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    public SimulatedCrash() {
      super("simulated crash");
    }
  }

  /** What the platform has: shared by the notifiers of a bot before and after a restart. */
  public static final class Channel {
    private final Map<String, Message> byKey = new ConcurrentHashMap<>();
    private final List<Message> messages =
        java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Edit> edits = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ids = new AtomicInteger();

    public List<Message> messages() {
      synchronized (messages) {
        return List.copyOf(messages);
      }
    }

    public List<Edit> edits() {
      synchronized (edits) {
        return List.copyOf(edits);
      }
    }

    Message post(Target target, Post post, String key) {
      Message m = new Message("m" + ids.incrementAndGet(), target, post, key);
      messages.add(m);
      byKey.put(key, m);
      return m;
    }
  }

  /** What the next call does instead of succeeding. */
  private sealed interface Fault {}

  private record Throw(DeliveryException e) implements Fault {}

  private record CrashAfterPosting() implements Fault {}

  private record CrashBeforePosting() implements Fault {}

  private final String platform;
  private final List<Target> targets;
  private final Channel channel;
  private final Deque<Fault> faults = new ArrayDeque<>();
  private final AtomicInteger sendCalls = new AtomicInteger();
  private Random random;
  private double failureRate;
  private Runnable beforeEachSend = () -> {};

  public RecordingNotifier(String platform, List<String> channels, Channel channel) {
    this.platform = platform;
    this.targets = channels.stream().map(c -> new Target(platform, c)).toList();
    this.channel = channel;
  }

  public RecordingNotifier(String platform, String... channels) {
    this(platform, List.of(channels), new Channel());
  }

  public Channel channel() {
    return channel;
  }

  public Target target() {
    return targets.get(0);
  }

  public List<Message> messages() {
    return channel.messages();
  }

  public List<Edit> edits() {
    return channel.edits();
  }

  public int sendCalls() {
    return sendCalls.get();
  }

  /** The next sends fail with these, in order. */
  public synchronized RecordingNotifier failNext(DeliveryException... errors) {
    for (DeliveryException e : errors) {
      faults.add(new Throw(e));
    }
    return this;
  }

  /** The next send reaches the platform, then the process dies before hearing back. */
  public synchronized RecordingNotifier crashAfterPosting() {
    faults.add(new CrashAfterPosting());
    return this;
  }

  /** The next send dies before the platform sees it. */
  public synchronized RecordingNotifier crashBeforePosting() {
    faults.add(new CrashBeforePosting());
    return this;
  }

  /** Each send fails with this probability, half 429s and half 503s, from a fixed seed. */
  public synchronized RecordingNotifier failRandomly(double rate, long seed) {
    this.failureRate = rate;
    this.random = new Random(seed);
    return this;
  }

  /** Runs before every send, for tests that need to hold a send in flight. */
  public synchronized RecordingNotifier beforeEachSend(Runnable r) {
    this.beforeEachSend = r;
    return this;
  }

  @Override
  public String platform() {
    return platform;
  }

  @Override
  public List<Target> targets() {
    return targets;
  }

  @Override
  public String send(Target target, Post post, String deliveryKey) throws DeliveryException {
    sendCalls.incrementAndGet();
    beforeEachSendHook().run();
    Fault f = nextFault();
    if (f instanceof Throw t) {
      throw t.e();
    }
    if (f instanceof CrashBeforePosting) {
      throw new SimulatedCrash();
    }
    Message m = channel.post(target, post, deliveryKey);
    if (f instanceof CrashAfterPosting) {
      throw new SimulatedCrash();
    }
    return m.id();
  }

  @Override
  public void edit(Target target, String messageId, Post post) {
    channel.edits.add(new Edit(messageId, target, post));
  }

  @Override
  public Optional<String> findPosted(Target target, String deliveryKey) {
    return Optional.ofNullable(channel.byKey.get(deliveryKey)).map(Message::id);
  }

  private synchronized Runnable beforeEachSendHook() {
    return beforeEachSend;
  }

  private synchronized Fault nextFault() {
    if (!faults.isEmpty()) {
      return faults.poll();
    }
    if (random != null && random.nextDouble() < failureRate) {
      return new Throw(
          random.nextBoolean()
              ? DeliveryException.rateLimited(
                  "429 Too Many Requests", java.time.Duration.ofSeconds(2))
              : DeliveryException.transientFailure("503 Service Unavailable", null));
    }
    return null;
  }
}

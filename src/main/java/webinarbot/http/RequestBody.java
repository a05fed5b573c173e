package webinarbot.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request body into memory within {@link HttpLimits}: no more than {@code maxBodyBytes},
 * counted as the bytes arrive (a chunked body declares no length), and no longer than {@code
 * bodyTimeout}. No thread waits on a slow client: the reader asks Jetty to call it back when more
 * bytes arrive, so hundreds of trickling bodies hold connections, not the threads that answer
 * {@code /healthz} and signed commands.
 */
public final class RequestBody implements Runnable {
  /** How a read ended; exactly one of these reaches the consumer, once. */
  public sealed interface Outcome {}

  /** The whole body, as sent. */
  public static final class Complete implements Outcome {
    private final byte[] bytes;

    Complete(byte[] bytes) {
      this.bytes = bytes;
    }

    /** The bytes as they came off the wire; the one copy, not to be changed. */
    public byte[] bytes() {
      return bytes;
    }
  }

  /** More than {@code maxBodyBytes}: answer 413. */
  public record TooLarge(int maxBytes) implements Outcome {}

  /** Not complete within {@code bodyTimeout}: answer 408. */
  public record TooSlow() implements Outcome {}

  /** The client went away or the connection failed; nothing can be answered. */
  public record Broken(Throwable cause) implements Outcome {}

  private final Request request;
  private final int maxBytes;
  private final Consumer<Outcome> then;
  private final Duration timeout;
  private final AtomicBoolean done = new AtomicBoolean();
  private final ByteArrayOutputStream bytes;
  private volatile Scheduler.Task deadline;

  private RequestBody(Request request, HttpLimits limits, Consumer<Outcome> then) {
    this.request = request;
    this.maxBytes = limits.maxBodyBytes();
    this.timeout = limits.bodyTimeout();
    this.then = then;
    long declared = request.getLength(); // -1 when chunked; never over maxBytes here
    this.bytes = new ByteArrayOutputStream(declared > 0 ? (int) declared : 512);
  }

  /**
   * Starts reading; {@code then} runs on this thread when the body is already there, else on a
   * Jetty pool thread (or the scheduler's, for {@link TooSlow}).
   */
  public static void read(Request request, HttpLimits limits, Consumer<Outcome> then) {
    if (request.getLength() > limits.maxBodyBytes()) {
      then.accept(new TooLarge(limits.maxBodyBytes())); // refused before a byte is read
      return;
    }
    new RequestBody(request, limits, then).run();
  }

  /** Reads what has arrived; when that is not all, asks to run again once more arrives. */
  @Override
  public void run() {
    while (!done.get()) {
      Content.Chunk chunk;
      try {
        chunk = request.read();
      } catch (RuntimeException e) { // the exchange ended under us (the deadline answered it)
        finish(new Broken(e));
        return;
      }
      if (chunk == null) {
        if (deadline == null && !startDeadline()) {
          return;
        }
        request.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        // The connection's idle timeout, when it is shorter than the body's: slow all the same.
        finish(
            chunk.getFailure() instanceof TimeoutException
                ? new TooSlow()
                : new Broken(chunk.getFailure()));
        return;
      }
      boolean last = chunk.isLast();
      boolean fits = append(chunk);
      chunk.release();
      if (!fits) {
        finish(new TooLarge(maxBytes));
        return;
      }
      if (last) {
        finish(new Complete(bytes.toByteArray()));
        return;
      }
    }
  }

  private boolean append(Content.Chunk chunk) {
    ByteBuffer buffer = chunk.getByteBuffer();
    if (bytes.size() + buffer.remaining() > maxBytes) {
      return false;
    }
    if (buffer.hasArray()) {
      bytes.write(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
    } else {
      byte[] copy = new byte[buffer.remaining()];
      buffer.get(copy);
      bytes.write(copy, 0, copy.length);
    }
    return true;
  }

  /**
   * The deadline counts from the end of the headers (Jetty's monotonic clock, not wall time). It is
   * only set once the body has to be waited for: Slack's bodies come with their headers, and most
   * reads need no timer at all.
   *
   * @return false when the time was already up (and the read is over)
   */
  private boolean startDeadline() {
    Duration left = timeout.minusNanos(System.nanoTime() - request.getHeadersNanoTime());
    if (left.isNegative() || left.isZero()) {
      finish(new TooSlow());
      return false;
    }
    deadline = request.getComponents().getScheduler().schedule(this::expire, left);
    return true;
  }

  private void expire() {
    finish(new TooSlow());
  }

  private void finish(Outcome outcome) {
    if (!done.compareAndSet(false, true)) {
      return;
    }
    if (deadline != null && !(outcome instanceof TooSlow)) {
      deadline.cancel();
    }
    then.accept(outcome);
  }
}

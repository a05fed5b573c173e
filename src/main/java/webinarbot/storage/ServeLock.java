package webinarbot.storage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One {@code serve} per H2 file. H2's mixed mode lets a second process use the file through the
 * first (that is how {@code announce} works beside {@code serve}), so a second {@code serve} would
 * otherwise run too, as a second bot "alone" on the same schedule with its own Discord gateway
 * session. The lock is the operating system's, on a file beside the database's ({@code
 * NAME.serve.lock}), so it ends with the process however it ends, kill -9 included.
 */
public final class ServeLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private ServeLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock for an H2 file database; empty for PostgreSQL (replicas share it by design) and
   * for H2 in memory or on a server.
   *
   * @throws StorageException naming the database file when another {@code serve} holds it
   */
  public static Optional<ServeLock> acquire(String jdbcUrl) throws StorageException {
    Optional<H2Url> h2 = H2Url.parse(jdbcUrl).filter(H2Url::isFile);
    if (h2.isEmpty()) {
      return Optional.empty();
    }
    Path database = h2.get().databaseFile();
    Path file = Path.of(h2.get().basePath() + ".serve.lock");
    FileChannel channel = null;
    try {
      Files.createDirectories(file.getParent());
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        String holder = holder(file);
        channel.close();
        throw new StorageException(
            "another webinar-bot serve"
                + holder
                + " is running on the H2 database "
                + database
                + "; stop it first, or point this one at another storage.jdbc_url (one-shot"
                + " commands such as announce and schedule work beside it; several replicas need"
                + " PostgreSQL)",
            null);
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(whoAmI().getBytes(StandardCharsets.UTF_8)), 0);
      return Optional.of(new ServeLock(channel, lock));
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StorageException("cannot lock " + file + " for serve: " + e.getMessage(), e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by this very JVM
    }
  }

  /** " (process 123@host)" from what the holder wrote, or nothing if unreadable. */
  private static String holder(Path file) {
    try {
      String who = Files.readString(file, StandardCharsets.UTF_8).strip();
      return who.isEmpty() ? "" : " (" + who + ")";
    } catch (IOException e) {
      return "";
    }
  }

  /** {@code process 123@host}, as the JVM names itself (and the ledger names its owner). */
  private static String whoAmI() {
    return "process " + ManagementFactory.getRuntimeMXBean().getName();
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // Already failing; the first error is the one to report.
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // The channel's close below releases it too.
    }
    closeQuietly(channel);
  }
}

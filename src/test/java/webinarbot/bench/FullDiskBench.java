package webinarbot.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import webinarbot.config.Settings;
import webinarbot.testing.KillNineBurst;

/**
 * The full disk of issue 10, item 3, as the issue ran it: {@code serve} with its H2 database on a
 * small tmpfs (mounted by bench/faults/run.sh), 120 reminders due 0.5 s apart to a stand-in Slack
 * and Discord; at 30 % of the posts the rest of the tmpfs is filled, 30 s later it is freed. Prints
 * posts, twice, lost per platform.
 *
 * <p>Usage: {@code FullDiskBench DIR} (DIR on the small tmpfs), with {@code -Dreminders=120},
 * {@code -Dspacing=500} (ms), {@code -Dfull=30} (seconds).
 */
public final class FullDiskBench {
  private FullDiskBench() {}

  public static void main(String[] args) throws Exception {
    Path disk = Path.of(args[0]);
    int reminders = Integer.getInteger("reminders", 120);
    Duration spacing = Duration.ofMillis(Long.getLong("spacing", 500));
    Duration full = Duration.ofSeconds(Long.getLong("full", 30));
    Path temp = Files.createTempDirectory("fulldisk");
    Settings.Storage storage =
        new Settings.Storage("jdbc:h2:file:" + disk.resolve("db/bot"), "", "");
    Path filler = disk.resolve("filler");
    KillNineBurst.Result r =
        KillNineBurst.run(
            temp,
            storage,
            new KillNineBurst.Options(
                reminders, spacing, List.of(), Duration.ZERO, Duration.ofSeconds(15), true),
            List.of(
                new KillNineBurst.Fault(
                    0.3,
                    serve -> {
                      long bytes = fill(filler);
                      System.out.printf("filled the disk (%d bytes) for %s%n", bytes, full);
                      LockSupport.parkNanos(full.toNanos());
                      Files.delete(filler);
                      System.out.println("freed the disk");
                    })));
    r.platforms()
        .forEach(
            (platform, counts) ->
                System.out.printf(
                    "RESULT fulldisk h2 %s: %s%s%n",
                    platform,
                    counts,
                    counts.duplicated().isEmpty() ? "" : " " + counts.duplicated()));
    System.out.printf(
        "RESULT fulldisk h2: 'database does not answer' logged %d times, 'answers again' %d;"
            + " log %s%n",
        count(r.log(), "the database does not answer"),
        count(r.log(), "the database answers again"),
        temp.resolve("serve.log"));
    System.exit(0);
  }

  /** Writes until the disk says it is full, to the last byte; returns how much fitted. */
  private static long fill(Path filler) throws IOException {
    long written = 0;
    try (OutputStream out = Files.newOutputStream(filler)) {
      for (int size : new int[] {1 << 16, 1 << 12, 1 << 9, 1}) {
        byte[] block = new byte[size];
        try {
          while (true) {
            out.write(block);
            written += size;
          }
        } catch (IOException e) {
          // No space left on device: on with smaller blocks.
        }
      }
    } catch (IOException e) {
      // Closing a file on a full disk may fail too; what was written stays.
    }
    return written;
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
      n++;
    }
    return n;
  }
}

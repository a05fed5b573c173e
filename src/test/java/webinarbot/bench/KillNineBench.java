package webinarbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import webinarbot.config.Settings;
import webinarbot.testing.KillNineBurst;
import webinarbot.testing.TestDatabases;

/**
 * The kill -9 burst of issue 10, item 1, as the issue ran it: 120 "starting now" reminders due 0.5
 * s apart, {@code serve} killed with SIGKILL after 30 % and 70 % of the posts and started again 1 s
 * later, on a stand-in Slack and a stand-in Discord, with the bot's database on an H2 file or on a
 * (embedded) PostgreSQL. Prints one RESULT line per store and platform: posts, twice, lost.
 *
 * <p>Usage: {@code KillNineBench [h2|postgresql ...]} with {@code -Dreminders=120}, {@code
 * -Dspacing=500} (ms) and {@code -Druns=1}.
 */
public final class KillNineBench {
  private KillNineBench() {}

  public static void main(String[] args) throws Exception {
    List<String> stores = args.length == 0 ? List.of("h2", "postgresql") : List.of(args);
    int reminders = Integer.getInteger("reminders", 120);
    Duration spacing = Duration.ofMillis(Long.getLong("spacing", 500));
    int runs = Integer.getInteger("runs", 1);
    KillNineBurst.Options options =
        new KillNineBurst.Options(
            reminders,
            spacing,
            List.of(0.3, 0.7),
            Duration.ofSeconds(1),
            Duration.ofSeconds(15),
            true);
    for (int run = 1; run <= runs; run++) {
      for (String store : stores) {
        Path temp = Files.createTempDirectory("kill9-" + store);
        Settings.Storage storage =
            store.equals("h2")
                ? new Settings.Storage("jdbc:h2:file:" + temp.resolve("db/bot"), "", "")
                : TestDatabases.postgres();
        KillNineBurst.Result r = KillNineBurst.run(temp, storage, options);
        r.platforms()
            .forEach(
                (platform, counts) ->
                    System.out.printf(
                        "RESULT kill9 %s %s: %s%s%n",
                        store,
                        platform,
                        counts,
                        counts.duplicated().isEmpty() ? "" : " " + counts.duplicated()));
        System.out.printf(
            "RESULT kill9 %s: %d conversations.history look-ups, %d posts found and recorded; log %s%n",
            store, r.lookups(), r.recorded(), temp.resolve("serve.log"));
      }
    }
    System.exit(0);
  }
}

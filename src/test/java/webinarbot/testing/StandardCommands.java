package webinarbot.testing;

import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import webinarbot.command.ChatCommands;
import webinarbot.command.PersonalReminders;
import webinarbot.config.Settings;
import webinarbot.delivery.Announcer;
import webinarbot.delivery.Subscriptions;
import webinarbot.domain.Catalogue;
import webinarbot.storage.Dialect;
import webinarbot.storage.SchemaMigrations;

/** The {@code /webinars} subcommands as the bot wires them, for platform tests. */
public final class StandardCommands {
  private StandardCommands() {}

  /** The commands, their personal reminders kept in a fresh H2 database in memory. */
  public static ChatCommands create(
      Supplier<Catalogue> catalogue, Clock clock, Announcer announcer) {
    return create(catalogue, clock, announcer, subscriptions(clock));
  }

  /** The commands, their personal reminders kept in {@code subscriptions}. */
  public static ChatCommands create(
      Supplier<Catalogue> catalogue,
      Clock clock,
      Announcer announcer,
      Subscriptions subscriptions) {
    return webinarbot.command.StandardCommands.create(
        catalogue,
        clock,
        announcer,
        Settings.Schedule.DEFAULT_REMINDERS,
        new PersonalReminders(
            catalogue, subscriptions, Settings.Schedule.DEFAULT_PERSONAL_REMINDER, clock));
  }

  /** An empty subscriptions table in a fresh H2 database in memory. */
  public static Subscriptions subscriptions(Clock clock) {
    return new Subscriptions(migratedH2(clock), clock);
  }

  /** A fresh H2 database in memory with our migrations applied (no Quartz tables). */
  public static DataSource migratedH2(Clock clock) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(TestDatabases.h2().jdbcUrl());
    try {
      new SchemaMigrations(Dialect.H2, clock).apply(ds);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot migrate a test database", e);
    }
    return ds;
  }

  /** For tests that never announce. */
  public static Announcer refusingAnnouncer() {
    return (id, kind, dryRun) -> {
      throw new IllegalStateException("this test does not announce");
    };
  }
}

package webinarbot.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates Quartz's tables from the DDL shipped inside the Quartz jar, only when they are missing:
 * the PostgreSQL script starts by dropping every table, which would wipe the pending reminders on
 * each start. The H2 script has no indexes, so the PostgreSQL script's indexes (plain SQL both
 * understand) are added to it; without them, finding the next trigger among 40,000 is a scan.
 */
final class QuartzSchema {
  private static final Logger LOG = LoggerFactory.getLogger(QuartzSchema.class);
  static final String PROBE_TABLE = "QRTZ_TRIGGERS";

  /**
   * The indexes Quartz's queries need here: triggers by state and next fire time (due triggers,
   * misfires, states), a webinar's triggers by group, fired triggers by instance. The other eleven
   * cost time on every insert (40,000 at a first start) and serve queries this bot never makes.
   */
  static final java.util.List<String> H2_INDEXES =
      java.util.List.of(
          "IDX_QRTZ_T_G",
          "IDX_QRTZ_T_NFT_ST",
          "IDX_QRTZ_FT_TRIG_INST_NAME",
          "IDX_QRTZ_FT_INST_JOB_REQ_RCVRY");

  private final Dialect dialect;

  QuartzSchema(Dialect dialect) {
    this.dialect = dialect;
  }

  void createIfMissing(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      if (exists(c, PROBE_TABLE)) {
        return;
      }
      c.setAutoCommit(false);
      try {
        script().run(c);
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        // Another replica may have created the tables at the same moment.
        if (exists(c, PROBE_TABLE)) {
          return;
        }
        throw e;
      }
      LOG.info("created the Quartz tables ({})", dialect);
    }
  }

  SqlScript script() {
    SqlScript own =
        SqlScript.fromClasspath(dialect.quartzScriptResource())
            .filter(s -> !SqlScript.startsWith(s, "DROP") && !SqlScript.startsWith(s, "COMMIT"))
            .filter(s -> !s.contains("MVCC=TRUE"));
    if (dialect != Dialect.H2) {
      return own;
    }
    SqlScript indexes =
        SqlScript.fromClasspath(Dialect.POSTGRESQL.quartzScriptResource())
            .filter(s -> SqlScript.startsWith(s, "CREATE INDEX"))
            .filter(s -> H2_INDEXES.contains(s.strip().split("\\s+")[2]));
    java.util.List<String> all = new java.util.ArrayList<>(own.statements());
    all.addAll(indexes.statements());
    return new SqlScript(all);
  }

  /** Unquoted names are upper case in H2 and lower case in PostgreSQL: ask for both. */
  static boolean exists(Connection c, String table) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    for (String name :
        new String[] {
          table.toUpperCase(java.util.Locale.ROOT), table.toLowerCase(java.util.Locale.ROOT)
        }) {
      try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }
}

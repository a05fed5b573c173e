package webinarbot.storage;

/**
 * The two databases the bot runs on. Everything that differs between them is here, so the rest of
 * the code writes plain SQL that both understand.
 */
public enum Dialect {
  H2("org.quartz.impl.jdbcjobstore.StdJDBCDelegate", "tables_h2.sql"),
  POSTGRESQL("org.quartz.impl.jdbcjobstore.PostgreSQLDelegate", "tables_postgres.sql");

  private final String quartzDelegate;
  private final String quartzScript;

  Dialect(String quartzDelegate, String quartzScript) {
    this.quartzDelegate = quartzDelegate;
    this.quartzScript = quartzScript;
  }

  /** Reads the dialect from a JDBC URL; anything but PostgreSQL and H2 is refused. */
  public static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return H2;
    }
    throw new IllegalArgumentException(
        "storage.jdbc_url must start with jdbc:h2: or jdbc:postgresql:, not " + jdbcUrl);
  }

  /** The Quartz driver delegate class for {@code org.quartz.jobStore.driverDelegateClass}. */
  public String quartzDelegate() {
    return quartzDelegate;
  }

  /** The DDL script inside the Quartz jar. */
  public String quartzScriptResource() {
    return "org/quartz/impl/jdbcjobstore/" + quartzScript;
  }

  /** True when the SQL state of an exception means a unique or primary key was violated. */
  public static boolean isUniqueViolation(java.sql.SQLException e) {
    // 23505 in both PostgreSQL and H2; other 23xxx are other integrity constraints.
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException s && "23505".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the database rolled the transaction back to resolve a conflict with another one: a
   * deadlock (PostgreSQL 40P01; H2 40001) or a serialization failure (40001), which is worth
   * running again.
   */
  public static boolean isTransactionConflict(java.sql.SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException s) {
        String state = s.getSQLState();
        if ("40P01".equals(state) || "40001".equals(state)) {
          return true;
        }
        java.sql.SQLException next = s.getNextException();
        if (next != null && next != t && isTransactionConflict(next)) {
          return true;
        }
      }
    }
    return false;
  }
}

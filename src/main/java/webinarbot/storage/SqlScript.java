package webinarbot.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A plain SQL script: statements end with {@code ;}, lines starting with {@code --} are comments.
 * Good enough for DDL; no procedural blocks.
 */
public record SqlScript(List<String> statements) {
  public SqlScript {
    statements = List.copyOf(statements);
  }

  public static SqlScript parse(String text) {
    StringBuilder current = new StringBuilder();
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        addStatement(out, current);
        current.setLength(0);
      }
    }
    addStatement(out, current);
    return new SqlScript(out);
  }

  public static SqlScript fromClasspath(String resource) {
    try (InputStream in = SqlScript.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The statements that pass {@code keep}. */
  public SqlScript filter(Predicate<String> keep) {
    return new SqlScript(statements.stream().filter(keep).toList());
  }

  /** True for a statement whose first word is {@code word}, case ignored. */
  public static boolean startsWith(String statement, String word) {
    return statement.strip().toUpperCase(Locale.ROOT).startsWith(word.toUpperCase(Locale.ROOT));
  }

  /** Runs every statement on {@code c}; the caller decides about the transaction. */
  public void run(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  private static void addStatement(List<String> out, StringBuilder sql) {
    String s = sql.toString().strip();
    if (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (!s.isEmpty()) {
      out.add(s);
    }
  }
}

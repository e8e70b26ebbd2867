package eu.projectresolution.mobilisation.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A real {@link DataSource} that fails on cue, to inject failures without any hook in the code under
 * test: a statement whose SQL matches fails when executed (or lets another writer in first), the
 * commit goes through but reports a lost connection, or the connection fails to close. It records the statements executed, so that a test
 * can show where the failure struck.
 *
 * <p>A request (the statements of one {@code PreparedStatement}, separated by semicolons, that the store
 * sends to PostgreSQL in one round trip) is one call but several statements: a statement that fails fails
 * its whole request, which the server then runs none of.
 */
final class FailingDataSource implements DataSource {
  private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");

  private final DataSource real;
  private final List<String> executed = new CopyOnWriteArrayList<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<String> plainStatements = new CopyOnWriteArrayList<>();
  private final AtomicInteger commits = new AtomicInteger();
  private volatile Predicate<String> failingStatement = sql -> false;
  private volatile Predicate<String> failingPlainStatement = sql -> false;
  private volatile Predicate<String> answerLost = sql -> false;
  private volatile Predicate<String> interruptedStatement = sql -> false;
  private volatile Runnable interruption = () -> {};
  private volatile boolean failAfterCommit;
  private volatile boolean failOnClose;

  FailingDataSource(DataSource real) {
    this.real = real;
  }

  /** Statements whose SQL matches fail with SQL state 08006 (connection failure) instead of running. */
  FailingDataSource failStatements(Predicate<String> sql) {
    this.failingStatement = sql;
    return this;
  }

  /**
   * Plain statements ({@link Connection#createStatement()}: settings, upkeep) whose SQL matches fail
   * with SQL state 08006 instead of running; {@code sql -> false} lets them all run again.
   */
  FailingDataSource failPlainStatements(Predicate<String> sql) {
    this.failingPlainStatement = sql;
    return this;
  }

  /**
   * Statements whose SQL matches run, then fail with SQL state 08006, as when the connection drops
   * before the answer arrives: in auto-commit mode, what they wrote is kept.
   */
  FailingDataSource loseTheAnswerOf(Predicate<String> sql) {
    this.answerLost = sql;
    return this;
  }

  /**
   * The first statement whose SQL matches runs {@code meanwhile} first, as another writer getting in
   * between two statements of a transaction would (on another connection, or it would be in the same
   * transaction); later matching statements just run.
   */
  FailingDataSource before(Predicate<String> sql, Runnable meanwhile) {
    this.interruption = meanwhile;
    this.interruptedStatement = sql;
    return this;
  }

  /**
   * The commit of a transaction that wrote something is done, then reported failed, as when the
   * connection drops before the answer arrives; so is a statement that writes in auto-commit mode, which
   * commits as it runs.
   */
  FailingDataSource failAfterCommit() {
    this.failAfterCommit = true;
    return this;
  }

  /** The connection closes, then reports a failure. */
  FailingDataSource failOnClose() {
    this.failOnClose = true;
    return this;
  }

  /** The SQL of every statement executed (or attempted), in order, those of a request one by one. */
  List<String> executed() {
    return List.copyOf(executed);
  }

  /** The SQL of every call that executed statements (or attempted to), in order: a request's as one. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  /**
   * The SQL run through plain statements ({@link Connection#createStatement()}: settings, upkeep), in
   * order, those failed by {@link #failPlainStatements} included; not in {@link #executed}.
   */
  List<String> plainStatements() {
    return List.copyOf(plainStatements);
  }

  /** How many times a connection was asked to commit. */
  int commits() {
    return commits.get();
  }

  /** The statements of {@code sql}, a statement or a request of several. */
  static List<String> statementsOf(String sql) {
    return List.of(sql.split(";\n"));
  }

  @Override
  public Connection getConnection() throws SQLException {
    return connection(real.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return connection(real.getConnection(username, password));
  }

  private Connection connection(Connection connection) {
    AtomicBoolean wrote = new AtomicBoolean();
    InvocationHandler handler =
        (proxy, method, args) -> {
          Object result = invoke(connection, method, args);
          switch (method.getName()) {
            case "prepareStatement" -> {
              return statement((PreparedStatement) result, (String) args[0], wrote, connection);
            }
            case "createStatement" -> {
              return plain((Statement) result);
            }
            case "commit" -> {
              commits.incrementAndGet();
              if (wrote.getAndSet(false) && failAfterCommit) {
                throw new SQLException("injected: connection lost after the commit", "08006");
              }
            }
            case "rollback" -> wrote.set(false);
            case "close" -> {
              if (failOnClose) {
                throw new SQLException("injected: connection failed to close", "08006");
              }
            }
            default -> {}
          }
          return result;
        };
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private PreparedStatement statement(PreparedStatement statement, String sql, AtomicBoolean wrote, Connection connection) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (EXECUTE.contains(method.getName())) {
            List<String> statements = statementsOf(sql);
            requests.add(sql);
            executed.addAll(statements);
            wrote.compareAndSet(false, statements.stream().anyMatch(one -> !one.startsWith("SELECT")));
            if (statements.stream().anyMatch(failingStatement)) {
              throw new SQLException("injected: failure running " + sql, "08006");
            }
            if (statements.stream().anyMatch(interruptedStatement)) {
              interruptedStatement = any -> false;
              interruption.run();
            }
          }
          Object result = invoke(statement, method, args);
          if (EXECUTE.contains(method.getName()) && statementsOf(sql).stream().anyMatch(answerLost)) {
            throw new SQLException("injected: connection lost after running " + sql, "08006");
          }
          if (EXECUTE.contains(method.getName()) && failAfterCommit && wrote.get() && connection.getAutoCommit()) {
            wrote.set(false);
            throw new SQLException("injected: connection lost after " + sql + " committed as it ran", "08006");
          }
          return result;
        };
    return (PreparedStatement)
        Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class}, handler);
  }

  private Statement plain(Statement statement) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (EXECUTE.contains(method.getName()) && args != null && args.length > 0 && args[0] instanceof String sql) {
            plainStatements.add(sql);
            if (failingPlainStatement.test(sql)) {
              throw new SQLException("injected: failure running " + sql, "08006");
            }
          }
          return invoke(statement, method, args);
        };
    return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Statement.class}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return real.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    real.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    real.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return real.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return real.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}

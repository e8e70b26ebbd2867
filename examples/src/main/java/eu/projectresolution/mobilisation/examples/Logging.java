package eu.projectresolution.mobilisation.examples;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets how talkative the program is. By default it prints only its own progress lines and warnings
 * (on standard error, so that a report sent to standard output stays clean); {@code --verbose} adds
 * what the engine, the database and the migrations do.
 */
final class Logging {
  private static final String PROGRAM = "eu.projectresolution.mobilisation.examples";
  private static final String ENGINE = "eu.projectresolution.mobilisation";
  private static final String POOL = "com.zaxxer.hikari";
  private static final String WEB_SERVER = "io.javalin";

  private Logging() {}

  static void configure(boolean verbose) {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext context)) {
      return; // another binding was put on the class path: leave it as it is configured
    }
    context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(verbose ? Level.INFO : Level.WARN);
    context.getLogger(ENGINE).setLevel(verbose ? Level.DEBUG : Level.WARN);
    context.getLogger(PROGRAM).setLevel(verbose ? Level.DEBUG : Level.INFO);
    // These two report, with a stack trace, a failure the program then explains in its one error line
    // (a connection lost, a port in use): said twice, and the first time unreadably.
    context.getLogger(POOL).setLevel(verbose ? Level.INFO : Level.OFF);
    context.getLogger(WEB_SERVER).setLevel(verbose ? Level.INFO : Level.OFF);
  }
}

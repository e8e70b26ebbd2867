package eu.projectresolution.mobilisation.examples;

import eu.projectresolution.mobilisation.examples.text.Words;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command-line program of the examples: runs the scenarios of the SIPA programme and prints what
 * the engine computes from the records they leave.
 *
 * <pre>
 * java -jar examples/target/mobilisation-examples.jar run sipa-montbeliard
 * java -jar examples/target/mobilisation-examples.jar run recrut-cafe --seed 7
 * java -jar examples/target/mobilisation-examples.jar import attendance.csv
 * </pre>
 *
 * <p>Exit codes: 0 done, 1 the command failed (the message says why and how to fix it), 2 the command
 * line itself is wrong.
 */
@Command(
    name = "mobilisation-examples",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    description = {
      "Runs example scenarios of the ReSolution mobilisation engine: the SIPA programme of the Pays de "
          + "Montbéliard (2016-2019) replayed record by record, one Recrut'Café, an attendance-register import. "
          + "Every figure printed is computed by the engine from the records the scenario stored."
    },
    subcommands = {RunCommand.class, ReportCommand.class, ImportCommand.class, SheetCommand.class, PurgeCommand.class,
      ExportCommand.class, ServeCommand.class, TransferCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Example: java -jar mobilisation-examples.jar run sipa-montbeliard"})
public final class Main implements Runnable {
  /** Exit code of a command that failed for a reason its message explains. */
  public static final int FAILED = 1;

  /** Exit code of a malformed command line. */
  public static final int USAGE = CommandLine.ExitCode.USAGE;

  /** The environment variable that chooses the language when no --language is given. */
  static final String LANGUAGE_VARIABLE = "MOBILISATION_LANGUAGE";

  private static final String HELP_BUNDLE = "eu.projectresolution.mobilisation.examples.help";

  /** How wide help is written when the terminal's width is unknown. */
  static final int HELP_WIDTH = 80;

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  /** How the systems word a write that found no space left. */
  private static final List<String> DISK_FULL =
      List.of("No space left on device", "There is not enough space on the disk", "Disk quota exceeded");

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Log what happens and show the full stack trace of an error.")
  boolean verbose;

  // Read before the command line is parsed (see languageOf), as help and errors need it too: the
  // option is declared here so that every command lists and accepts it.
  @Option(
      names = "--language",
      scope = ScopeType.INHERIT,
      paramLabel = "<language>",
      description = "The language of what the program prints and of its help: en (default), fr, es or it; "
          + "also $" + LANGUAGE_VARIABLE + ". Codes, identifiers and JSON stay as they are.")
  String language;

  private Words words = Words.ENGLISH;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    // Stopped from outside (Ctrl-C, kill, a time limit a slow machine overran): say so, rather than
    // leave the user to guess whether the command failed.
    AtomicBoolean finished = new AtomicBoolean();
    Words stopWords = stopWords(args);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (!finished.get()) {
        err.println(stopWords.text("main.stopped"));
      }
    }, "stop-notice"));
    int code = execute(args, out, err);
    finished.set(true);
    System.exit(code);
  }

  /**
   * The language of the notice printed if the program is stopped: English when the language asked for
   * is not one the program speaks, which {@link #execute} then reports as a usage error.
   */
  private static Words stopWords(String[] args) {
    try {
      return Words.of(languageOf(args, System.getenv(LANGUAGE_VARIABLE)).orElse(Locale.ENGLISH));
    } catch (IllegalArgumentException unknown) {
      return Words.ENGLISH;
    }
  }

  /**
   * Runs the program with {@code args}, printing results on {@code out} and errors on {@code err}.
   *
   * @return the exit code
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, System.getenv(LANGUAGE_VARIABLE), out, err);
  }

  /**
   * Runs the program with {@code args}, in the language of their {@code --language}, else of
   * {@code variable} (the value of $MOBILISATION_LANGUAGE, or null), else in English.
   *
   * @return the exit code
   */
  static int execute(String[] args, String variable, PrintWriter out, PrintWriter err) {
    Optional<Locale> language;
    try {
      language = languageOf(args, variable);
    } catch (IllegalArgumentException unknown) {
      err.println("error: " + unknown.getMessage());
      err.flush();
      return USAGE;
    }
    try {
      return commandLine(out, err, language.orElse(Locale.ENGLISH)).execute(args);
    } catch (OutOfMemoryError tooSmall) {
      // Thrown through picocli, which handles exceptions only: without this, the JVM printed a stack
      // trace and the stop notice said the program had been asked to stop. Whatever held the memory is
      // unreachable by now, so the message can be printed.
      Words words = Words.of(language.orElse(Locale.ENGLISH));
      err.println(words.text("main.error", outOfMemory(words)));
      err.flush();
      return FAILED;
    }
  }

  /** What to say when the JVM's heap is too small for the command: how much it had, and how to give more. */
  private static String outOfMemory(Words words) {
    return words.text("main.out_of_memory", words.whole(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
  }

  /**
   * The language chosen by {@code --language} in {@code args} (up to a {@code --}), else by {@code
   * variable}; empty when neither chooses one.
   *
   * @throws IllegalArgumentException if the language chosen is not one the program speaks
   */
  static Optional<Locale> languageOf(String[] args, String variable) {
    String code = variable == null || variable.isBlank() ? null : variable.strip();
    String from = "$" + LANGUAGE_VARIABLE + "=";
    for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
      if (args[i].equals("--language") && i + 1 < args.length) {
        code = args[i + 1];
        from = "--language ";
      } else if (args[i].startsWith("--language=")) {
        code = args[i].substring("--language=".length());
        from = "--language ";
      }
    }
    if (code == null) {
      return Optional.empty();
    }
    String chosen = from + code;
    return Optional.of(Words.shipped(code.toLowerCase(Locale.ROOT)).orElseThrow(() -> new IllegalArgumentException(
        chosen + " is not a language the program speaks: use one of "
            + Words.SHIPPED.stream().map(Locale::getLanguage).toList())));
  }

  /** The program's command line, printing results on {@code out} and errors on {@code err}, ready to execute. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, Locale.ENGLISH);
  }

  /** As {@link #commandLine(PrintWriter, PrintWriter)}, its help and output in {@code language}. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Locale language) {
    Main main = new Main();
    main.words = Words.of(language);
    CommandLine line = new CommandLine(main);
    if (!main.words.english()) {
      // English help is the annotations' own; the other languages' replaces it key by key.
      line.setResourceBundle(ResourceBundle.getBundle(HELP_BUNDLE, language, Main.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
    line.setOut(out);
    line.setErr(err);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setExecutionStrategy(Main::configureThenRun);
    line.setParameterExceptionHandler(Main::explainUsageError);
    line.setExecutionExceptionHandler((failure, failed, parsed) -> explainFailure(failure, failed, parsed));
    commandsEndAtAnUnknownWord(line);
    RunCommand.listScenariosInHelp(line.getSubcommands().get("run"), main.words);
    // Picocli's own description of 'help' is two paragraphs of one sentence each.
    line.getSubcommands().get("help").getCommandSpec().usageMessage().description(main.words.text("main.help_command"));
    layOutHelp(line);
    return line;
  }

  /**
   * Every command's help is written in whole paragraphs, which picocli wraps at the width of the terminal
   * (at {@value #HELP_WIDTH} columns when it cannot tell, e.g. when the help goes to a file). Each synopsis
   * says [OPTIONS] rather than listing them all, as they are listed below it, so that it fits on one line.
   */
  private static void layOutHelp(CommandLine command) {
    command.setUsageHelpWidth(HELP_WIDTH);
    command.setUsageHelpAutoWidth(true);
    command.getCommandSpec().usageMessage().abbreviateSynopsis(true);
    command.getSubcommands().values().forEach(Main::layOutHelp);
  }

  /**
   * The program and its command groups ({@code sheet}) take no arguments, only a command: there, the first
   * word that is not a command ends the options, so that what follows an unknown command ('frobnicate
   * --help') is not read as a request for help, and the command line is refused.
   */
  private static void commandsEndAtAnUnknownWord(CommandLine command) {
    CommandLine.Model.CommandSpec spec = command.getCommandSpec();
    if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
      spec.parser().stopAtPositional(true);
    }
    command.getSubcommands().values().forEach(Main::commandsEndAtAnUnknownWord);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The words of the language the program runs in, for the command of {@code spec}. */
  static Words words(CommandLine.Model.CommandSpec spec) {
    return ((Main) spec.root().userObject()).words;
  }

  private static int configureThenRun(ParseResult parsed) {
    // Picocli lets unmatched words through when help is asked for ('--help frobnicate'): refuse them too.
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (!p.unmatched().isEmpty()) {
        throw new UnmatchedArgumentException(p.commandSpec().commandLine(), p.unmatched());
      }
    }
    Logging.configure(isVerbose(parsed));
    return new CommandLine.RunLast().execute(parsed);
  }

  private static boolean isVerbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  private static int explainUsageError(ParameterException problem, String[] args) {
    CommandLine failed = problem.getCommandLine();
    PrintWriter err = failed.getErr();
    Words words = words(failed.getCommandSpec());
    String unknownCommand = unknownCommand(problem, words);
    if (unknownCommand != null) {
      err.println(words.text("main.error", unknownCommand));
      return USAGE;
    }
    String hint = "";
    if (problem instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
      hint = words.text("main.did_you_mean", String.join(words.text("main.or"), unmatched.getSuggestions()));
    }
    err.println(words.text("main.error", UsageErrors.message(problem, args, words) + hint));
    err.println(words.text("main.see_help", failed.getCommandSpec().qualifiedName()));
    return USAGE;
  }

  /**
   * What is wrong with a word where a command was expected, in one line naming the commands, or null when
   * the problem is another one.
   */
  private static String unknownCommand(ParameterException problem, Words words) {
    if (!(problem instanceof UnmatchedArgumentException unmatched)) {
      return null;
    }
    CommandLine failed = problem.getCommandLine();
    Map<String, CommandLine> commands = failed.getSubcommands();
    List<String> unknown = unmatched.getUnmatched();
    if (commands.isEmpty() || unknown.isEmpty() || unknown.get(0).startsWith("-")) {
      return null;
    }
    String name = failed.getCommandSpec().qualifiedName();
    String hint = unmatched.getSuggestions().isEmpty()
        ? ""
        : words.text("main.did_you_mean_command", String.join(words.text("main.or"), unmatched.getSuggestions()));
    return words.text("main.unknown_command", unmatched.getUnmatched().get(0), hint, String.join(", ", commands.keySet()), name);
  }

  private static int explainFailure(Exception failure, CommandLine failed, ParseResult parsed) {
    PrintWriter err = failed.getErr();
    boolean verbose = isVerbose(parsed);
    err.println(explanation(failure, words(failed.getCommandSpec()), verbose));
    if (verbose) {
      failure.printStackTrace(err);
    } else {
      LOG.debug("Failure", failure);
    }
    err.flush();
    return FAILED;
  }

  /** The one line that tells the user what stopped a command, from its cause rather than its symptom. */
  static String explanation(Exception failure, Words words, boolean verbose) {
    String hint = verbose ? "" : words.text("main.verbose_hint");
    if (Causes.any(failure, cause -> cause instanceof OutOfMemoryError)) {
      // First: H2 turns running out of memory into an SQL error, which the program's own messages (e.g.
      // "cannot connect to the database") would otherwise explain as something else.
      return words.text("main.error", outOfMemory(words));
    } else if (failure instanceof CommandFailure known) {
      return words.text("main.error", known.getMessage());
    } else if (diskFull(failure)) {
      // The store's own message speaks of a commit it could not confirm: true, but the user needs the cause.
      return words.text("main.error", words.text("main.disk_full") + hint);
    } else if (connectionLost(failure)) {
      return words.text("main.error", words.text("main.connection_lost", failure.getMessage()) + hint);
    }
    // Anything else is unexpected: say what it was in one line, and where to find more.
    String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    return words.text("main.error", message + hint);
  }

  /**
   * Whether {@code failure} comes from a full disk: the embedded database's file could not grow (an
   * {@link IOException} saying so, as Linux, macOS and Windows word it), or the PostgreSQL server's
   * could not (SQL state 53100).
   */
  static boolean diskFull(Throwable failure) {
    return Causes.any(failure, cause -> cause instanceof IOException
        && DISK_FULL.stream().anyMatch(String.valueOf(cause.getMessage())::contains)
        || cause instanceof SQLException sql && "53100".equals(sql.getSQLState()));
  }

  /**
   * Whether {@code failure} comes from a connection to the database server that broke or could not be
   * made (SQL states of class 08).
   */
  static boolean connectionLost(Throwable failure) {
    return Causes.any(failure, cause -> cause instanceof SQLException sql && sql.getSQLState() != null
        && sql.getSQLState().startsWith("08"));
  }

  /** The version from the jar's manifest, or "development" when run from the classes directory. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"mobilisation-examples " + (version == null ? "(development build)" : version)};
    }
  }
}

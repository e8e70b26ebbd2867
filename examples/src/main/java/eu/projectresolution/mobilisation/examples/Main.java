package eu.projectresolution.mobilisation.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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

  /** How wide help is written when the terminal's width is unknown. */
  static final int HELP_WIDTH = 80;

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Log what happens and show the full stack trace of an error.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    // Stopped from outside (Ctrl-C, kill, a time limit a slow machine overran): say so, rather than
    // leave the user to guess whether the command failed.
    AtomicBoolean finished = new AtomicBoolean();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (!finished.get()) {
        err.println("stopped: the program was asked to stop before the command finished; what it recorded "
            + "until then is kept: run the command again to complete it");
      }
    }, "stop-notice"));
    int code = execute(args, out, err);
    finished.set(true);
    System.exit(code);
  }

  /**
   * Runs the program with {@code args}, printing results on {@code out} and errors on {@code err}.
   *
   * @return the exit code
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return commandLine(out, err).execute(args);
  }

  /** The program's command line, printing results on {@code out} and errors on {@code err}, ready to execute. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new Main());
    line.setOut(out);
    line.setErr(err);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setExecutionStrategy(Main::configureThenRun);
    line.setParameterExceptionHandler(Main::explainUsageError);
    line.setExecutionExceptionHandler((failure, failed, parsed) -> explainFailure(failure, failed, parsed));
    commandsEndAtAnUnknownWord(line);
    RunCommand.listScenariosInHelp(line.getSubcommands().get("run"));
    // Picocli's own description of 'help' is two paragraphs of one sentence each.
    line.getSubcommands().get("help").getCommandSpec().usageMessage().description(
        "Shows the help of the command named (e.g. 'help run', the same as 'run --help'), or of the program.");
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
    String unknownCommand = unknownCommand(problem);
    if (unknownCommand != null) {
      err.println("error: " + unknownCommand);
      return USAGE;
    }
    String hint = "";
    if (problem instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
      hint = " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
    }
    err.println("error: " + problem.getMessage() + hint);
    err.println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' to see what it accepts.");
    return USAGE;
  }

  /**
   * What is wrong with a word where a command was expected, in one line naming the commands, or null when
   * the problem is another one.
   */
  private static String unknownCommand(ParameterException problem) {
    if (!(problem instanceof UnmatchedArgumentException unmatched)) {
      return null;
    }
    CommandLine failed = problem.getCommandLine();
    Map<String, CommandLine> commands = failed.getSubcommands();
    List<String> words = unmatched.getUnmatched();
    if (commands.isEmpty() || words.isEmpty() || words.get(0).startsWith("-")) {
      return null;
    }
    String name = failed.getCommandSpec().qualifiedName();
    String hint = unmatched.getSuggestions().isEmpty()
        ? ""
        : "did you mean " + String.join(" or ", unmatched.getSuggestions()) + "? ";
    return "Unknown command '" + words.get(0) + "': " + hint + "choose one of "
        + String.join(", ", commands.keySet()) + " (see '" + name + " --help')";
  }

  private static int explainFailure(Exception failure, CommandLine failed, ParseResult parsed) {
    PrintWriter err = failed.getErr();
    boolean verbose = isVerbose(parsed);
    if (failure instanceof CommandFailure known) {
      err.println("error: " + known.getMessage());
    } else {
      // Anything else is unexpected: say what it was in one line, and where to find more.
      String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
      err.println("error: " + message + (verbose ? "" : " (run again with --verbose to see the details)"));
    }
    if (verbose) {
      failure.printStackTrace(err);
    } else {
      LOG.debug("Failure", failure);
    }
    err.flush();
    return FAILED;
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

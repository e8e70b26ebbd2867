package eu.projectresolution.mobilisation.examples;

import eu.projectresolution.mobilisation.examples.sheet.SheetText;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.PracticeSheetJson;
import eu.projectresolution.mobilisation.practice.SheetCheck;
import eu.projectresolution.mobilisation.practice.SheetProblem;
import eu.projectresolution.mobilisation.practice.SipaPracticeSheet;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sheet print|validate|export}: ReSolution practice sheets as JSON files. */
@Command(
    name = "sheet",
    mixinStandardHelpOptions = true,
    description = {
      "Prints, validates and exports ReSolution practice sheets (the form's five sections, as JSON).",
      "Without a file, the SIPA sheet that ships with the engine is used."
    },
    subcommands = {SheetCommand.Print.class, SheetCommand.Validate.class, SheetCommand.Export.class})
final class SheetCommand implements Runnable {
  /** Exit code of {@code validate} when the sheet has problems (listed). */
  static final int INVALID = 3;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The sheet in {@code file}, or SIPA's when there is none; every problem if it is not valid. */
  static SheetCheck check(Path file) {
    if (file == null) {
      return SheetCheck.valid(SipaPracticeSheet.load());
    }
    return PracticeSheetJson.create().check(new String(Inputs.read(file), StandardCharsets.UTF_8));
  }

  static PracticeSheet readValid(Path file) {
    SheetCheck check = check(file);
    if (!check.isValid()) {
      SheetProblem first = check.problems().get(0);
      int count = check.problems().size();
      throw new CommandFailure(file + " is not a valid practice sheet (" + count + (count == 1 ? " problem" : " problems") + "; first: "
          + first.describe() + "): run 'sheet validate " + file + "' to list them all");
    }
    return check.sheetOrThrow();
  }

  @Command(name = "print", mixinStandardHelpOptions = true, description = "Prints a practice sheet as text, section by section.")
  static final class Print implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "<sheet.json>", description = "The sheet (default: SIPA's).")
    Path file;

    @Option(names = "--language", defaultValue = "en", paramLabel = "<code>",
        description = "The language to print in, e.g. en, fr (texts missing in it fall back to another; default: ${DEFAULT-VALUE}).")
    String language;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Language chosen;
      try {
        chosen = Language.of(language);
      } catch (IllegalArgumentException e) {
        throw new CommandFailure("--language: " + e.getMessage(), e);
      }
      SheetText.print(readValid(file), chosen, spec.commandLine().getOut());
      return 0;
    }
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = "Checks a practice sheet and lists every problem with its JSON path and how to fix it.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:the sheet is valid", "1:the file cannot be read", "3:the sheet has problems (listed)"})
  static final class Validate implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<sheet.json>", description = "The sheet to check.")
    Path file;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      SheetCheck check = check(file);
      PrintWriter out = spec.commandLine().getOut();
      if (check.isValid()) {
        out.println(file + ": a valid practice sheet (" + check.sheetOrThrow().id() + ")");
        return 0;
      }
      out.println(file + ": " + check.problems().size() + (check.problems().size() == 1 ? " problem" : " problems"));
      check.problems().forEach(p -> out.println("  " + p.describe()));
      return INVALID;
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Writes a practice sheet as checked, indented JSON (to a file with --output, else to the screen).")
  static final class Export implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "<sheet.json>", description = "The sheet (default: SIPA's).")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "Where to write it.")
    Path output;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      String json = PracticeSheetJson.create().write(readValid(file));
      if (output == null) {
        spec.commandLine().getOut().println(json);
      } else {
        Inputs.write(output, (json + "\n").getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getOut().println("Wrote " + output);
      }
      return 0;
    }
  }
}

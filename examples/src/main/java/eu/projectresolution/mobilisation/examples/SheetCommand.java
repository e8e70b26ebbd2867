package eu.projectresolution.mobilisation.examples;

import eu.projectresolution.mobilisation.document.DocumentProblem;
import eu.projectresolution.mobilisation.examples.sheet.SheetText;
import eu.projectresolution.mobilisation.examples.text.TextTable;
import eu.projectresolution.mobilisation.indicator.SheetResults;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.PracticeSheetJson;
import eu.projectresolution.mobilisation.practice.ResultStatement;
import eu.projectresolution.mobilisation.practice.SheetCheck;
import eu.projectresolution.mobilisation.practice.SipaPracticeSheet;
import eu.projectresolution.mobilisation.examples.text.Words;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sheet print|validate|export}: ReSolution practice sheets as JSON files. */
@Command(
    name = "sheet",
    mixinStandardHelpOptions = true,
    description = {
      "Prints, validates and exports ReSolution practice sheets (the form's five sections, as JSON), and "
          + "fills a sheet's results from a stored programme's indicator report. "
          + "Without a file, the SIPA sheet that ships with the engine is used."
    },
    subcommands = {SheetCommand.Print.class, SheetCommand.Validate.class, SheetCommand.Export.class, SheetCommand.FillResults.class})
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

  static PracticeSheet readValid(Path file, Words words) {
    SheetCheck check = check(file);
    if (!check.isValid()) {
      DocumentProblem first = check.problems().get(0);
      throw new CommandFailure(words.text("sheet.invalid", file, words.count(check.problems().size(), "sheet.problems"),
          first.describe()));
    }
    return check.sheetOrThrow();
  }

  @Command(name = "print", mixinStandardHelpOptions = true, description = "Prints a practice sheet as text, section by section.")
  static final class Print implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "<sheet.json>", description = "The sheet (default: SIPA's).")
    Path file;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      // The sheet's texts in the program's language, falling back to another where one is missing in it.
      Words words = Main.words(spec);
      SheetText.print(readValid(file, words), Language.of(words.locale().getLanguage()), words, spec.commandLine().getOut());
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
      Words words = Main.words(spec);
      if (check.isValid()) {
        out.println(words.text("sheet.valid", file, check.sheetOrThrow().id()));
        return 0;
      }
      out.println(file + ": " + words.count(check.problems().size(), "sheet.problems"));
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
      Words words = Main.words(spec);
      String json = PracticeSheetJson.create().write(readValid(file, words));
      if (output == null) {
        spec.commandLine().getOut().println(json);
      } else {
        Inputs.write(output, (json + "\n").getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getOut().println(words.text("sheet.wrote", output));
      }
      return 0;
    }
  }

  @Command(
      name = "fill-results",
      sortOptions = false,
      mixinStandardHelpOptions = true,
      description = {
        "Writes the results section of a practice sheet from the indicator report of a stored programme: "
            + "one sentence per measured figure, in French and in English, marked as computed. The sheet's own "
            + "(declared) results are kept; earlier computed ones are replaced. Run a scenario first."
      })
  static final class FillResults implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "<sheet.json>", description = "The sheet (default: SIPA's).")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "Where to write the filled sheet (default: the screen).")
    Path output;

    @Option(names = "--short-name", defaultValue = "SIPA", paramLabel = "<name>",
        description = "The practice's short name in the sentences: « sur les sites SIPA » (default: ${DEFAULT-VALUE}).")
    String shortName;

    @Mixin StoredProgramme stored;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Words words = Main.words(spec);
      Language shown = Language.of(words.locale().getLanguage());
      PracticeSheet sheet = readValid(file, words);
      StoredProgramme.Reported reported = stored.report(null, null, words);
      SheetResults results = SheetResults.of(reported.report()).withShortName(shortName).withBaselinesOf(reported.programme());
      PracticeSheet filled = PracticeSheetJson.create().requireValid(results.fill(sheet));
      String json = PracticeSheetJson.create().write(filled);
      PrintWriter out = spec.commandLine().getOut();
      if (output == null) {
        out.println(json);
      } else {
        Inputs.write(output, (json + "\n").getBytes(StandardCharsets.UTF_8));
        out.println(words.text("sheet.filled", output, filled.id(), results.statements().size(),
            reported.report().programmeName()));
        for (ResultStatement result : results.statements()) {
          TextTable.wrap(result.text().in(shown), 100).forEach(line -> out.println("  " + line));
        }
      }
      out.flush();
      return 0;
    }
  }
}

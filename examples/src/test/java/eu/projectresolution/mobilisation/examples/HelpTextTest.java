package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Help texts are written as sentences and wrapped by picocli: each element of a description is a whole
 * paragraph. A paragraph cut by hand into several elements, or broken with {@code %n}, is printed as
 * several lines, each of which picocli wraps again, which gives ragged lines at any width but the one it
 * was cut for.
 */
class HelpTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "es", "it"})
  void everyParagraphOfHelpIsWholeSoThatPicocliWrapsIt(String language) {
    List<String> cut = new ArrayList<>();
    forEachCommand(Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
            Locale.forLanguageTag(language)),
        command -> collect(command.getCommandSpec(), cut));

    assertThat(cut).as("description elements that stop mid-sentence or break a line by hand").isEmpty();
  }

  /**
   * Each command's help, as printed at a given width: no line is wider, and no line of a paragraph stops
   * short while the first word of the next line would have fitted on it.
   */
  @ParameterizedTest
  @CsvSource({"80,en", "100,en", "120,en", "80,fr", "100,fr", "80,es", "100,es", "80,it", "100,it"})
  void everyHelpFitsTheWidthAndNoLineStopsShort(int width, String language) {
    CommandLine line = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        Locale.forLanguageTag(language));
    line.setUsageHelpAutoWidth(false);
    line.setUsageHelpWidth(width);
    List<String> problems = new ArrayList<>();
    List<String> commands = new ArrayList<>();

    forEachCommand(line, command -> {
      String name = command.getCommandSpec().qualifiedName();
      commands.add(name);
      problems.addAll(layoutProblems(name, command.getUsageMessage(), width));
    });

    assertThat(commands).contains("mobilisation-examples run", "mobilisation-examples sheet fill-results");
    assertThat(problems).as("help lines at width " + width).isEmpty();
  }

  @Test
  void theCheckFindsALineCutByHandAndALineTooWide() {
    String help =
        "Usage: program [-hV] [--output=<file>]\n"
            + "               [--verbose]\n"
            + "A paragraph cut by hand.\n"
            + "The rest of it, which would have fitted on the line above.\n"
            + "\n"
            + "  -o, --output=<file>   A description long enough to be wrapped by picocli at\n"
            + "                          this width.\n"
            + "  -v, --verbose         Say more.\n"
            + "      --a-very-long-option=<value>\n"
            + "                        A description on the next line, as picocli puts it.\n"
            + "\n"
            + "This line is wider than the eighty columns of the width that the help is printed at.\n"
            + "Commands:\n"
            + "  run    Runs a scenario, replaying it record by record through the engine: this\n"
            + "sentence goes on at the margin, as picocli wraps a footer.\n";

    List<String> problems = layoutProblems("program", help, 80);

    assertThat(problems).hasSize(4);
    assertThat(problems.get(0)).contains("the synopsis goes on on line 2");
    assertThat(problems.get(1)).contains("line 4 could start on line 3");
    assertThat(problems.get(2)).contains("line 12 is 84 wide");
    assertThat(problems.get(3)).contains("line 15 goes on at the margin");
  }

  private static void forEachCommand(CommandLine command, Consumer<CommandLine> check) {
    check.accept(command);
    command.getSubcommands().values().forEach(sub -> forEachCommand(sub, check));
  }

  private static void collect(CommandSpec spec, List<String> cut) {
    check(spec.qualifiedName(), spec.usageMessage().description(), cut);
    for (ArgSpec arg : spec.args()) {
      check(spec.qualifiedName() + " " + arg.paramLabel(), arg.description(), cut);
    }
  }

  private static void check(String where, String[] description, List<String> cut) {
    for (String paragraph : description) {
      // A paragraph may start or end with a blank line (%n); a line break within it is cut by hand.
      String text = paragraph.strip().replaceAll("^(%n)+|(%n)+$", "").strip();
      if (!text.isEmpty() && !text.matches("(?s).*[.:;!?)]$")) {
        cut.add(where + ": \"" + text + "\"");
      }
      if (text.contains("%n") || text.contains("\n")) {
        cut.add(where + " breaks a line by hand: \"" + text + "\"");
      }
    }
  }

  /**
   * What is wrong with the layout of {@code help} at {@code width}: lines wider than it, and lines of a
   * paragraph (a description, or the text of an option, a command or a list entry, and its continuation
   * lines, indented as picocli indents them) that stop while the next one's first word would have fitted.
   * Picocli fills a line up to one column short of the width.
   */
  static List<String> layoutProblems(String command, String help, int width) {
    List<String> problems = new ArrayList<>();
    String[] lines = help.split("\\R");
    boolean synopsis = false; // whether the line before is the synopsis
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.length() > width) {
        problems.add(command + ": line " + (i + 1) + " is " + line.length() + " wide: " + line);
      }
      if (isSynopsis(line) || synopsis && indent(line) > 0) {
        if (!isSynopsis(line)) {
          problems.add(command + ": the synopsis goes on on line " + (i + 1) + ": " + line);
        }
        synopsis = true;
        continue;
      }
      if (synopsis) {
        synopsis = false;
        continue; // the first line of the description
      }
      if (i > 0 && indent(lines[i - 1]) > 0 && !line.isBlank() && indent(line) == 0 && !isHeading(line)) {
        problems.add(command + ": line " + (i + 1) + " goes on at the margin under an indented line: " + line);
      }
      if (i > 0 && continues(lines[i - 1], line)) {
        String firstWord = line.strip().split(" ", 2)[0];
        if (lines[i - 1].length() + 1 + firstWord.length() <= width - 1) {
          problems.add(command + ": line " + (i + 1) + " could start on line " + i + ": \"" + lines[i - 1] + "\" / \"" + line + "\"");
        }
      }
    }
    return problems;
  }

  /** Whether {@code next} goes on with the paragraph of {@code line}, as picocli wraps it. */
  private static boolean continues(String line, String next) {
    if (line.isBlank() || next.isBlank()) {
      return false;
    }
    if (indent(line) == 0) {
      // A description's lines, unless the line is the synopsis or a heading.
      return indent(next) == 0 && !isHeading(line) && !isHeading(next);
    }
    // Rows (options, commands, list entries) start at most 6 columns in; their text goes on under it.
    int text = textColumn(line);
    return indent(next) > 6 && (indent(next) == text || indent(next) == text + 2);
  }

  /** A section's heading, e.g. "Commands:", "Codes de sortie :". */
  private static boolean isHeading(String line) {
    return line.matches("\\p{Lu}[\\p{L} ]*:");
  }

  /** The first line of a help, in any of the program's languages. */
  private static boolean isSynopsis(String line) {
    return line.matches("(Usage|Utilisation|Uso) ?: .*");
  }

  private static int indent(String line) {
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    return indent;
  }

  /** Where the text of a line starts: after its label (an option, a command, a code) and the spaces after it. */
  private static int textColumn(String line) {
    int gap = line.indexOf("  ", indent(line));
    if (gap < 0) {
      return indent(line);
    }
    int text = gap;
    while (text < line.length() && line.charAt(text) == ' ') {
      text++;
    }
    return text;
  }
}

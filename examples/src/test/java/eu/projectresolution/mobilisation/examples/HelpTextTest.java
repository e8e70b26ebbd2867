package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Help texts are written as sentences and wrapped by picocli: each element of a description is a whole
 * paragraph. A paragraph cut by hand into several elements is printed as several lines, each of which
 * picocli wraps again, which gives ragged lines at any width but the one it was cut for.
 */
class HelpTextTest {
  @Test
  void everyParagraphOfHelpIsWholeSoThatPicocliWrapsIt() {
    List<String> cut = new ArrayList<>();
    collect(new CommandLine(new Main()), cut);

    assertThat(cut).as("description elements that stop mid-sentence").isEmpty();
  }

  private static void collect(CommandLine command, List<String> cut) {
    CommandSpec spec = command.getCommandSpec();
    check(spec.qualifiedName(), spec.usageMessage().description(), cut);
    for (ArgSpec arg : spec.args()) {
      check(spec.qualifiedName() + " " + arg.paramLabel(), arg.description(), cut);
    }
    command.getSubcommands().values().forEach(sub -> collect(sub, cut));
  }

  private static void check(String where, String[] description, List<String> cut) {
    for (String paragraph : description) {
      String text = paragraph.replace("%n", "").strip();
      if (!text.isEmpty() && !text.matches("(?s).*[.:;!?)]$")) {
        cut.add(where + ": \"" + text + "\"");
      }
    }
  }
}

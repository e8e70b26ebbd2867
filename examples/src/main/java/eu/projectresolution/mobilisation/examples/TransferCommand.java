package eu.projectresolution.mobilisation.examples;

import eu.projectresolution.mobilisation.countrypack.CountryPack;
import eu.projectresolution.mobilisation.countrypack.CountryPacks;
import eu.projectresolution.mobilisation.countrypack.InvalidCountryPack;
import eu.projectresolution.mobilisation.document.InvalidDocument;
import eu.projectresolution.mobilisation.examples.transfer.ExampleContexts;
import eu.projectresolution.mobilisation.examples.transfer.TransferText;
import eu.projectresolution.mobilisation.transfer.InvalidTransferFile;
import eu.projectresolution.mobilisation.transfer.SipaTransfer;
import eu.projectresolution.mobilisation.transfer.TransferContext;
import eu.projectresolution.mobilisation.transfer.TransferRuleFile;
import eu.projectresolution.mobilisation.transfer.TransferWords;
import eu.projectresolution.mobilisation.transfer.TransferabilityAssessment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code transfer assess}: would a practice work on a partner's own territory? */
@Command(
    name = "transfer",
    mixinStandardHelpOptions = true,
    description = {
      "Judges whether a practice (SIPA by default) would work on another territory, element by element, from a "
          + "context file a partner writes: its verdicts, adaptations and reasons, in the partner's language."
    },
    subcommands = {TransferCommand.Assess.class})
final class TransferCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "assess",
      sortOptions = false,
      mixinStandardHelpOptions = true,
      description = {
        "Assesses a practice against a transfer context (JSON, following transfer-context.schema.json) and prints "
            + "every element's verdict, adaptation and reason. A file with problems is refused with every problem "
            + "and its JSON path. --context also takes the name of a shipped example: "
            + "castilla-la-mancha-rural or torino-periferia-nord."
      })
  static final class Assess implements Callable<Integer> {
    @Option(names = "--context", required = true, paramLabel = "<context.json>",
        description = "The target territory: a context file, or the name of a shipped example.")
    String context;

    @Option(names = "--rules", paramLabel = "<rules.json>",
        description = "The practice's rule file (following transfer-rules.schema.json; default: SIPA's).")
    Path rules;

    @Option(names = "--pack", paramLabel = "<pack.json>",
        description = "A country pack of your own (following country-pack.schema.json), which the context may name; "
            + "repeat it for several.")
    List<Path> packs = new ArrayList<>();

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      // The program's --language (the program refuses a language it does not speak before this runs).
      Locale locale = Main.words(spec).locale();
      CountryPacks known = CountryPacks.standard();
      for (Path file : packs) {
        known = known.with(readPack(file));
      }
      TransferRuleFile ruleFile = rules == null ? SipaTransfer.ruleFile() : readRules(rules);
      TransferContext target = readContext(known);
      TransferabilityAssessment assessment;
      try {
        assessment = ruleFile.rules().assess(ruleFile.practice(), target, known);
      } catch (IllegalArgumentException e) {
        throw new CommandFailure("Cannot assess " + context + ": " + e.getMessage(), e);
      }
      TransferText.print(assessment, target, TransferWords.of(locale), spec.commandLine().getOut());
      return 0;
    }

    private TransferContext readContext(CountryPacks known) {
      Path file = Path.of(context);
      Optional<String> example = Files.exists(file) ? Optional.empty() : ExampleContexts.json(context);
      if (example.isEmpty() && !Files.exists(file)) {
        throw new CommandFailure("Cannot read " + context + ": no such file, nor a shipped example context ("
            + String.join(", ", ExampleContexts.NAMES) + "); check the path (relative paths start from "
            + Path.of("").toAbsolutePath() + ")");
      }
      String json = example.orElseGet(() -> new String(Inputs.read(file), StandardCharsets.UTF_8));
      try {
        return TransferContext.fromJson(json, known);
      } catch (InvalidTransferFile e) {
        throw invalid(context, "transfer context", e);
      }
    }

    private static TransferRuleFile readRules(Path file) {
      try {
        return TransferRuleFile.fromJson(new String(Inputs.read(file), StandardCharsets.UTF_8));
      } catch (InvalidTransferFile e) {
        throw invalid(file.toString(), "rule file", e);
      }
    }

    private static CountryPack readPack(Path file) {
      try {
        return CountryPack.fromJson(new String(Inputs.read(file), StandardCharsets.UTF_8));
      } catch (InvalidCountryPack e) {
        throw invalid(file.toString(), "country pack", e);
      }
    }

    private static CommandFailure invalid(String file, String what, InvalidDocument e) {
      int count = e.problems().size();
      return new CommandFailure(file + " is not a valid " + what + " (" + count + (count == 1 ? " problem" : " problems")
          + "):\n" + e.problems().stream().map(p -> "  " + p.describe()).collect(Collectors.joining("\n")), e);
    }
  }
}

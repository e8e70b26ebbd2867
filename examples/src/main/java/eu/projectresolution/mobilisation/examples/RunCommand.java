package eu.projectresolution.mobilisation.examples;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.scenario.Scenario;
import eu.projectresolution.mobilisation.examples.scenario.ScenarioContext;
import eu.projectresolution.mobilisation.examples.scenario.Scenarios;
import eu.projectresolution.mobilisation.examples.sipa.SipaProgramme;
import eu.projectresolution.mobilisation.examples.text.Words;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run <scenario>}: records a scenario through the engine and prints what the engine computes from it. */
@Command(
    name = "run",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Runs a scenario: records its story through the engine's public commands, then prints what the "
          + "engine computes from the stored records. "
          + "The records are kept in an embedded H2 database in --data-dir (or in PostgreSQL with --jdbc-url), "
          + "in a schema of the scenario's own: running a scenario again replaces its earlier records (and "
          + "registers imported into them), so nothing is ever counted twice."
    })
final class RunCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);
  private static final String SCENARIOS_HEADING = "scenariosHeading";
  private static final String SCENARIOS = "scenarios";

  @Parameters(index = "0", paramLabel = "<scenario>", description = "The scenario to run (listed below).")
  String scenario;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "<n>",
      description = "Seed of the random decisions: the same seed gives the same people (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--scale",
      defaultValue = "1",
      paramLabel = "<x>",
      description = {
        "Size of the programme, 1 being the real one: 0.1 gives a tenth of the records and the same "
            + "rates (from 0.001 to 60, about a million people; default: ${DEFAULT-VALUE}). Applies to sipa-montbeliard; the other "
            + "scenarios tell one story at its real size."
      })
  double scale;

  // A replay lasts a few seconds, during which the JIT compiler and H2's background writer keep a
  // processor busy: on two processors the SIPA replay was no faster with a second replaying thread,
  // and took a third more processor time.
  @Option(
      names = "--threads",
      paramLabel = "<n>",
      description = {
        "How many people's records to replay at once, each person's in order (default: one less than "
            + "the number of processors, at least 1; here ${DEFAULT-VALUE}). The records, and so the figures, are "
            + "the same whatever the number."
      })
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

  @Mixin StoreOptions storeOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Words words = Main.words(spec);
    Scenario chosen =
        Scenarios.find(scenario)
            .orElseThrow(() -> new CommandFailure(words.text("run.unknown_scenario", scenario, Scenarios.names())));
    if (!(scale >= ScenarioContext.MIN_SCALE && scale <= ScenarioContext.MAX_SCALE)) {
      throw new CommandFailure(words.text("run.scale_out_of_range", String.format(Locale.ROOT, "%s", scale),
          String.format(Locale.ROOT, "%s", ScenarioContext.MIN_SCALE), String.format(Locale.ROOT, "%s", ScenarioContext.MAX_SCALE)));
    }
    if (threads < 1) {
      throw new CommandFailure(words.text("run.threads_out_of_range", threads));
    }
    // One connection per replaying thread, and one for whoever else reads meanwhile.
    try (Store store =
        chosen.keepsRecords() ? storeOptions.open(chosen.schema(), true, threads + 1, words) : Store.inMemory()) {
      LOG.info("Running scenario {} (seed {}, scale {}, threads {}), records kept {}", chosen.name(), seed, scale, threads,
          store.description());
      // A replay reads the same programme for each of its tens of thousands of records, and nothing
      // else changes it while the scenario runs: keep its declarations in memory. Each record is about
      // someone the engine recorded a moment ago: decide on the events it wrote rather than read them
      // back (the full-scale SIPA has about 18,000 people; beyond the cache's size they are read).
      MobilisationEngine engine =
          MobilisationEngine.builder().storage(store.storage()).clock(SipaProgramme.CLOCK)
              .programmeCache(Duration.ofMinutes(10)).pathwayCache(50_000).build();
      chosen.run(
          new ScenarioContext(
              engine, TenantId.of(chosen.tenant()), seed, scale, threads, spec.commandLine().getOut(), Progress.forConsole(),
              store.description(words), words));
    }
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** The scenarios' names and summaries, listed under {@code run --help} like the options, wrapped as they are. */
  static void listScenariosInHelp(CommandLine run, Words words) {
    Map<String, String> scenarios = new LinkedHashMap<>();
    Scenarios.all().forEach(s ->
        scenarios.put(s.name(), words.english() ? s.summary() : words.find("scenario." + s.name()).orElse(s.summary())));
    run.getHelpSectionMap().put(SCENARIOS_HEADING, help -> help.createHeading(words.text("run.scenarios_heading")));
    run.getHelpSectionMap().put(SCENARIOS, help -> help.createTextTable(scenarios).toString());
    List<String> sections = new ArrayList<>(run.getHelpSectionKeys());
    sections.addAll(sections.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), List.of(SCENARIOS_HEADING, SCENARIOS));
    run.setHelpSectionKeys(sections);
  }
}

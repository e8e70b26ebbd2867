package eu.projectresolution.mobilisation.examples;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.scenario.Scenario;
import eu.projectresolution.mobilisation.examples.scenario.Scenarios;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportResult;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.time.LocalDate;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Which stored programme a command reads: the records of a scenario, in a store. */
final class StoredProgramme {
  @Option(names = "--scenario", defaultValue = "sipa-montbeliard", paramLabel = "<scenario>",
      description = "The scenario whose records to read (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--programme", defaultValue = "sipa-montbeliard", paramLabel = "<id>",
      description = "The programme (default: ${DEFAULT-VALUE}).")
  String programme;

  @Option(names = "--tenant", paramLabel = "<code>", description = "The partner organisation (default: the scenario's).")
  String tenant;

  @Mixin StoreOptions storeOptions;

  /** A programme's declaration and its indicator report. */
  record Reported(Programme programme, IndicatorReport report) {}

  /** Computes the indicator report of the programme over {@code from}-{@code to} (its whole period when null). */
  Reported report(LocalDate from, LocalDate to) {
    Scenario records =
        Scenarios.find(scenario).filter(Scenario::keepsRecords)
            .orElseThrow(() -> new CommandFailure("Unknown scenario '" + scenario + "' for --scenario: choose one of "
                + Scenarios.names() + " that keeps records (e.g. sipa-montbeliard)"));
    TenantId owner = parse(() -> TenantId.of(tenant == null ? records.tenant() : tenant), "--tenant");
    ProgrammeId id = parse(() -> ProgrammeId.of(programme), "--programme");
    try (Store store = storeOptions.openExisting(records)) {
      MobilisationEngine engine = MobilisationEngine.builder().storage(store.storage()).build();
      Programme declared =
          engine.programme(owner, id)
              .orElseThrow(() -> new CommandFailure("No programme " + id + " is stored for tenant " + owner + " "
                  + store.description() + ": run 'run " + records.name() + "' first, with the same --data-dir or --jdbc-url"));
      ReportScope.Builder scope = ReportScope.builder().programmeId(id);
      if (from != null) {
        scope.start(from);
      }
      if (to != null) {
        scope.end(to);
      }
      ReportResult result = engine.indicatorReport(owner, scope.build());
      if (result.refused()) {
        throw new CommandFailure("The report cannot be computed: " + result.refusal().orElseThrow().message());
      }
      return new Reported(declared, result.orElseThrow());
    }
  }

  static <T> T parse(java.util.function.Supplier<T> value, String option) {
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(option + ": " + e.getMessage(), e);
    }
  }
}

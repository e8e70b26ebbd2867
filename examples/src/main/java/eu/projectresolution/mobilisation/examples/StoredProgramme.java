package eu.projectresolution.mobilisation.examples;

import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RefusalMessages;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.scenario.Scenario;
import eu.projectresolution.mobilisation.examples.scenario.Scenarios;
import eu.projectresolution.mobilisation.examples.text.Words;
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
    return report(from, to, Words.ENGLISH);
  }

  /** As {@link #report(LocalDate, LocalDate)}, saying what goes wrong in the language of {@code words}. */
  Reported report(LocalDate from, LocalDate to, Words words) {
    Scenario records = keepingRecords(scenario, words);
    TenantId owner = parse(() -> TenantId.of(tenant == null ? records.tenant() : tenant), "--tenant");
    ProgrammeId id = parse(() -> ProgrammeId.of(programme), "--programme");
    try (Store store = storeOptions.openExisting(records, words)) {
      MobilisationEngine engine = MobilisationEngine.builder().storage(store.storage()).build();
      Programme declared =
          engine.programme(owner, id)
              .orElseThrow(() -> new CommandFailure(words.text("stored.no_programme", id, owner, store.description(words),
                  records.name())));
      ReportScope.Builder scope = ReportScope.builder().programmeId(id);
      if (from != null) {
        scope.start(from);
      }
      if (to != null) {
        scope.end(to);
      }
      ReportResult result = engine.indicatorReport(owner, scope.build());
      if (result.refused()) {
        throw new CommandFailure(words.text("stored.refused", refusal(result.refusal().orElseThrow(), words)));
      }
      return new Reported(declared, result.orElseThrow());
    }
  }

  /** The scenario named {@code name} if it keeps records, else a failure naming those that do. */
  static Scenario keepingRecords(String name, Words words) {
    return Scenarios.find(name).filter(Scenario::keepsRecords)
        .orElseThrow(() -> new CommandFailure(words.text("stored.unknown_scenario", name, Scenarios.names())));
  }

  /** Why the engine refused, in the language of {@code words}: the engine's own message in English. */
  static String refusal(Refusal refusal, Words words) {
    return words.english() ? refusal.message() : RefusalMessages.of(words.locale()).message(refusal);
  }

  static <T> T parse(java.util.function.Supplier<T> value, String option) {
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(option + ": " + e.getMessage(), e);
    }
  }
}

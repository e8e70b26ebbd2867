package eu.projectresolution.mobilisation.examples;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.scenario.Scenario;
import eu.projectresolution.mobilisation.privacy.ErasedData;
import eu.projectresolution.mobilisation.privacy.PurgeReport;
import eu.projectresolution.mobilisation.examples.text.Words;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code purge}: erases the personal data whose retention period ended, as the programmes declare it. */
@Command(
    name = "purge",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Erases the identifying data of the people whose retention period ended, for each stored programme that "
          + "declares a retention policy (identity and contact details, counted from the exit or the last activity), "
          + "each erasure with its audit record, and prints what it erased. Pathways and reports are unchanged. Safe "
          + "to run every night: what it erased is not there the next time."
    })
final class PurgeCommand implements Callable<Integer> {
  @Option(names = "--scenario", defaultValue = "sipa-montbeliard", paramLabel = "<scenario>",
      description = "The scenario whose records to purge (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--tenant", paramLabel = "<code>", description = "The partner organisation (default: the scenario's).")
  String tenant;

  @Option(names = "--author", defaultValue = "purge-command", paramLabel = "<id>",
      description = "Who runs the purge, for the audit records (default: ${DEFAULT-VALUE}).")
  String author;

  @Option(names = "--on", paramLabel = "<date>",
      description = "Count the retention periods up to this day instead of today (to see what a later purge would erase).")
  LocalDate on;

  @Mixin StoreOptions storeOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Words words = Main.words(spec);
    Scenario records = StoredProgramme.keepingRecords(scenario, words);
    TenantId owner = StoredProgramme.parse(() -> TenantId.of(tenant == null ? records.tenant() : tenant), "--tenant");
    Clock clock = on == null ? Clock.systemDefaultZone()
        : Clock.fixed(on.atStartOfDay(ZoneId.systemDefault()).plusHours(12).toInstant(), ZoneId.systemDefault());
    PurgeReport report;
    try (Store store = storeOptions.openExisting(records, words)) {
      MobilisationEngine engine = MobilisationEngine.builder().storage(store.storage()).clock(clock).build();
      report = StoredProgramme.parse(() -> engine.purge(owner, author), "--author");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (report.programmes().isEmpty()) {
      out.println(words.text("purge.no_policy", owner, words.date(report.day())));
    } else {
      out.println(words.text("purge.done", words.date(report.day()), report.purged().size(), report.peopleLookedAt(),
          report.programmes()));
      for (PurgeReport.Purged purged : report.purged()) {
        out.println("  " + words.text("purge.erased", purged.beneficiaryId(), purged.programmeId(),
            purged.erased().stream().map(ErasedData::name).map(String::toLowerCase).collect(Collectors.joining(", "))));
      }
    }
    out.flush();
    return 0;
  }
}

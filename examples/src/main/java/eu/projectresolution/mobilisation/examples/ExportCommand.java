package eu.projectresolution.mobilisation.examples;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.scenario.Scenario;
import eu.projectresolution.mobilisation.privacy.PersonalDataExport;
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

/** {@code export}: everything held about one person, as one JSON document (GDPR Art. 15 and 20). */
@Command(
    name = "export",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Writes everything the store holds about one person as one JSON document, for their right of access and to "
          + "portability: the pathway's events, the identifying details (unless erased), consents, erasure records and "
          + "the log of who read the details. The export is itself recorded in that log."
    })
final class ExportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "<beneficiary-id>", description = "The person's pseudonymous id (a UUID).")
  String beneficiary;

  @Option(names = "--scenario", defaultValue = "sipa-montbeliard", paramLabel = "<scenario>",
      description = "The scenario whose records to read (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--tenant", paramLabel = "<code>", description = "The partner organisation (default: the scenario's).")
  String tenant;

  @Option(names = "--author", defaultValue = "export-command", paramLabel = "<id>",
      description = "Who exports, for the access log (default: ${DEFAULT-VALUE}).")
  String author;

  @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "Write to this file (default: the screen).")
  Path output;

  @Mixin StoreOptions storeOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Words words = Main.words(spec);
    Scenario records = StoredProgramme.keepingRecords(scenario, words);
    TenantId owner = StoredProgramme.parse(() -> TenantId.of(tenant == null ? records.tenant() : tenant), "--tenant");
    BeneficiaryId id = StoredProgramme.parse(() -> BeneficiaryId.of(beneficiary), "<beneficiary-id>");
    PersonalDataExport export;
    try (Store store = storeOptions.openExisting(records, words)) {
      MobilisationEngine engine = MobilisationEngine.builder().storage(store.storage()).build();
      export = StoredProgramme.parse(() -> engine.export(owner, id, author), "--author")
          .orElseThrow(() -> new CommandFailure(words.text("export.nothing_held", id, owner, store.description(words))));
    }
    PrintWriter out = spec.commandLine().getOut();
    String json = export.toJson() + "\n";
    if (output == null) {
      out.print(json);
    } else {
      Inputs.write(output, json.getBytes(StandardCharsets.UTF_8));
      out.println(words.text("export.wrote", id, output));
    }
    out.flush();
    return 0;
  }
}

package eu.projectresolution.mobilisation.examples;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.capture.AttendanceRegister;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.register.RegisterCsv;
import eu.projectresolution.mobilisation.examples.register.RegisterImport;
import eu.projectresolution.mobilisation.examples.scenario.Scenario;
import eu.projectresolution.mobilisation.examples.scenario.Scenarios;
import eu.projectresolution.mobilisation.examples.sipa.SipaProgramme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import <register.csv>}: loads an attendance register into a programme, row by row. */
@Command(
    name = "import",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Loads an attendance register (CSV, UTF-8, comma or semicolon) into a programme: one capture per",
      "row, names and phone numbers to the personal-data store only. Bad rows are listed with their line",
      "and the reason; the good rows are kept. Importing the same rows again records nothing twice.",
      "Columns (English or French header): name (or given name + family name), phone and/or email,",
      "consent (yes/no), date (2018-03-15 or 15/03/2018), place, channel (recrut-cafe, door-to-door,",
      "mediator, partner, poster, collaborative-action, walk-in, site-event).",
      "The rows are added to the records of a scenario (--scenario, default sipa-montbeliard) in the store;",
      "a programme missing there is declared as SIPA first. Running that scenario again replaces them."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every row was imported (or had been before)",
      "1:the file could not be read as a register; nothing was imported",
      "2:the command line is wrong",
      "3:some rows were refused (listed); the others were imported"
    })
final class ImportCommand implements Callable<Integer> {
  /** Exit code when some rows were refused and the others imported. */
  static final int SOME_ROWS_REFUSED = 3;

  @Parameters(index = "0", paramLabel = "<register.csv>", description = "The attendance register to load.")
  Path file;

  @Option(names = "--programme", defaultValue = "sipa-montbeliard", paramLabel = "<id>",
      description = "The programme the people were met for (default: ${DEFAULT-VALUE}).")
  String programme;

  @Option(names = "--tenant", defaultValue = "ideis", paramLabel = "<code>",
      description = "The partner organisation that owns the records (default: ${DEFAULT-VALUE}).")
  String tenant;

  @Option(names = "--scenario", defaultValue = "sipa-montbeliard", paramLabel = "<scenario>",
      description = "The scenario whose records the register is added to (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Mixin StoreOptions storeOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    byte[] bytes = Inputs.read(file);
    RegisterCsv.Register register;
    try {
      register = RegisterCsv.read(bytes, file.toString());
    } catch (RegisterCsv.BadRegister e) {
      throw new CommandFailure(e.getMessage(), e);
    }
    TenantId owner = parse(() -> TenantId.of(tenant), "--tenant");
    ProgrammeId target = parse(() -> ProgrammeId.of(programme), "--programme");
    PrintWriter out = spec.commandLine().getOut();
    Scenario into =
        Scenarios.find(scenario).filter(Scenario::keepsRecords)
            .orElseThrow(() -> new CommandFailure("Unknown scenario '" + scenario + "' for --scenario: choose one of "
                + Scenarios.names() + " that keeps records (e.g. sipa-montbeliard)"));
    try (Store store = storeOptions.open(into.schema(), false)) {
      MobilisationEngine engine = MobilisationEngine.builder().storage(store.storage()).build();
      if (engine.programme(owner, target).isEmpty()) {
        if (!target.equals(SipaProgramme.ID)) {
          throw new CommandFailure("No programme " + target + " is registered for tenant " + owner
              + ": import into " + SipaProgramme.ID + " or register the programme first");
        }
        CommandResult declared = engine.registerProgramme(owner, SipaProgramme.declaration(1));
        if (declared.refused()) {
          throw new CommandFailure("Could not declare programme " + target + ": " + declared.refusal().orElseThrow().message());
        }
      }
      RegisterImport.Result result = RegisterImport.into(engine, owner, target, register);
      int rows = result.imported().size() + result.alreadyImported().size() + result.rejected().size();
      out.printf("%s: %d of %d rows imported into programme %s (tenant %s), records kept %s%n",
          file, result.imported().size(), rows, target, owner, store.description());
      if (!result.alreadyImported().isEmpty()) {
        out.printf("  %d rows were already recorded (same person, day, place and channel): nothing written twice%n",
            result.alreadyImported().size());
      }
      for (OutreachEventId event : result.outreachEvents()) {
        AttendanceRegister attendance = engine.attendanceRegister(owner, event).orElseThrow();
        out.printf("  %s, %s: %d present, %d agreed to be contacted again%n", attendance.event().title(),
            attendance.event().date(), attendance.entries().size(), attendance.recontactable().size());
      }
      if (!result.rejected().isEmpty()) {
        out.printf("%d rows were not imported:%n", result.rejected().size());
        result.rejected().forEach(problem -> out.println("  " + problem));
      }
      out.flush();
      return result.rejected().isEmpty() ? 0 : SOME_ROWS_REFUSED;
    }
  }

  private static <T> T parse(java.util.function.Supplier<T> value, String option) {
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(option + ": " + e.getMessage(), e);
    }
  }
}

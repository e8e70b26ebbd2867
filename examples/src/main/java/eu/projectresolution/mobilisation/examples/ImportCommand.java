package eu.projectresolution.mobilisation.examples;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.IdentityMatcher;
import eu.projectresolution.mobilisation.capture.AttendanceRegister;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.ImportMode;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.register.RegisterCsv;
import eu.projectresolution.mobilisation.examples.register.RegisterImport;
import eu.projectresolution.mobilisation.examples.scenario.Scenario;
import eu.projectresolution.mobilisation.examples.scenario.Scenarios;
import eu.projectresolution.mobilisation.examples.sipa.SipaProgramme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.examples.text.Words;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import <register.csv>}: loads an attendance register into a programme, its rows committed in
 * batches and each answered on its own (see {@link RegisterImport}).
 */
@Command(
    name = "import",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Loads an attendance register (CSV, UTF-8, comma or semicolon) into a "
          + "programme: one capture per person met for the first time, under a random "
          + "pseudonymous id; names and phone numbers go to the personal-data store only. "
          + "Bad rows are listed with their line and the reason; the good rows are kept.",
      "",
      "Columns (English or French header): name (or given name + family name), "
          + "phone and/or email, consent, date (2018-03-15 or 15/03/2018), place, channel "
          + "(recrut-cafe, door-to-door, mediator, partner, poster, collaborative-action, "
          + "walk-in, site-event). Consent to be contacted again must be asked: yes or no "
          + "(oui/non); an empty cell refuses the row, it is never taken for a no.",
      "",
      "People already known are recognised by a keyed hash of their name with their "
          + "phone, e-mail or birth date (a name alone: only on the same day and place), "
          + "kept with their details and erased with them. A row already recorded (same "
          + "person, day, place and channel) is listed and nothing is written twice; a "
          + "person known already, met on another occasion, gets a new contact. "
          + "The secret of that hash: $" + MatchingSecret.VARIABLE + " (base64), else "
          + "the file " + MatchingSecret.FILE_NAME + " in --data-dir, created on first use, owner-only "
          + "(with --in-memory: a new one each run). Keep it safe and apart from the records.",
      "",
      "The rows are added to the records of a scenario (--scenario, default "
          + "sipa-montbeliard) in the store; a programme missing there is declared as SIPA "
          + "first. Running that scenario again replaces them."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every row was imported (or had been before; with validate-only: would be)",
      "1:the file could not be read as a register; nothing was imported",
      "2:the command line is wrong",
      "3:some rows were refused (listed); the others were imported (all-or-nothing, validate-only: none)"
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

  @Option(names = "--mode", defaultValue = "each-on-its-own", paramLabel = "<mode>",
      description = "each-on-its-own (default): keep the good rows; all-or-nothing: import the file only if "
          + "no row is bad or refused; validate-only: write nothing, list what each row would do.")
  String mode;

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
    Words words = Main.words(spec);
    ImportMode importMode = parse(() -> importMode(mode), "--mode");
    TenantId owner = parse(() -> TenantId.of(tenant), "--tenant");
    ProgrammeId target = parse(() -> ProgrammeId.of(programme), "--programme");
    PrintWriter out = spec.commandLine().getOut();
    Scenario into = StoredProgramme.keepingRecords(scenario, words);
    IdentityMatcher matcher =
        MatchingSecret.matcher(Optional.ofNullable(System.getenv(MatchingSecret.VARIABLE)), storeOptions.inMemory,
            storeOptions.dataDir.resolve(MatchingSecret.FILE_NAME));
    try (Store store = storeOptions.open(into.schema(), false, words)) {
      MobilisationEngine engine = MobilisationEngine.builder().storage(store.storage()).build();
      if (engine.programme(owner, target).isEmpty()) {
        if (!target.equals(SipaProgramme.ID)) {
          throw new CommandFailure(words.text("import.no_programme", target, owner, SipaProgramme.ID));
        }
        CommandResult declared = engine.registerProgramme(owner, SipaProgramme.declaration(1));
        if (declared.refused()) {
          throw new CommandFailure(words.text("import.not_declared", target,
              StoredProgramme.refusal(declared.refusal().orElseThrow(), words)));
        }
      }
      RegisterImport.Result result = RegisterImport.into(engine, owner, target, register, matcher, importMode);
      int rows = result.imported().size() + result.alreadyImported().size() + result.notWritten().size()
          + result.rejected().size();
      out.println(oneLine(words.text("import.imported", file, result.imported().size(),
          words.count(rows, "import.rows"), target, owner, store.description(words))));
      if (!result.notWritten().isEmpty()) {
        out.printf("  %s%n", words.count(result.notWritten().size(),
            importMode == ImportMode.VALIDATE_ONLY ? "import.would_import" : "import.not_written"));
      }
      long contacts = result.imported().stream().filter(RegisterImport.Imported::knownBefore).count();
      if (contacts > 0) {
        out.printf("  %s%n", words.count(contacts, "import.contacts"));
      }
      if (!result.alreadyImported().isEmpty()) {
        out.printf("  %s%n", words.text("import.already", words.count(result.alreadyImported().size(), "import.rows_were"),
            lines(result.alreadyImported().stream().map(RegisterImport.Imported::line).toList(), words)));
      }
      for (OutreachEventId event : result.outreachEvents()) {
        AttendanceRegister attendance = engine.attendanceRegister(owner, event).orElseThrow();
        out.println(oneLine("  " + words.text("import.attendance", attendance.event().title(), words.date(attendance.event().date()),
            attendance.entries().size(), attendance.recontactable().size())));
      }
      if (!result.rejected().isEmpty()) {
        out.println(words.text("import.not_imported", words.count(result.rejected().size(), "import.rows_were")));
        result.rejected().forEach(problem -> out.println(oneLine("  " + problem)));
      }
      out.flush();
      return result.rejected().isEmpty() ? 0 : SOME_ROWS_REFUSED;
    }
  }

  /** The mode an option names: each-on-its-own, all-or-nothing or validate-only. */
  static ImportMode importMode(String option) {
    return switch (option) {
      case "each-on-its-own" -> ImportMode.EACH_ON_ITS_OWN;
      case "all-or-nothing" -> ImportMode.ALL_OR_NOTHING;
      case "validate-only" -> ImportMode.VALIDATE_ONLY;
      default -> throw new IllegalArgumentException("'" + option + "' is not a mode: choose each-on-its-own, "
          + "all-or-nothing or validate-only");
    };
  }

  /** "line 9", "lines 2, 3 and 9". */
  static String lines(List<Long> lines, Words words) {
    if (lines.size() == 1) {
      return words.text("import.line", lines.get(0));
    }
    List<String> numbers = lines.stream().map(String::valueOf).toList();
    return words.text("import.lines", String.join(", ", numbers.subList(0, numbers.size() - 1)), numbers.get(numbers.size() - 1));
  }

  /**
   * The text on one printed line: a line break or another control character inside a value (a place
   * written on two lines in a spreadsheet cell) is shown as an escape, {@code \n}, {@code \t}...
   */
  static String oneLine(String text) {
    StringBuilder line = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\r' -> {
          line.append("\\n");
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n', '\u0085', '\u2028', '\u2029' -> line.append("\\n");
        case '\t' -> line.append("\\t");
        default -> {
          if (Character.isISOControl(c)) {
            line.append(String.format("\\u%04x", (int) c));
          } else {
            line.append(c);
          }
        }
      }
    }
    return line.toString();
  }

  private static <T> T parse(java.util.function.Supplier<T> value, String option) {
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(option + ": " + e.getMessage(), e);
    }
  }
}

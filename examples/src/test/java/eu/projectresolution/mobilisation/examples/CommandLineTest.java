package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.jdbc.JdbcStorage;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person typing commands sees: results on standard output, one-line errors, exit codes. */
class CommandLineTest {
  @TempDir Path dir;

  private record Ran(int exitCode, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private static Ran run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Ran(code, out.toString(), err.toString());
  }

  @Test
  void anUnknownScenarioIsOneLineNamingTheKnownOnes() {
    Ran ran = run("run", "sipa-lyon");

    assertThat(ran.exitCode()).isEqualTo(Main.FAILED);
    assertThat(ran.errLines()).containsExactly(
        "error: Unknown scenario 'sipa-lyon': choose one of sipa-montbeliard, recrut-cafe, transfer-nord-franche-comte (e.g. 'run sipa-montbeliard')");
    assertThat(ran.out()).isEmpty();
  }

  @Test
  void verboseAddsTheStackTrace() {
    Ran ran = run("run", "sipa-lyon", "--verbose");

    assertThat(ran.exitCode()).isEqualTo(Main.FAILED);
    assertThat(ran.errLines().get(0)).startsWith("error: Unknown scenario 'sipa-lyon'");
    assertThat(ran.err()).contains("\tat eu.projectresolution.mobilisation.examples.RunCommand");
  }

  @Test
  void aScaleOutOfRangeSaysWhichOnesAreAccepted() {
    Ran ran = run("run", "sipa-montbeliard", "--scale", "61");

    assertThat(ran.exitCode()).isEqualTo(Main.FAILED);
    assertThat(ran.errLines()).containsExactly(
        "error: --scale 61.0 is out of range: give a number from 0.001 to 60.0 (1 = the real programme)");
  }

  @Test
  void aMalformedCommandLineIsAUsageError() {
    Ran ran = run("run", "sipa-montbeliard", "--sede", "3");

    assertThat(ran.exitCode()).isEqualTo(Main.USAGE);
    assertThat(ran.errLines()).hasSize(2);
    assertThat(ran.errLines().get(0)).isEqualTo("error: Unknown options: '--sede', '3' (did you mean --seed?)");
    assertThat(ran.errLines().get(1)).isEqualTo("Run 'mobilisation-examples run --help' to see what it accepts.");
  }

  @Test
  void anUnreadableFileSaysSoAndHowToFixIt() {
    Ran ran = run("import", dir.resolve("missing.csv").toString(), "--in-memory");

    assertThat(ran.exitCode()).isEqualTo(Main.FAILED);
    assertThat(ran.errLines()).singleElement().asString()
        .startsWith("error: Cannot read " + dir.resolve("missing.csv") + ": no such file; check the path");
  }

  @Test
  void aFileThatIsNotARegisterIsRefusedWhole() throws IOException {
    Path latin1 = Files.writeString(dir.resolve("latin1.csv"),
        "nom;prénom;téléphone;consentement;date;lieu;canal\n", Charset.forName("windows-1252"));
    Path noDate = Files.writeString(dir.resolve("no-date.csv"), "name,phone,consent,channel\nAmina,06 39 98 12 34,yes,walk-in\n");

    Ran notUtf8 = run("import", latin1.toString(), "--in-memory");
    Ran missingColumn = run("import", noDate.toString(), "--in-memory");

    assertThat(notUtf8.exitCode()).isEqualTo(Main.FAILED);
    assertThat(notUtf8.errLines()).containsExactly(
        "error: " + latin1 + " is not UTF-8 text: save it again as \"CSV UTF-8\" (in Excel: Save as, CSV UTF-8)");
    assertThat(missingColumn.exitCode()).isEqualTo(Main.FAILED);
    assertThat(missingColumn.errLines()).singleElement().asString().startsWith("error: " + noDate + " has no column date:");
  }

  @Test
  void anImportWithBadRowsKeepsTheGoodOnesListsTheOthersAndSaysSoInItsExitCode() throws IOException {
    Path register = Files.writeString(dir.resolve("register.csv"),
        "\uFEFFnom;prénom;téléphone;consentement;date;lieu;canal\n"
            + "Benali;Amina;06 39 98 12 34;oui;15/03/2018;Hall B, Petite Hollande;recrut-cafe\n"
            + "Haddad;Karim;;oui;15/03/2018;Hall B, Petite Hollande;recrut-cafe\n"
            + "Cissé;Omar;06 39 98 12 38;non;16/03/2018;Marché, Audincourt;porte-à-porte\n",
        StandardCharsets.UTF_8);

    Ran ran = run("import", register.toString(), "--data-dir", dir.resolve("data").toString());

    assertThat(ran.exitCode()).isEqualTo(ImportCommand.SOME_ROWS_REFUSED);
    assertThat(ran.out()).startsWith(register + ": 2 of 3 rows imported into programme sipa-montbeliard (tenant ideis), records kept in "
        + dir.resolve("data") + " (embedded H2 database), schema sipa_montbeliard");
    assertThat(ran.out()).contains("Recrut'Café, Hall B, Petite Hollande, 2018-03-15: 1 present, 1 agreed to be contacted again");
    assertThat(ran.out()).contains("1 row was not imported:\n  line 3: the person agreed to be contacted again but no phone");
    assertThat(ran.err()).isEmpty();
  }

  @Test
  void theRecrutCafeScenarioPrintsItsRegisterAndFollowUps() {
    Ran ran = run("run", "recrut-cafe", "--seed", "4", "--in-memory");

    assertThat(ran.exitCode()).isZero();
    assertThat(ran.out()).contains("Attendance register: 14 present, 11 agreed to be contacted again");
    assertThat(ran.out()).contains("Follow-up proposals and what became of them");
  }

  @Test
  void theSipaScenarioPrintsTheFiguresCountedFromItsRecords() {
    Ran ran = run("run", "sipa-montbeliard", "--scale", "0.02", "--seed", "9", "--in-memory");

    assertThat(ran.exitCode()).isZero();
    assertThat(ran.out()).containsPattern("People welcomed at the SIPA sites +340 ");
    assertThat(ran.out()).containsPattern("Collaborative actions +1 ");
    assertThat(ran.out()).contains("computed by the engine from the stored records");
  }

  @Test
  void anUnreachableDatabaseIsOneLineNamingItAndWhatToCheck() {
    Ran ran = run("run", "recrut-cafe", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/mobilisation", "--jdbc-user", "me");

    assertThat(ran.exitCode()).isEqualTo(Main.FAILED);
    assertThat(ran.errLines()).singleElement().asString()
        .startsWith("error: Cannot connect to the database jdbc:postgresql://127.0.0.1:1/mobilisation: ")
        .endsWith("; check the URL, that the server is running and reachable, and the user and password");
  }

  @Test
  void aDatabaseFileAnotherProgramHoldsIsOneLineSayingSoAndWhatToDo() throws IOException {
    String data = dir.resolve("data").toString();
    assertThat(run("run", "recrut-cafe", "--data-dir", data).exitCode()).isZero();

    // Another run still going holds a lock on the database file, as H2 takes it.
    try (FileChannel file = FileChannel.open(dir.resolve("data").resolve("mobilisation.mv.db"), StandardOpenOption.WRITE)) {
      FileLock held = file.lock();
      assertThat(held.isValid()).isTrue();
      Ran ran = run("run", "recrut-cafe", "--data-dir", data);

      assertThat(ran.exitCode()).isEqualTo(Main.FAILED);
      assertThat(ran.errLines()).containsExactly("error: The database " + data + " (embedded H2 database) is in use by "
          + "another program (another run?): wait for it to finish or use another --data-dir");
      assertThat(run("report", "--data-dir", data, "--scenario", "recrut-cafe", "--language", "fr").errLines())
          .containsExactly("erreur : La base de données " + data + " (base H2 embarquée) est utilisée par un autre "
              + "programme (un autre « run » ?) : attendez qu'il se termine ou utilisez un autre --data-dir");
    }
    assertThat(run("run", "recrut-cafe", "--data-dir", data).exitCode()).isZero();
  }

  @Test
  void aDataDirThatIsAFileIsOneLineNamingTheOptionAndWritesNothing() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "a partner's notes");

    Ran ran = run("run", "recrut-cafe", "--data-dir", file.toString());

    assertThat(ran.exitCode()).isEqualTo(Main.FAILED);
    assertThat(ran.errLines()).containsExactly("error: --data-dir " + file + " is a file, not a directory: give the "
        + "directory of the embedded database (it is created if missing), e.g. --data-dir mobilisation-data");
    assertThat(Files.readString(file)).isEqualTo("a partner's notes");
  }

  @Test
  void aDataDirThatCannotBeCreatedIsOneLineNamingTheOptionAndWhy() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "a partner's notes");
    String under = file.resolve("data").toString();

    Ran ran = run("run", "recrut-cafe", "--data-dir", under, "--language", "es");

    assertThat(ran.exitCode()).isEqualTo(Main.FAILED);
    assertThat(ran.errLines()).singleElement().asString()
        .startsWith("error: --data-dir " + under + " no puede alojar la base integrada (")
        .endsWith("): dé un directorio en el que pueda escribir (se crea si no existe), p. ej. --data-dir mobilisation-data");
    assertThat(file).isRegularFile().hasContent("a partner's notes");
  }

  @Test
  void aDatabaseWithoutADriverSaysWhichOnesWork() {
    Ran ran = run("run", "recrut-cafe", "--jdbc-url", "jdbc:oracle:thin:@db:1521/mobilisation");

    assertThat(ran.exitCode()).isEqualTo(Main.FAILED);
    assertThat(ran.errLines()).containsExactly("error: No database driver for jdbc:oracle:thin:@db:1521/mobilisation: "
        + "give a jdbc:postgresql:// URL, or use --data-dir for the embedded H2 database");
  }

  @Test
  void runningAScenarioAgainReplacesItsRecordsAndKeepsTheOtherScenarios() {
    String data = dir.resolve("data").toString();

    Ran first = run("run", "sipa-montbeliard", "--scale", "0.02", "--data-dir", data);
    Ran cafe = run("run", "recrut-cafe", "--data-dir", data);
    Ran again = run("run", "sipa-montbeliard", "--scale", "0.02", "--data-dir", data);

    assertThat(List.of(first.exitCode(), cafe.exitCode(), again.exitCode())).containsOnly(0);
    assertThat(figures(again.out())).isEqualTo(figures(first.out()));
    assertThat(figures(again.out())).anySatisfy(l -> assertThat(l).contains("People welcomed at the SIPA sites", " 340 "));
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + dir.resolve("data").toAbsolutePath().resolve("mobilisation") + StoreOptions.H2_SETTINGS);
    h2.setUser("sa");
    MobilisationStorage sipa = JdbcStorage.create(h2, "sipa_montbeliard");
    MobilisationStorage recrutCafe = JdbcStorage.create(h2, "recrut_cafe");
    assertThat(sipa.beneficiaries().ofProgramme(TenantId.of("ideis"), ProgrammeId.of("sipa-montbeliard")))
        .hasSize(340 + (int) Math.round((4_120 - 2_960) * 0.02));
    assertThat(recrutCafe.beneficiaries().ofProgramme(TenantId.of("ideis-recrut-cafe"), ProgrammeId.of("sipa-montbeliard")))
        .hasSize(14);
  }

  /** The figure lines of the SIPA output (without the timing line). */
  private static List<String> figures(String out) {
    return out.lines().filter(l -> !l.contains("records replayed")).toList();
  }

  @Test
  void aReadingCommandOnADirectoryWithoutRecordsCreatesNothing() {
    Path typo = dir.resolve("typo-dir");

    for (String[] reading : List.of(
        new String[] {"report", "--data-dir", typo.toString()},
        new String[] {"report", "--format", "csv", "--data-dir", typo.toString()},
        new String[] {"sheet", "fill-results", "-o", dir.resolve("filled.json").toString(), "--data-dir", typo.toString()})) {
      Ran ran = run(reading);

      assertThat(ran.exitCode()).as(String.join(" ", reading)).isEqualTo(Main.FAILED);
      assertThat(ran.errLines()).containsExactly("error: No records of sipa-montbeliard in " + typo
          + ": run 'run sipa-montbeliard' first, or give the --data-dir where they are");
      assertThat(typo).doesNotExist();
    }
  }

  @Test
  void aReadingCommandCreatesNoSchemaInADatabaseHoldingOtherRecords() throws Exception {
    String data = dir.resolve("data").toString();
    assertThat(run("run", "recrut-cafe", "--data-dir", data).exitCode()).isZero();

    Ran ran = run("report", "--data-dir", data);

    assertThat(ran.exitCode()).isEqualTo(Main.FAILED);
    assertThat(ran.errLines()).containsExactly("error: No records of sipa-montbeliard in " + data
        + ": run 'run sipa-montbeliard' first, or give the --data-dir where they are");
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + dir.resolve("data").toAbsolutePath().resolve("mobilisation") + StoreOptions.H2_SETTINGS);
    h2.setUser("sa");
    try (var connection = h2.getConnection(); var schemas = connection.getMetaData().getSchemas()) {
      List<String> names = new java.util.ArrayList<>();
      while (schemas.next()) {
        names.add(schemas.getString("TABLE_SCHEM"));
      }
      assertThat(names).contains("recrut_cafe").doesNotContain("sipa_montbeliard");
    }
  }

  @Test
  void helpListsTheScenarios() {
    Ran ran = run("run", "--help");

    assertThat(ran.exitCode()).isZero();
    assertThat(ran.out()).contains("sipa-montbeliard", "recrut-cafe", "--seed", "--scale");
  }

  @Test
  void anUnknownCommandIsAOneLineUsageErrorWhateverFollowsIt() {
    String expected = "error: Unknown command 'frobnicate': choose one of run, report, import, sheet, purge, export, serve, transfer, help"
        + " (see 'mobilisation-examples --help')";
    for (List<String> args : List.of(
        List.of("frobnicate"),
        List.of("frobnicate", "--help"),
        List.of("frobnicate", "-h"),
        List.of("frobnicate", "--version"),
        List.of("frobnicate", "-V"),
        List.of("frobnicate", "--verbose"),
        List.of("frobnicate", "run", "sipa-montbeliard"),
        List.of("--verbose", "frobnicate"),
        List.of("--help", "frobnicate"))) {
      Ran ran = run(args.toArray(String[]::new));

      assertThat(ran.exitCode()).as("exit code of %s", args).isEqualTo(Main.USAGE);
      assertThat(ran.errLines()).as("errors of %s", args).containsExactly(expected);
      assertThat(ran.out()).as("output of %s", args).isEmpty();
    }
  }

  @Test
  void anUnknownSheetCommandIsAOneLineUsageErrorToo() {
    for (List<String> args : List.of(List.of("sheet", "xyz"), List.of("sheet", "xyz", "--help"))) {
      Ran ran = run(args.toArray(String[]::new));

      assertThat(ran.exitCode()).as("exit code of %s", args).isEqualTo(Main.USAGE);
      assertThat(ran.errLines()).as("errors of %s", args).containsExactly(
          "error: Unknown command 'xyz': choose one of print, validate, export, fill-results"
              + " (see 'mobilisation-examples sheet --help')");
    }
  }

  @Test
  void aMisspeltCommandIsRefusedWithASuggestion() {
    Ran ran = run("rum", "sipa-montbeliard");

    assertThat(ran.exitCode()).isEqualTo(Main.USAGE);
    assertThat(ran.errLines()).singleElement().asString()
        .startsWith("error: Unknown command 'rum': did you mean run? choose one of run, report");
  }

  @Test
  void helpForAnUnknownCommandIsAUsageError() {
    Ran ran = run("help", "frobnicate");

    assertThat(ran.exitCode()).isEqualTo(Main.USAGE);
    assertThat(ran.errLines().get(0)).isEqualTo("error: Unknown subcommand 'frobnicate'.");
    assertThat(ran.out()).isEmpty();
  }

  @Test
  void theProgramsOwnHelpAndVersionStillWork() {
    Ran help = run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).startsWith("Usage: mobilisation-examples");

    Ran version = run("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("mobilisation-examples ");

    Ran helpCommand = run("help", "run");
    assertThat(helpCommand.exitCode()).isZero();
    assertThat(helpCommand.out()).startsWith("Usage: mobilisation-examples run");

    Ran verboseHelp = run("--verbose", "run", "--help");
    assertThat(verboseHelp.exitCode()).isZero();
    assertThat(verboseHelp.out()).startsWith("Usage: mobilisation-examples run");
  }
}

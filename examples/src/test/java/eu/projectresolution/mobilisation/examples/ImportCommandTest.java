package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.jdbc.JdbcStorage;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} as a person typing it sees it, and what it leaves in the store. */
class ImportCommandTest {
  private static final TenantId IDEIS = TenantId.of("ideis");
  private static final ProgrammeId SIPA = ProgrammeId.of("sipa-montbeliard");

  @TempDir Path dir;

  private record Ran(int exitCode, String out, String err) {}

  private static Ran run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Ran(code, out.toString(), err.toString());
  }

  private Path register(String name, String rows) throws IOException {
    return Files.writeString(dir.resolve(name), "name;phone;email;consent;date;place;channel\n" + rows, StandardCharsets.UTF_8);
  }

  private List<BeneficiaryId> peopleIn(String dataDir) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + dir.resolve(dataDir).toAbsolutePath().resolve("mobilisation") + StoreOptions.H2_SETTINGS);
    h2.setUser("sa");
    MobilisationStorage storage = JdbcStorage.create(h2, "sipa_montbeliard");
    return storage.beneficiaries().ofProgramme(IDEIS, SIPA).stream().map(BeneficiarySummary::beneficiaryId).toList();
  }

  /**
   * The pseudonymous id must not be recomputable from a person's identity and the Recrut'Café's day and
   * place, or erasing the person's details would not stop anyone holding a candidate identity from
   * finding their pathway.
   */
  @Test
  void theIdsOfImportedPeopleCannotBeRecomputedFromTheirIdentity() throws IOException {
    Path register = register("register.csv", "Amina Benali;06 39 98 12 34;;yes;15/03/2018;Hall B;recrut-cafe\n");

    assertThat(run("import", register.toString(), "--data-dir", dir.resolve("one").toString()).exitCode()).isZero();
    assertThat(run("import", register.toString(), "--data-dir", dir.resolve("two").toString()).exitCode()).isZero();

    BeneficiaryId inOne = peopleIn("one").get(0);
    BeneficiaryId inTwo = peopleIn("two").get(0);
    assertThat(inOne).as("the same row imported into two stores").isNotEqualTo(inTwo);
    String identity = "ideis|sipa-montbeliard|Amina|Benali|06 39 98 12 34||true|2018-03-15|Hall B|OUTREACH_EVENT";
    assertThat(inOne.value()).as("the id the import used to derive from the identity")
        .isNotEqualTo(UUID.nameUUIDFromBytes(("beneficiary|" + identity).getBytes(StandardCharsets.UTF_8)));
    assertThat(inOne.value().version()).as("a random UUID").isEqualTo(4);
  }

  @Test
  void theMatchingSecretIsCreatedOnceReadableByItsOwnerOnlyAndRecognisesThePeopleOfAnEarlierImport()
      throws IOException {
    Path register = register("register.csv",
        "Amina Benali;06 39 98 12 34;;yes;15/03/2018;Hall B;recrut-cafe\n"
            + "Karim Haddad;06 39 98 12 35;;no;15/03/2018;Hall B;recrut-cafe\n");
    String data = dir.resolve("data").toString();

    Ran first = run("import", register.toString(), "--data-dir", data);
    Path secret = dir.resolve("data").resolve(MatchingSecret.FILE_NAME);
    byte[] created = Files.readAllBytes(secret);
    Ran again = run("import", register.toString(), "--data-dir", data);

    assertThat(first.exitCode()).isZero();
    assertThat(Base64.getDecoder().decode(new String(created, StandardCharsets.US_ASCII).strip())).hasSize(32);
    if (Files.getFileStore(secret).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(secret))
          .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
    assertThat(again.exitCode()).isZero();
    assertThat(Files.readAllBytes(secret)).as("kept, not created again").isEqualTo(created);
    assertThat(again.out()).contains(": 0 of 2 rows imported")
        .contains("  2 rows were already recorded (same person, day, place and channel), nothing written twice: lines 2 and 3");
    assertThat(peopleIn("data")).hasSize(2);
  }

  @Test
  void theSummaryCountsInWordsListsDuplicatesWithTheirLinesAndKeepsEachValueOnOneLine() throws IOException {
    Path one = register("one.csv", "Amina Benali;06 39 98 12 34;;yes;15/03/2018;\"Hall B\nPetite Hollande\";recrut-cafe\n");
    Path twice = register("twice.csv",
        "Karim Haddad;06 39 98 12 35;;yes;16/03/2018;Market;door-to-door\n"
            + "Karim Haddad;06 39 98 12 35;;yes;16/03/2018;Market;door-to-door\n"
            + "Léa Martin;06 39 98 12 36;;yes;10/01/2014;\"Hall\r\nC\";recrut-cafe\n");

    Ran ranOne = run("import", one.toString(), "--in-memory");
    Ran ranTwice = run("import", twice.toString(), "--in-memory");

    assertThat(ranOne.out()).startsWith(one + ": 1 of 1 row imported into programme sipa-montbeliard");
    assertThat(ranOne.out()).contains("  Recrut'Café, Hall B\\nPetite Hollande, 2018-03-15: 1 present, 1 agreed to be contacted again\n");
    assertThat(ranOne.out().lines()).as("one line per line of output").hasSize(2);
    assertThat(ranTwice.out()).startsWith(twice + ": 1 of 3 rows imported")
        .contains("  1 row was already recorded (same person, day, place and channel), nothing written twice: line 3\n")
        .contains("1 row was not imported:\n  line 4: the Recrut'Café of 2014-01-10 at Hall\\nC could not be recorded");
    assertThat(ranTwice.exitCode()).isEqualTo(ImportCommand.SOME_ROWS_REFUSED);
  }

  @Test
  void aKnownPersonMetAgainOnAnotherDayIsANewContactNotANewPerson() throws IOException {
    String data = dir.resolve("data").toString();
    Path march = register("march.csv", "Amina Benali;06 39 98 12 34;;yes;15/03/2018;Hall B;recrut-cafe\n");
    Path april = register("april.csv", "AMINA  BENALI;06.39.98.12.34;;yes;02/04/2018;Hall C;recrut-cafe\n");

    run("import", march.toString(), "--data-dir", data);
    Ran ran = run("import", april.toString(), "--data-dir", data);

    assertThat(ran.exitCode()).isZero();
    assertThat(ran.out()).contains(": 1 of 1 row imported")
        .contains("  1 row: a new contact with a person already known, not a new person");
    assertThat(peopleIn("data")).hasSize(1);
  }

  @Test
  void helpSaysThatConsentMustBeAskedAndHowPeopleAreRecognised() {
    Ran help = run("import", "--help");

    assertThat(help.out()).contains("an empty cell refuses the row, it is never taken for a no")
        .contains("keyed hash").contains(MatchingSecret.VARIABLE).contains(MatchingSecret.FILE_NAME);
  }
}

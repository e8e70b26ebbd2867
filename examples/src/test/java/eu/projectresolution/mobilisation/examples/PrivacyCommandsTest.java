package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.jdbc.JdbcStorage;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.programme.PersonalDataClass;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.RetentionPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code purge} and {@code export} on the records an attendance-register import left in the embedded database. */
class PrivacyCommandsTest {
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

  private String data() {
    return dir.resolve("data").toString();
  }

  private MobilisationEngine engineOnTheData() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + dir.resolve("data").toAbsolutePath().resolve("mobilisation") + StoreOptions.H2_SETTINGS);
    h2.setUser("sa");
    return MobilisationEngine.builder().storage(JdbcStorage.create(h2, "sipa_montbeliard")).build();
  }

  private List<BeneficiaryId> imported() throws IOException {
    Path register = Files.writeString(dir.resolve("register.csv"),
        "nom;prénom;téléphone;consentement;date;lieu;canal\n"
            + "Benali;Amina;06 39 98 12 34;oui;15/03/2018;Hall B, Petite Hollande;recrut-cafe\n"
            + "Cissé;Omar;06 39 98 12 38;non;16/03/2018;Marché, Audincourt;porte-à-porte\n",
        StandardCharsets.UTF_8);
    assertThat(run("import", register.toString(), "--data-dir", data()).exitCode()).isZero();
    return engineOnTheData().beneficiariesAt(IDEIS, SIPA, Stage.CAPTURED);
  }

  @Test
  void exportsEverythingHeldAboutOnePersonAsJsonAndRecordsTheRead() throws IOException {
    BeneficiaryId amina = imported().stream()
        .filter(id -> engineOnTheData().personalDetails(IDEIS, id).flatMap(d -> d.familyName()).orElse("").equals("Benali"))
        .findFirst().orElseThrow();
    Path file = dir.resolve("amina.json");

    Ran ran = run("export", amina.toString(), "--data-dir", data(), "--author", "dpo", "-o", file.toString());

    assertThat(ran.exitCode()).as(ran.err()).isZero();
    assertThat(ran.out()).isEqualTo("Wrote everything held about beneficiary " + amina + " to " + file + "\n");
    String json = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(json).contains("\"beneficiaryId\" : \"" + amina + "\"", "\"type\" : \"captured\"", "\"familyName\" : \"Benali\"",
        "\"author\" : \"dpo\"", "\"purpose\" : \"ACCESS_REQUEST\"");
  }

  @Test
  void refusesToExportSomeoneUnknownOrAMalformedIdInOneLine() throws IOException {
    imported();
    BeneficiaryId nobody = BeneficiaryId.random();

    Ran unknown = run("export", nobody.toString(), "--data-dir", data());
    Ran malformed = run("export", "amina", "--data-dir", data());

    assertThat(unknown.exitCode()).isEqualTo(Main.FAILED);
    assertThat(unknown.err()).startsWith("error: Nothing is held about beneficiary " + nobody + " by tenant ideis");
    assertThat(malformed.exitCode()).isEqualTo(Main.FAILED);
    assertThat(malformed.err()).startsWith("error: <beneficiary-id>: ");
  }

  @Test
  void purgesWhatTheProgrammesRetentionPolicySaysIsDueOnceAndSaysSo() throws IOException {
    List<BeneficiaryId> people = imported();
    Ran without = run("purge", "--data-dir", data());
    assertThat(without.exitCode()).isZero();
    assertThat(without.out()).startsWith("No programme of tenant ideis declares a retention policy: nothing to purge");

    MobilisationEngine engine = engineOnTheData();
    Programme sipa = engine.programme(IDEIS, SIPA).orElseThrow();
    assertThat(engine.updateProgramme(IDEIS, Programme.builder().from(sipa).retention(RetentionPolicy.of(
        RetentionPolicy.Rule.of(PersonalDataClass.IDENTITY, 24, RetentionPolicy.CountedFrom.LAST_ACTIVITY))).build())
        .accepted()).isTrue();

    Ran tooEarly = run("purge", "--data-dir", data(), "--on", "2020-03-14");
    Ran due = run("purge", "--data-dir", data(), "--on", "2020-03-16");
    Ran again = run("purge", "--data-dir", data(), "--on", "2020-03-16");

    assertThat(tooEarly.out()).startsWith("Purge of 2020-03-14: 0 of 2 people of [sipa-montbeliard]");
    assertThat(due.exitCode()).as(due.err()).isZero();
    assertThat(due.out()).startsWith("Purge of 2020-03-16: 2 of 2 people of [sipa-montbeliard] had data past their retention period")
        .contains("  " + people.get(0) + " (sipa-montbeliard): erased identity, contact_details");
    assertThat(again.out()).startsWith("Purge of 2020-03-16: 0 of 2 people");
    assertThat(people).allSatisfy(id -> assertThat(engineOnTheData().personalDetails(IDEIS, id)).isEmpty());
  }
}

package eu.projectresolution.mobilisation.examples.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.IdentityMatcher;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.capture.AttendanceRegister;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.contract.StoreSnapshot;
import eu.projectresolution.mobilisation.engine.ImportMode;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.register.RegisterCsv.Problem;
import eu.projectresolution.mobilisation.examples.register.RegisterImport.Imported;
import eu.projectresolution.mobilisation.examples.sipa.SipaProgramme;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.pathway.Pathway;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegisterImportTest {
  private static final TenantId TENANT = TenantId.of("ideis");
  private static final String REGISTER =
      "name;phone;email;consent;date;place;channel\n"
          + "Amina Benali;06 39 98 12 34;;yes;15/03/2018;Hall B, Petite Hollande;recrut-cafe\n" // 2 kept
          + "Karim Haddad;06 39 98 12 35;;yes;15/03/2018;Hall B, Petite Hollande;recrut-cafe\n" // 3 kept
          + "Léa Martin;;;yes;15/03/2018;Hall B, Petite Hollande;recrut-cafe\n" // 4 bad: no way to call back
          + "Omar Cissé;06 39 98 12 38;;no;15/03/2018;Hall B, Petite Hollande;recrut-cafe\n" // 5 kept
          + "Julie Roux;06 39 98 12 39;;yes;2015-06-01;Market, Audincourt;door-to-door\n" // 6 refused: before SIPA
          + "Hugo Blanc;06 39 98 12 40;;yes;2030-01-01;Market, Audincourt;door-to-door\n" // 7 refused: in the future
          + "Nadia Amrani;;nadia@example.org;yes;2018-04-02;Market, Audincourt;door-to-door\n" // 8 kept
          + "Amina Benali;06 39 98 12 34;;yes;15/03/2018;Hall B, Petite Hollande;recrut-cafe\n" // 9 same as line 2
          + "Sofia Kaya;06 39 98 12 41;;yes;2014-01-10;Hall C, Champvallon;recrut-cafe\n"; // 10 refused: event before SIPA

  private static final IdentityMatcher MATCHER = IdentityMatcher.withSecret(new byte[32]);

  private InMemoryStorage storage;
  private MobilisationEngine engine;
  private final IdentityMatcher matcher = MATCHER;

  @BeforeEach
  void declareSipa() {
    storage = InMemoryStorage.create();
    engine = MobilisationEngine.builder().storage(storage).clock(SipaProgramme.CLOCK).build();
    assertThat(engine.registerProgramme(TENANT, SipaProgramme.declaration(1)).accepted()).isTrue();
  }

  private RegisterImport.Result importRegister() {
    return importRegister(REGISTER);
  }

  private RegisterImport.Result importRegister(String text) {
    RegisterCsv.Register register = RegisterCsv.read(text.getBytes(StandardCharsets.UTF_8), "register.csv");
    return RegisterImport.into(engine, TENANT, SipaProgramme.ID, register, matcher);
  }

  @Test
  void keepsExactlyTheGoodRowsAndListsTheOthersWithTheirLineAndReason() {
    RegisterImport.Result result = importRegister();

    assertThat(result.imported()).extracting(Imported::line).containsExactly(2L, 3L, 5L, 8L);
    assertThat(result.alreadyImported()).extracting(Imported::line).containsExactly(9L);
    assertThat(result.rejected()).extracting(Problem::line).containsExactly(4L, 6L, 7L, 10L);
    assertThat(result.rejected().get(1).reason()).contains("OUTSIDE_PROGRAMME_PERIOD");
    assertThat(result.rejected().get(2).reason()).contains("DATE_IN_FUTURE");
    assertThat(result.rejected().get(3).reason()).startsWith("the Recrut'Café of 2014-01-10 at Hall C, Champvallon could not be recorded");
    assertThat(storage.beneficiaries().ofProgramme(TENANT, SipaProgramme.ID)).hasSize(4);
  }

  @Test
  void aValuePastItsLimitIsABadRowAndTheOtherRowsAreStillImported() {
    String longName = "B".repeat(201);
    RegisterImport.Result result = importRegister("name;phone;email;consent;date;place;channel\n"
        + "Amina " + longName + ";06 39 98 12 34;;yes;15/03/2018;Hall B, Petite Hollande;recrut-cafe\n"
        + "Karim Haddad;06 39 98 12 35;;yes;15/03/2018;" + "Hall ".repeat(40) + ";recrut-cafe\n"
        + "Omar Cissé;06 39 98 12 38;;no;15/03/2018;Hall B, Petite Hollande;recrut-cafe\n");

    assertThat(result.imported()).extracting(Imported::line).containsExactly(4L);
    assertThat(result.rejected()).extracting(Problem::line).containsExactly(2L, 3L);
    assertThat(result.rejected().get(0).reason()).contains("familyName", "the limit is 200");
    assertThat(result.rejected().get(1).reason()).contains("title", "the limit is 200");
    assertThat(result.outreachEvents()).hasSize(1);
  }

  @Test
  void aPlacePastItsLimitAwayFromARecrutCafeIsABadRowToo() {
    RegisterImport.Result result = importRegister("name;phone;email;consent;date;place;channel\n"
        + "Amina Benali;06 39 98 12 34;;yes;2018-04-02;" + "Market ".repeat(30) + ";door-to-door\n"
        + "Omar Cissé;06 39 98 12 38;;no;2018-04-02;Market, Audincourt;door-to-door\n");

    assertThat(result.imported()).extracting(Imported::line).containsExactly(3L);
    assertThat(result.rejected()).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(2L);
      assertThat(problem.reason()).contains("contact.place", "the limit is 200");
    });
  }

  @Test
  void thePeopleMetAtOneRecrutCafeMakeItsRegisterAndTheirDetailsGoToThePersonalDataStoreOnly() {
    RegisterImport.Result result = importRegister();

    assertThat(result.outreachEvents()).hasSize(1);
    AttendanceRegister register = engine.attendanceRegister(TENANT, result.outreachEvents().get(0)).orElseThrow();
    assertThat(register.entries()).extracting(AttendanceRegister.Entry::beneficiaryId)
        .containsExactly(result.imported().get(0).beneficiaryId(), result.imported().get(1).beneficiaryId(),
            result.imported().get(2).beneficiaryId());
    assertThat(register.recontactable()).hasSize(2);

    Imported amina = result.imported().get(0);
    PersonalDetails details = engine.personalDetails(TENANT, amina.beneficiaryId()).orElseThrow();
    assertThat(details.givenName()).contains("Amina");
    assertThat(details.familyName()).contains("Benali");
    assertThat(details.phone()).contains("06 39 98 12 34");
    Pathway pathway = engine.pathway(TENANT, amina.beneficiaryId()).orElseThrow();
    assertThat(pathway.contacts()).singleElement().satisfies(contact -> {
      assertThat(contact.channel()).isEqualTo(CaptureChannel.OUTREACH_EVENT);
      assertThat(contact.place()).contains("Hall B, Petite Hollande");
      assertThat(contact.consentToRecontact()).isTrue();
    });
  }

  @Test
  void theSameRowImportedIntoTwoStoresGetsTwoUnrelatedIds() {
    BeneficiaryId first = importRegister().imported().get(0).beneficiaryId();
    declareSipa();
    BeneficiaryId second = importRegister().imported().get(0).beneficiaryId();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void thePersonInComposedAndDecomposedUnicodeIsOnePerson() {
    RegisterImport.Result result = importRegister("nom;prénom;téléphone;consentement;date;lieu;canal\n"
        + "B\u00e9nali;Amina;06 39 98 12 34;oui;15/03/2018;Hall B;recrut-cafe\n" // 2: composed (NFC)
        + "Be\u0301nali;Amina;06 39 98 12 34;oui;15/03/2018;Hall B;recrut-cafe\n" // 3: decomposed (NFD), as macOS writes it
        + "  BE\u0301NALI ;amina;06.39.98.12.34;oui;15/03/2018;Hall B;recrut-cafe\n" // 4: other case, spacing and phone dots
        + "Be\u0301nali;Amina;06 39 98 12 34;oui;16/03/2018;Market;door-to-door\n"); // 5: met again the next day

    assertThat(result.imported()).extracting(Imported::line).containsExactly(2L, 5L);
    assertThat(result.alreadyImported()).extracting(Imported::line).containsExactly(3L, 4L);
    BeneficiaryId amina = result.imported().get(0).beneficiaryId();
    assertThat(result.imported().get(1)).isEqualTo(new Imported(5, amina, true));
    assertThat(storage.beneficiaries().ofProgramme(TENANT, SipaProgramme.ID)).hasSize(1);
    assertThat(engine.attendanceRegister(TENANT, result.outreachEvents().get(0)).orElseThrow().entries()).hasSize(1);
    assertThat(engine.personalDetails(TENANT, amina).orElseThrow().familyName()).contains("B\u00e9nali");
  }

  @Test
  void aKnownPersonMetOnAnotherDayGetsANewContactNotASecondCapture() {
    RegisterImport.Result march = importRegister();
    RegisterImport.Result april = importRegister("name;phone;email;consent;date;place;channel\n"
        + "Amina Benali;06 39 98 12 34;;no;2018-04-02;Hall C, Champvallon;recrut-cafe\n");

    BeneficiaryId amina = march.imported().get(0).beneficiaryId();
    assertThat(april.imported()).singleElement().isEqualTo(new Imported(2, amina, true));
    assertThat(engine.pathway(TENANT, amina).orElseThrow().contacts()).extracting(Contact::place)
        .containsExactly(Optional.of("Hall B, Petite Hollande"), Optional.of("Hall C, Champvallon"));
    assertThat(storage.beneficiaries().ofProgramme(TENANT, SipaProgramme.ID)).hasSize(4);
  }

  @Test
  void afterErasureNobodyIsFoundByTheKeyAndTheSameRowIsANewPerson() {
    BeneficiaryId amina = importRegister().imported().get(0).beneficiaryId();
    PersonalDetails details = engine.personalDetails(TENANT, amina).orElseThrow();
    MatchingKey key = matcher.keyOf(details).orElseThrow();
    assertThat(engine.beneficiaryRecognisedBy(TENANT, key)).contains(amina);

    assertThat(storage.personalData().erase(TENANT, amina)).isTrue();

    assertThat(engine.beneficiaryRecognisedBy(TENANT, key)).isEmpty();
    RegisterImport.Result again = importRegister("name;phone;email;consent;date;place;channel\n"
        + "Amina Benali;06 39 98 12 34;;yes;2018-04-02;Hall C, Champvallon;recrut-cafe\n");
    assertThat(again.imported()).singleElement().satisfies(row -> {
      assertThat(row.beneficiaryId()).isNotEqualTo(amina);
      assertThat(row.knownBefore()).isFalse();
    });
  }

  @Test
  void aNameAloneIsRecognisedOnlyOnTheSameOccasion() {
    String register = "name;phone;email;consent;date;place;channel\n"
        + "Léa Martin;;;no;2018-03-15;Hall B, Petite Hollande;recrut-cafe\n"
        + "Léa Martin;;;no;2018-04-02;Hall C, Champvallon;recrut-cafe\n";

    RegisterImport.Result first = importRegister(register);
    RegisterImport.Result again = importRegister(register);

    assertThat(first.imported()).extracting(Imported::knownBefore).containsExactly(false, false);
    assertThat(again.imported()).isEmpty();
    assertThat(again.alreadyImported()).extracting(Imported::line).containsExactly(2L, 3L);
  }

  @Test
  void importingTheSameRegisterAgainRecordsNothingTwice() {
    RegisterImport.Result first = importRegister();
    RegisterImport.Result again = importRegister();

    assertThat(again.imported()).isEmpty();
    assertThat(again.alreadyImported()).extracting(Imported::line).containsExactly(2L, 3L, 5L, 8L, 9L);
    assertThat(again.alreadyImported().get(0).beneficiaryId()).isEqualTo(first.imported().get(0).beneficiaryId());
    assertThat(storage.beneficiaries().ofProgramme(TENANT, SipaProgramme.ID)).hasSize(4);
    assertThat(engine.attendanceRegister(TENANT, first.outreachEvents().get(0)).orElseThrow().entries()).hasSize(3);
  }

  @Test
  void aPersonOnThreeRowsOfOneFileIsCapturedOnceAndMetAgainOnce() {
    RegisterImport.Result result = importRegister("name;phone;email;consent;date;place;channel\n"
        + "Amina Benali;06 39 98 12 34;;yes;2018-03-15;Hall B, Petite Hollande;recrut-cafe\n" // 2: captured
        + "Amina Benali;06 39 98 12 34;;yes;2018-03-15;Hall B, Petite Hollande;recrut-cafe\n" // 3: same occasion
        + "Amina Benali;06 39 98 12 34;;no;2018-04-02;Market, Audincourt;door-to-door\n"); // 4: another day

    BeneficiaryId amina = result.imported().get(0).beneficiaryId();
    assertThat(result.imported()).containsExactly(new Imported(2, amina, false), new Imported(4, amina, true));
    assertThat(result.alreadyImported()).containsExactly(new Imported(3, amina, true));
    assertThat(result.rejected()).isEmpty();
    assertThat(storage.beneficiaries().ofProgramme(TENANT, SipaProgramme.ID)).hasSize(1);
    assertThat(engine.pathway(TENANT, amina).orElseThrow().contacts()).extracting(Contact::on, Contact::channel)
        .containsExactly(tuple(LocalDate.of(2018, 3, 15), CaptureChannel.OUTREACH_EVENT),
            tuple(LocalDate.of(2018, 4, 2), CaptureChannel.DOOR_TO_DOOR));
  }

  @Test
  void rowsCommittedInBatchesAreAnsweredAsRowByRow() {
    // The rows of one person that count on an earlier row of theirs the engine refuses, in one batch.
    String register = "name;phone;email;consent;date;place;channel\n"
        + "Julie Roux;06 39 98 12 39;;yes;2015-06-01;Market, Audincourt;door-to-door\n" // 2 refused: before SIPA
        + "Julie Roux;06 39 98 12 39;;yes;2015-06-01;Market, Audincourt;door-to-door\n" // 3 refused again
        + "Julie Roux;06 39 98 12 39;;yes;2018-04-02;Market, Audincourt;door-to-door\n" // 4 captured
        + "Julie Roux;06 39 98 12 39;;yes;2018-04-02;Market, Audincourt;door-to-door\n" // 5 already imported
        + "Karim Haddad;06 39 98 12 35;;yes;2018-04-10;Hall B, Petite Hollande;recrut-cafe\n" // 6 captured
        + "Karim Haddad;06 39 98 12 35;;yes;2018-04-05;Market, Audincourt;door-to-door\n" // 7 refused: before the 10th
        + "Karim Haddad;06 39 98 12 35;;yes;2018-04-05;Market, Audincourt;door-to-door\n" // 8 refused again
        + "Karim Haddad;06 39 98 12 35;;yes;2018-04-12;Market, Audincourt;door-to-door\n" // 9 a new contact
        + "Hugo Blanc;06 39 98 12 40;;yes;2030-01-01;Market, Audincourt;door-to-door\n" // 10 refused: in the future
        + "Hugo Blanc;06 39 98 12 40;;yes;2018-04-12;Market, Audincourt;door-to-door\n"; // 11 captured

    List<String> rowByRow = null;
    for (int batchSize : new int[] {1, 2, 3, 4, RegisterImport.BATCH_SIZE}) {
      declareSipa();
      RegisterImport.Result result = RegisterImport.into(engine, TENANT, SipaProgramme.ID,
          RegisterCsv.read(register.getBytes(StandardCharsets.UTF_8), "register.csv"), matcher, ImportMode.EACH_ON_ITS_OWN, batchSize);

      assertThat(result.imported()).as("batches of %d", batchSize)
          .extracting(Imported::line, Imported::knownBefore)
          .containsExactly(tuple(4L, false), tuple(6L, false), tuple(9L, true), tuple(11L, false));
      assertThat(result.alreadyImported()).extracting(Imported::line).containsExactly(5L);
      assertThat(result.rejected()).extracting(Problem::line).containsExactly(2L, 3L, 7L, 8L, 10L);
      assertThat(storage.beneficiaries().ofProgramme(TENANT, SipaProgramme.ID)).hasSize(3);
      BeneficiaryId karim = result.imported().get(1).beneficiaryId();
      assertThat(engine.pathway(TENANT, karim).orElseThrow().contacts()).hasSize(2);
      List<String> answers = answers(result);
      if (rowByRow == null) {
        rowByRow = answers;
      }
      assertThat(answers).as("batches of %d", batchSize).isEqualTo(rowByRow);
    }
    assertThat(rowByRow).filteredOn(answer -> answer.startsWith("line 8 ")).singleElement().asString()
        .contains("DATE_BEFORE_PREVIOUS_EVENT", "latest event, on 2018-04-10");
  }

  /** Every row's outcome and reason, with the random pseudonymous ids masked. */
  private static List<String> answers(RegisterImport.Result result) {
    List<String> answers = new ArrayList<>();
    result.imported().forEach(row -> answers.add("imported " + row.line() + " " + row.knownBefore()));
    result.alreadyImported().forEach(row -> answers.add("already " + row.line() + " " + row.knownBefore()));
    result.rejected().forEach(problem -> answers.add(problem.toString().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>")));
    return answers;
  }

  @Test
  void aRegisterLargerThanOneBatchImportsEveryGoodRowOnceAndNothingTwiceWhenImportedAgain() {
    // 1,200 rows, three batches: 900 people met at a Recrut'Café, 200 of them met again on a later day
    // (half in the batch of their capture, half in a later one), 50 rows repeated, 50 bad rows (no way
    // to call back, or a date before SIPA).
    StringBuilder text = new StringBuilder("name;phone;email;consent;date;place;channel\n");
    List<Long> good = new ArrayList<>();
    List<Long> again = new ArrayList<>();
    List<Long> bad = new ArrayList<>();
    List<Long> metAgain = new ArrayList<>();
    long line = 1;
    for (int i = 0; i < 1_200; i++) {
      line++;
      if (i < 900) {
        text.append(person(i)).append(";yes;2018-03-15;Hall B, Petite Hollande;recrut-cafe\n");
        good.add(line);
      } else if (i < 1_100) {
        text.append(person(899 - (i - 900) * 4)).append(";no;2018-04-02;Market, Audincourt;door-to-door\n");
        good.add(line);
        metAgain.add(line);
      } else if (i < 1_150) {
        text.append(person(i - 1_100 + 450)).append(";yes;2018-03-15;Hall B, Petite Hollande;recrut-cafe\n");
        again.add(line);
      } else if (i % 2 == 0) {
        text.append("Nobody ").append(i).append(";;;yes;2018-03-15;Hall B, Petite Hollande;recrut-cafe\n");
        bad.add(line);
      } else {
        text.append(person(2_000 + i)).append(";yes;2015-06-01;Market, Audincourt;door-to-door\n");
        bad.add(line);
      }
    }

    RegisterImport.Result first = importRegister(text.toString());

    assertThat(first.imported()).extracting(Imported::line).containsExactlyElementsOf(good);
    assertThat(first.imported()).filteredOn(Imported::knownBefore).extracting(Imported::line)
        .containsExactlyElementsOf(metAgain);
    assertThat(first.alreadyImported()).extracting(Imported::line).containsExactlyElementsOf(again);
    assertThat(first.rejected()).extracting(Problem::line).containsExactlyElementsOf(bad);
    assertThat(first.rejected()).filteredOn(problem -> problem.line() % 2 == 0).allSatisfy(problem ->
        assertThat(problem.reason()).doesNotContain("OUTSIDE_PROGRAMME_PERIOD"));
    assertThat(first.rejected()).filteredOn(problem -> problem.line() % 2 == 1)
        .allSatisfy(problem -> assertThat(problem.reason()).contains("OUTSIDE_PROGRAMME_PERIOD"));
    assertThat(storage.beneficiaries().ofProgramme(TENANT, SipaProgramme.ID)).hasSize(900);
    BeneficiaryId metTwice = first.imported().get(899).beneficiaryId(); // person 899, on line 901, met again on 902
    assertThat(first.imported().get(900)).isEqualTo(new Imported(902, metTwice, true));
    assertThat(engine.pathway(TENANT, metTwice).orElseThrow().contacts()).hasSize(2);
    assertThat(engine.attendanceRegister(TENANT, first.outreachEvents().get(0)).orElseThrow().entries()).hasSize(900);

    RegisterImport.Result second = importRegister(text.toString());

    assertThat(second.imported()).isEmpty();
    List<Long> recorded = new ArrayList<>(good);
    recorded.addAll(again);
    recorded.sort(null);
    assertThat(second.alreadyImported()).extracting(Imported::line).containsExactlyElementsOf(recorded);
    assertThat(second.rejected()).extracting(Problem::line).containsExactlyElementsOf(bad);
    assertThat(storage.beneficiaries().ofProgramme(TENANT, SipaProgramme.ID)).hasSize(900);
    assertThat(engine.pathway(TENANT, metTwice).orElseThrow().contacts()).hasSize(2);
    assertThat(engine.attendanceRegister(TENANT, first.outreachEvents().get(0)).orElseThrow().entries()).hasSize(900);
  }

  /** The name and phone of the {@code n}th person of a generated register. */
  private static String person(int n) {
    return "Person" + n + " Tester;06 " + String.format("%08d", n).replaceAll("(..)(?!$)", "$1 ") + ";";
  }

  /**
   * Issue 15's check: 10,000 rows, one in a hundred dated before the programme. Each mode lists exactly
   * the bad rows with the engine's code and field; all-or-nothing and validate-only write nothing,
   * each-on-its-own writes exactly the good rows, and sending the file again writes nothing.
   */
  @Test
  void aFileOfTenThousandRowsWithOnePerCentBadInEachMode() {
    StringBuilder text = new StringBuilder("name;phone;email;consent;date;place;channel\n");
    List<Long> bad = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      long line = i + 2;
      boolean beforeSipa = i % 100 == 37;
      if (beforeSipa) {
        bad.add(line);
      }
      String day = beforeSipa ? "2015-06-01" : LocalDate.of(2017, 1, 2).plusDays(i % 500).toString();
      text.append("Person").append(i).append(" Martin;06 ").append(String.format("%08d", i)).append(";;yes;")
          .append(day).append(";Market, Audincourt;door-to-door\n");
    }
    RegisterCsv.Register register = RegisterCsv.read(text.toString().getBytes(StandardCharsets.UTF_8), "export.csv");

    for (ImportMode mode : List.of(ImportMode.VALIDATE_ONLY, ImportMode.ALL_OR_NOTHING)) {
      RegisterImport.Result result = RegisterImport.into(engine, TENANT, SipaProgramme.ID, register, matcher, mode);
      assertThat(result.rejected()).as(mode.name()).extracting(Problem::line).isEqualTo(bad);
      assertThat(result.rejected()).allSatisfy(p -> {
        assertThat(p.code()).contains("OUTSIDE_PROGRAMME_PERIOD");
        assertThat(p.field()).isPresent();
      });
      assertThat(result.notWritten()).hasSize(9_900);
      assertThat(result.imported()).isEmpty();
      assertThat(storage.beneficiaries().ofProgramme(TENANT, SipaProgramme.ID)).as(mode.name()).isEmpty();
    }

    RegisterImport.Result each = RegisterImport.into(engine, TENANT, SipaProgramme.ID, register, matcher,
        ImportMode.EACH_ON_ITS_OWN);
    assertThat(each.rejected()).extracting(Problem::line).isEqualTo(bad);
    assertThat(each.rejected()).allSatisfy(p -> assertThat(p.code()).contains("OUTSIDE_PROGRAMME_PERIOD"));
    assertThat(each.imported()).hasSize(9_900);
    assertThat(storage.beneficiaries().ofProgramme(TENANT, SipaProgramme.ID)).hasSize(9_900);

    String before = StoreSnapshot.of(storage, TENANT);
    RegisterImport.Result again = RegisterImport.into(engine, TENANT, SipaProgramme.ID, register, matcher,
        ImportMode.EACH_ON_ITS_OWN);
    assertThat(again.imported()).isEmpty();
    assertThat(again.alreadyImported()).hasSize(9_900);
    assertThat(StoreSnapshot.of(storage, TENANT)).as("sent again: nothing written").isEqualTo(before);
  }
}

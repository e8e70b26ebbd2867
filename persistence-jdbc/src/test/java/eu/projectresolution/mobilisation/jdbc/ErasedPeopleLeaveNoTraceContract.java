package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.CaseId;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.IdentityMatcher;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.LegalBasis;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.beneficiary.SensitiveAnswer;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.OlderEvents;
import eu.projectresolution.mobilisation.contract.ProgrammeRecordsContract;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.RecordEntryStatus;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.indicator.TargetGroup;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.privacy.AccessPurpose;
import eu.projectresolution.mobilisation.privacy.ConsentPurpose;
import eu.projectresolution.mobilisation.privacy.ConsentRecord;
import eu.projectresolution.mobilisation.privacy.ErasedData;
import eu.projectresolution.mobilisation.privacy.Erasure;
import eu.projectresolution.mobilisation.privacy.ErasureGround;
import eu.projectresolution.mobilisation.privacy.PurgeReport;
import eu.projectresolution.mobilisation.privacy.Requester;
import eu.projectresolution.mobilisation.programme.PersonalDataClass;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.RetentionPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's check: after people are erased on request or purged at the end of their retention period,
 * a dump of the database (its own tool's: {@code SCRIPT} on H2, {@code pg_dump} on PostgreSQL) holds
 * none of their identifying strings, nor their special-category answers (refugee status, disability,
 * minority; also of people whose events were stored with the answers inside, before V8), nor where
 * they were met nor the time their commands were typed (pathway detail, in the events and formerly in
 * the command records), while it still holds those of the people kept, and the indicator reports (the
 * whole programme's, the refugees', the people with disabilities') are unchanged on every figure.
 */
abstract class ErasedPeopleLeaveNoTraceContract {
  private static final IdentityMatcher MATCHER =
      IdentityMatcher.withSecret("dump-test-secret-0123456789".getBytes(StandardCharsets.UTF_8));
  private static final LocalDate D = LocalDate.of(2017, 3, 14);

  protected abstract TestSchema schema();

  /** Everything the database holds in the test's schema, as its own dump tool writes it. */
  protected abstract String dump() throws Exception;

  /**
   * One person's identifying strings, none of which occurs anywhere else in the store, and the time of
   * day their commands were typed at, which no one else's were.
   */
  private record Person(BeneficiaryId id, PersonalDetails details, MatchingKey key, CaseId caseId, Instant typedAt) {
    List<String> strings() {
      return List.of(details.givenName().orElseThrow(), details.familyName().orElseThrow(), details.phone().orElseThrow(),
          details.email().orElseThrow(), details.notes().orElseThrow(), details.birthDate().orElseThrow().toString(),
          key.value(), caseId.value(), place(id));
    }

    /** As both dumps write an instant, in a column or in JSON: "09:07:17". */
    String timeTyped() {
      return typedAt.atOffset(ZoneOffset.UTC).toLocalTime().toString();
    }
  }

  /** Where the person was met, as the counsellor typed it: free text, pathway detail. */
  private static String place(BeneficiaryId id) {
    return "Hall of building " + id.toString().substring(0, 8);
  }

  private static PersonalDetails detailsOf(int n) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    return PersonalDetails.builder()
        .givenName("Maëlys" + tag)
        .familyName("Ödegaard-" + tag)
        .phone("+33 7 55 " + tag)
        .email("m." + tag + "@example.org")
        .birthDate(LocalDate.of(1950, 1, 1).plusDays(37L * n)) // no record of the programme is dated in the 1950s
        .notes("Cherche un emploi de cariste, disponible le matin " + tag)
        .build();
  }

  /**
   * Twelve people met at a Recrut'Café, with details, a matching key, a case id, a consent and a read of
   * their details; the even thirds welcomed, with answers at entry, and exited in 2017. People 6 to 11
   * are stored as an engine stored them before special-category answers were kept apart (the answers
   * inside the events). Each person's commands are typed at a time of day of their own.
   */
  @Test
  void aDumpHoldsNoneOfTheStringsOfErasedOrPurgedPeopleAndTheReportIsUnchanged() throws Exception {
    JdbcStorage storage = schema().storage();
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    TenantId tenant = Fixtures.newTenant();
    Programme sipa = Programme.builder().from(Fixtures.sipa())
        .retention(RetentionPolicy.of(RetentionPolicy.Rule.of(PersonalDataClass.IDENTITY, 12, RetentionPolicy.CountedFrom.EXIT),
            RetentionPolicy.Rule.of(PersonalDataClass.PATHWAY_DETAIL, 12, RetentionPolicy.CountedFrom.EXIT)))
        .build();
    accepted(engine.registerProgramme(tenant, sipa));
    OutreachEvent cafe = ProgrammeRecordsContract.recrutCafe(D);
    accepted(engine.recordOutreachEvent(tenant, cafe));
    // Where the people stored the old way are first recorded, to be copied with their answers put back.
    MobilisationStorage scratch = InMemoryStorage.create();
    accepted(engine(scratch, Fixtures.CLOCK.instant()).registerProgramme(tenant, sipa));
    accepted(engine(scratch, Fixtures.CLOCK.instant()).recordOutreachEvent(tenant, cafe));

    List<Person> people = new ArrayList<>();
    for (int n = 0; n < 12; n++) {
      boolean older = n >= 6;
      PersonalDetails details = detailsOf(n);
      MatchingKey key = MATCHER.keyOf(details).orElseThrow();
      BeneficiaryId id = BeneficiaryId.random();
      Instant typedAt = LocalDate.of(2017, 4, 1).atTime(9, n, 17).toInstant(ZoneOffset.UTC);
      MobilisationEngine typing = engine(older ? scratch : storage, typedAt);
      accepted(typing.capture(tenant, Capture.builder().from(Fixtures.capture(id, D))
          .profile(Profile.builder().from(Fixtures.youngWoman()).refugee(true).build())
          .contact(Contact.builder().from(Fixtures.doorToDoor(D)).channel(CaptureChannel.OUTREACH_EVENT)
              .outreachEvent(cafe.id()).place(place(id)).build())
          .personalDetails(details).matchingKey(key).build()));
      if (n % 3 != 2) { // people 0, 1, 3, 4, 6, 7, 9 and 10 exit in 2017; 2, 5, 8 and 11 stay
        accepted(typing.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_AUDINCOURT).occurredOn(D).build()));
        accepted(typing.recordEntryStatus(tenant, RecordEntryStatus.builder().beneficiaryId(id).occurredOn(D)
            .entryStatus(EntryStatus.builder().labourMarketStatus(LabourMarketStatus.LONG_TERM_UNEMPLOYED)
                .disability(SensitiveAnswer.yes(LegalBasis.EXPLICIT_CONSENT)).minority(SensitiveAnswer.no(LegalBasis.EXPLICIT_CONSENT))
                .build()).build()));
        accepted(typing.orient(tenant, Orient.builder().beneficiaryId(id).occurredOn(D).orientation(Orientation.DIRECT_REFERRAL).build()));
        accepted(typing.recordExit(tenant, RecordExit.builder().beneficiaryId(id).occurredOn(D.plusDays(n))
            .reason(ExitReason.MAINSTREAM_SCHEME).situation(Situation.builder().employed(n % 2 == 0).build()).build()));
      }
      if (older) {
        OlderEvents.copy(scratch, tenant, storage, tenant, id, Optional.of(details), Optional.of(key));
      }
      accepted(engine.recordConsent(tenant, ConsentRecord.given(id, ConsentPurpose.recontact(), D, "c.martin")));
      engine.personalDetails(tenant, id, "c.martin", AccessPurpose.CONTACT_THE_PERSON);
      CaseId caseId = CaseId.of("partner-case-" + UUID.randomUUID());
      storage.personalData().putCaseId(tenant, id, caseId);
      people.add(new Person(id, details, key, caseId, typedAt));
    }
    List<IndicatorReport> before = reports(engine, tenant);
    String dumpBefore = dump();
    people.forEach(p -> assertThat(dumpBefore).as("the dump holds the details before").contains(p.strings()));
    people.forEach(p -> assertThat(dumpBefore).as("the dump holds the time typed before").contains(p.timeTyped()));
    people.forEach(p -> assertThat(specialCategoryValues(dumpBefore, p.id())).as("the dump holds the answers before")
        .isNotEmpty());
    assertThat(specialCategoryValues(dumpBefore, people.get(6).id())).as("inside the older events")
        .anyMatch(line -> line.contains("\"refugee\":true") && line.contains("captured"));

    // People 2 and 8 (who did not exit) ask to be erased; the exited ones are purged a year after their exit.
    for (Person asked : List.of(people.get(2), people.get(8))) {
      accepted(engine.erase(tenant, Erasure.builder().beneficiaryId(asked.id()).requester(Requester.THE_PERSON)
          .ground(ErasureGround.OBJECTION).requestedOn(Fixtures.CLOCK.instant().atZone(Fixtures.CLOCK.getZone()).toLocalDate())
          .recordedBy("c.martin").build()));
    }
    ZoneId paris = ZoneId.of("Europe/Paris");
    Clock ayearLater = Clock.fixed(D.plusDays(20).plusMonths(12).atStartOfDay(paris).toInstant(), paris);
    PurgeReport purge = MobilisationEngine.builder().storage(storage).clock(ayearLater).build().purge(tenant, "nightly-purge");
    List<Person> gone = new ArrayList<>(List.of(people.get(2), people.get(8)));
    people.stream().filter(p -> people.indexOf(p) % 3 != 2).forEach(gone::add);
    assertThat(purge.purged()).extracting(PurgeReport.Purged::beneficiaryId)
        .containsExactlyInAnyOrderElementsOf(gone.subList(2, gone.size()).stream().map(Person::id).toList());
    List<Person> kept = List.of(people.get(5), people.get(11));

    String dumpAfter = dump();
    for (Person erased : gone) {
      for (String string : erased.strings()) {
        assertThat(dumpAfter).as("the dump after erasure holds no string of beneficiary " + erased.id()).doesNotContain(string);
      }
      assertThat(dumpAfter).as("nor the time their commands were typed").doesNotContain(erased.timeTyped());
      assertThat(specialCategoryValues(dumpAfter, erased.id()))
          .as("the dump after erasure holds no special-category answer of beneficiary " + erased.id()).isEmpty();
      assertThat(engine.erasures(tenant, erased.id())).as("the audit record names what was erased").singleElement()
          .satisfies(r -> assertThat(r.erased()).contains(ErasedData.IDENTITY, ErasedData.SPECIAL_CATEGORY_ANSWERS,
              ErasedData.PATHWAY_DETAIL));
    }
    for (Person person : kept) {
      assertThat(dumpAfter).as("the person kept").contains(person.strings()).contains(person.timeTyped());
      assertThat(specialCategoryValues(dumpAfter, person.id())).as("the answers of the person kept").isNotEmpty();
    }
    assertThat(dumpAfter).as("the erasure records are in the dump").contains("RETENTION_PERIOD_ENDED", "OBJECTION");
    assertThat(reports(engine, tenant)).isEqualTo(before);
    assertThat(engine.attendanceRegister(tenant, cafe.id()).orElseThrow().entries()).hasSize(12);
  }

  private static MobilisationEngine engine(MobilisationStorage storage, Instant now) {
    return MobilisationEngine.builder().storage(storage).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
  }

  /** The whole programme's report and those of the groups that count special-category answers. */
  private static List<IndicatorReport> reports(MobilisationEngine engine, TenantId tenant) {
    List<IndicatorReport> reports = new ArrayList<>();
    reports.add(engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow());
    for (TargetGroup group : List.of(TargetGroup.REFUGEES, TargetGroup.PEOPLE_WITH_DISABILITIES)) {
      reports.add(engine.indicatorReport(tenant, ReportScope.builder().programmeId(Fixtures.SIPA).targetGroup(group).build())
          .orElseThrow());
    }
    assertThat(reports.get(1).value("funnel.captured")).as("refugees counted").isPositive();
    return reports;
  }

  /**
   * The lines of the dump (a row each, in both tools' formats) that name the person and hold a
   * special-category value: an answer, its lawful basis, or a refugee status in a profile. The events
   * name the categories answered, which says nothing of the answers.
   */
  private static List<String> specialCategoryValues(String dump, BeneficiaryId person) {
    return dump.lines()
        .filter(line -> line.contains(person.toString()))
        .filter(line -> line.contains("\"answer\"") || line.contains("EXPLICIT_CONSENT") || line.contains("LEGAL_OBLIGATION")
            || line.contains("\"refugee\":true"))
        .toList();
  }

  private static void accepted(CommandResult result) {
    assertThat(result.refusal()).as("refusal").isEmpty();
  }
}

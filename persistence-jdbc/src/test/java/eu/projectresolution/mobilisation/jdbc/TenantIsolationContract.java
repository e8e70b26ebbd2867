package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.PathwaysContract;
import eu.projectresolution.mobilisation.contract.ProgrammeRecordsContract;
import eu.projectresolution.mobilisation.contract.StoreSnapshot;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.TallyCount;
import eu.projectresolution.mobilisation.practice.Initiative;
import eu.projectresolution.mobilisation.practice.LocalizedText;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.PracticeSheetId;
import eu.projectresolution.mobilisation.practice.PracticeSheetQuery;
import eu.projectresolution.mobilisation.practice.PracticeSheetVersion;
import eu.projectresolution.mobilisation.practice.SipaPracticeSheet;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Tenant B, using the very ids of tenant A's records, calls every method of every port (practice
 * sheets and indicator sources, their counts included): it never
 * reads any of A's records, and nothing it writes, replaces or erases changes what A sees. The
 * records carry random Unicode text (every plane, no NUL), which also comes back unchanged.
 */
abstract class TenantIsolationContract {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);
  private static final PracticeSheet SIPA_SHEET = SipaPracticeSheet.load();

  protected abstract MobilisationStorage storage();

  /** Text of 1 to 40 code points from every Unicode plane, without NUL or lone surrogates. */
  static Gen<String> unicodeText() {
    return lists().of(integers().between(1, 0x10FFFF)).ofSizeBetween(1, 40)
        .map(points -> "t" + points.stream()
            .map(p -> p >= 0xD800 && p <= 0xDFFF ? p + 0x800 : p) // surrogates are not characters
            .map(Character::toString)
            .collect(Collectors.joining()));
  }

  /** One tenant's records of every kind, with the given text and number of appends. */
  record Records(
      Programme programme,
      OutreachEvent outreachEvent,
      CollaborativeAction action,
      SiteEvent siteEvent,
      BeneficiaryId beneficiary,
      List<List<PathwayEvent>> appends,
      PersonalDetails details,
      PracticeSheet sheet) {

    static Records of(String text, int appends) {
      Programme programme =
          Programme.builder().from(Fixtures.sipa()).id(ProgrammeId.of("programme-" + Math.abs(text.hashCode()))).name(text)
              .build();
      OutreachEvent cafe =
          OutreachEvent.builder().from(ProgrammeRecordsContract.recrutCafe(D)).programmeId(programme.id()).title(text).build();
      CollaborativeAction action =
          CollaborativeAction.builder().id(CollaborativeActionId.random()).programmeId(programme.id()).title(text).date(D).build();
      SiteEvent siteEvent =
          SiteEvent.builder().id(SiteEventId.random()).programmeId(programme.id()).siteId(Fixtures.SITE_MONTBELIARD)
              .title(text).date(D).build();
      BeneficiaryId beneficiary = BeneficiaryId.random();
      Contact atCafe =
          Contact.builder().on(D).channel(CaptureChannel.OUTREACH_EVENT).outreachEvent(cafe.id()).place(text)
              .staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR).build();
      List<List<PathwayEvent>> all = new ArrayList<>();
      all.add(List.of(PathwayEvents.Captured.of(
          PathwaysContract.header(beneficiary, 1, CommandId.random(), Stage.CAPTURED, D), programme.id(),
          Fixtures.youngWoman(), atCafe)));
      for (int version = 2; version <= appends + 1; version++) {
        all.add(List.of(PathwayEvents.SatisfactionRecorded.of(
            PathwaysContract.header(beneficiary, version, CommandId.random(), Stage.CAPTURED, D),
            SatisfactionResponse.of(version % 2 == 0, 1 + version % 5))));
      }
      PersonalDetails details = PersonalDetails.builder().givenName(text).notes(text).build();
      return new Records(programme, cafe, action, siteEvent, beneficiary, List.copyOf(all), details,
          retitled(PracticeSheet.builder().from(SIPA_SHEET).id(PracticeSheetId.of(programme.id().value())).build(), text));
    }

    static PracticeSheet retitled(PracticeSheet sheet, String title) {
      Initiative.Builder initiative = Initiative.builder();
      initiative.from(sheet.initiative()).title(LocalizedText.fr(title));
      return PracticeSheet.builder().from(sheet).initiative(initiative.build()).build();
    }

    /** The same ids and command ids, other contents: what tenant B writes. */
    Records forAnotherTenant() {
      return new Records(
          Programme.builder().from(programme).name("B's " + programme.name()).build(),
          OutreachEvent.builder().from(outreachEvent).title("B's").build(),
          CollaborativeAction.builder().from(action).title("B's").build(),
          SiteEvent.builder().from(siteEvent).title("B's").build(),
          beneficiary,
          appends,
          PersonalDetails.builder().givenName("B's").build(),
          retitled(sheet, "B's"));
    }

    void addTo(MobilisationStorage storage, TenantId tenant) {
      assertThat(storage.programmes().add(tenant, programme)).isTrue();
      assertThat(storage.outreachEvents().add(tenant, outreachEvent)).isTrue();
      assertThat(storage.collaborativeActions().add(tenant, action)).isTrue();
      assertThat(storage.siteEvents().add(tenant, siteEvent)).isTrue();
      // The capture with the person's details, in one step; then the other appends.
      storage.pathways().appendCapture(tenant, beneficiary, appends.get(0), details);
      long version = appends.get(0).size();
      for (List<PathwayEvent> append : appends.subList(1, appends.size())) {
        storage.pathways().append(tenant, beneficiary, ExpectedVersion.atVersion(version), append);
        version += append.size();
      }
      assertThat(storage.practiceSheets().add(tenant, sheet).version()).isEqualTo(1);
      assertThat(storage.practiceSheets().replace(tenant, sheet, 1).version()).isEqualTo(2);
    }

    /** Everything tenant {@code tenant} sees of these records, through every read method. */
    String seenBy(MobilisationStorage storage, TenantId tenant) {
      return StoreSnapshot.of(storage, tenant)
          + storage.programmes().find(tenant, programme.id())
          + storage.outreachEvents().find(tenant, outreachEvent.id())
          + storage.collaborativeActions().find(tenant, action.id())
          + storage.siteEvents().find(tenant, siteEvent.id())
          + storage.pathways().events(tenant, beneficiary)
          + appends.stream().map(a -> storage.pathways().eventsOfCommand(tenant, a.get(0).header().commandId())).toList()
          + storage.beneficiaries().find(tenant, beneficiary)
          + storage.beneficiaries().inStage(tenant, programme.id(), Stage.CAPTURED)
          + storage.beneficiaries().attendance(tenant, outreachEvent.id())
          + storage.indicatorSources().programme(tenant, programme.id())
          + storage.indicatorSources().outreachEvents(tenant, programme.id())
          + storage.indicatorSources().collaborativeActions(tenant, programme.id())
          + storage.indicatorSources().siteEvents(tenant, programme.id())
          + storage.indicatorSources().tallies(tenant, programme.id(), Period.of(Fixtures.START, Fixtures.END),
              Optional.empty(), Optional.empty())
          + storage.indicatorSources().factsNotUnder(tenant, programme.id(), "", Optional.empty(), 10)
          + storage.personalData().find(tenant, beneficiary)
          + storage.practiceSheets().latest(tenant, sheet.id())
          + storage.practiceSheets().version(tenant, sheet.id(), 1)
          + storage.practiceSheets().versions(tenant, sheet.id())
          + storage.practiceSheets().list(tenant)
          + storage.practiceSheets().find(tenant, PracticeSheetQuery.builder().text(sheet.title(Language.FRENCH)).build());
    }
  }

  @Test
  void anotherTenantNeverReadsOrChangesARecordEvenWithItsIds() {
    MobilisationStorage storage = storage();
    qt().withExamples(20)
        .forAll(unicodeText(), integers().between(0, 4))
        .checkAssert(
            (text, appends) -> {
              TenantId a = Fixtures.newTenant();
              TenantId b = Fixtures.newTenant();
              Records ofA = Records.of(text, appends);
              String nothing = ofA.seenBy(storage, a);
              ofA.addTo(storage, a);
              String seenByA = ofA.seenBy(storage, a);

              assertThat(ofA.seenBy(storage, b)).as("what B sees of A's records").isEqualTo(nothing);
              Records ofB = ofA.forAnotherTenant();
              assertThat(storage.programmes().replace(b, ofB.programme())).isFalse();
              assertThat(storage.personalData().erase(b, ofA.beneficiary())).isFalse();
              assertThatThrownBy(() -> storage.practiceSheets().replace(b, ofB.sheet(), 2))
                  .isInstanceOfSatisfying(VersionConflict.class, c -> assertThat(c.actualVersion()).isZero());
              ofB.addTo(storage, b);
              assertThat(storage.programmes().replace(b, ofB.programme())).isTrue();
              storage.personalData().put(b, ofB.beneficiary(), ofB.details());
              String seenByB = ofB.seenBy(storage, b);
              assertThat(storage.personalData().erase(b, ofB.beneficiary())).isTrue();

              assertThat(ofA.seenBy(storage, a)).as("what A sees after B's writes").isEqualTo(seenByA);
              assertThat(seenByB).isNotEqualTo(seenByA);
              assertThat(storage.programmes().find(a, ofA.programme().id())).contains(ofA.programme());
              assertThat(storage.programmes().find(b, ofA.programme().id())).contains(ofB.programme());
              assertThat(storage.outreachEvents().find(a, ofA.outreachEvent().id())).contains(ofA.outreachEvent());
              assertThat(storage.collaborativeActions().find(a, ofA.action().id())).contains(ofA.action());
              assertThat(storage.siteEvents().find(a, ofA.siteEvent().id())).contains(ofA.siteEvent());
              assertThat(storage.pathways().events(a, ofA.beneficiary()))
                  .containsExactlyElementsOf(ofA.appends().stream().flatMap(List::stream).toList());
              assertThat(storage.indicatorSources().tallies(a, ofA.programme().id(),
                      Period.of(Fixtures.START, Fixtures.END), Optional.empty(), Optional.empty()))
                  .as("A's one person, whatever B wrote").extracting(TallyCount::people).containsExactly(1L);
              assertThat(storage.personalData().find(a, ofA.beneficiary())).contains(ofA.details());
              assertThat(storage.personalData().find(b, ofA.beneficiary())).isEmpty();
              assertThat(storage.practiceSheets().versions(a, ofA.sheet().id())).extracting(PracticeSheetVersion::sheet)
                  .containsExactly(ofA.sheet(), ofA.sheet());
            });
  }
}

package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.CommandAlreadyRecorded;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EducationLevel;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.LegalBasis;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.beneficiary.SensitiveAnswer;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.indicator.IndicatorFacts;
import eu.projectresolution.mobilisation.outcome.OutcomeRules;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentId;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.ContractType;
import eu.projectresolution.mobilisation.pathway.Employment;
import eu.projectresolution.mobilisation.pathway.EventHeader;
import eu.projectresolution.mobilisation.pathway.ExitCircumstance;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.Beneficiaries;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.port.PersonFacts;
import eu.projectresolution.mobilisation.port.PersonalData;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link Pathways} and {@link Beneficiaries} must do: append-only streams with
 * expected versions and command ids, and a projection that moves with every append, atomically.
 */
public abstract class PathwaysContract {
  private static final LocalDate DAY = LocalDate.of(2017, 3, 14);

  private Pathways pathways;
  private Beneficiaries beneficiaries;
  private TenantId tenant;

  protected abstract MobilisationStorage storage();

  @BeforeEach
  void setUpPathways() {
    pathways = storage().pathways();
    beneficiaries = storage().beneficiaries();
    tenant = Fixtures.newTenant();
  }

  /** A header for a test event. */
  public static EventHeader header(BeneficiaryId id, long version, CommandId command, Stage stage, LocalDate on) {
    return EventHeader.builder()
        .beneficiaryId(id)
        .version(version)
        .commandId(command)
        .recordedAt(Instant.parse("2019-09-01T08:00:00Z").plusSeconds(version))
        .occurredOn(on)
        .actor(StaffRole.RESIDENT_LIAISON_COUNSELLOR)
        .stage(stage)
        .build();
  }

  public static PathwayEvent captured(BeneficiaryId id, CommandId command, Contact contact) {
    return PathwayEvents.Captured.of(
        header(id, 1, command, Stage.CAPTURED, contact.on()), Fixtures.SIPA, Fixtures.youngWoman(), contact);
  }

  private void capture(BeneficiaryId id) {
    pathways.append(tenant, id, ExpectedVersion.noStream(), List.of(captured(id, CommandId.random(), Fixtures.doorToDoor(DAY))));
  }

  @Test
  void appendsAndReadsEventsInVersionOrder() {
    BeneficiaryId id = BeneficiaryId.random();
    CommandId welcome = CommandId.random();
    PathwayEvent capturedEvent = captured(id, CommandId.random(), Fixtures.doorToDoor(DAY));
    PathwayEvent welcomed =
        PathwayEvents.Welcomed.of(
            header(id, 2, welcome, Stage.WELCOMED, DAY.plusDays(2)),
            Fixtures.SITE_MONTBELIARD,
            java.util.Optional.of(Situation.builder().jobSearching(true).build()));
    PathwayEvent satisfied =
        PathwayEvents.SatisfactionRecorded.of(
            header(id, 3, welcome, Stage.WELCOMED, DAY.plusDays(2)), SatisfactionResponse.of(true, 5));

    pathways.append(tenant, id, ExpectedVersion.noStream(), List.of(capturedEvent));
    pathways.append(tenant, id, ExpectedVersion.exactly(1), List.of(welcomed, satisfied));

    assertThat(pathways.events(tenant, id)).containsExactly(capturedEvent, welcomed, satisfied);
    assertThat(pathways.eventsOfCommand(tenant, welcome)).containsExactly(welcomed, satisfied);
    assertThat(pathways.events(tenant, BeneficiaryId.random())).isEmpty();
    assertThat(pathways.eventsOfCommand(tenant, CommandId.random())).isEmpty();
  }

  @Test
  void storesEveryKindOfEventUnchanged() {
    BeneficiaryId id = BeneficiaryId.random();
    CommandId command = CommandId.random();
    OutreachEventId cafe = OutreachEventId.random();
    Contact atCafe =
        Contact.builder().on(DAY).channel(CaptureChannel.OUTREACH_EVENT).outreachEvent(cafe)
            .staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR).partner(Fixtures.TEMP_AGENCY).build();
    ReferralId referral = ReferralId.random();
    Situation atExit =
        Situation.builder().registeredWithPublicEmploymentService(true).memberOfLocalAssociation(true).build();
    List<PathwayEvent> all =
        List.of(
            captured(id, command, Fixtures.doorToDoor(DAY)),
            PathwayEvents.ContactRecorded.of(header(id, 2, command, Stage.CAPTURED, DAY), atCafe),
            PathwayEvents.Welcomed.of(header(id, 3, command, Stage.WELCOMED, DAY), Fixtures.SITE_AUDINCOURT, java.util.Optional.empty()),
            PathwayEvents.Oriented.of(header(id, 4, command, Stage.ORIENTED, DAY), Orientation.ADAPTED_ACCOMPANIMENT),
            PathwayEvents.AccompanimentStarted.of(header(id, 5, command, Stage.ACCOMPANIED, DAY)),
            PathwayEvents.AppointmentRecorded.of(header(id, 6, command, Stage.ACCOMPANIED, DAY),
                Appointment.of(AppointmentId.random(), DAY, AppointmentStatus.ATTENDED)),
            PathwayEvents.Referred.of(header(id, 7, command, Stage.REFERRED, DAY), referral, Fixtures.PES_REGISTRATION),
            PathwayEvents.ReferralStatusRecorded.of(header(id, 8, command, Stage.REFERRED, DAY), referral, ReferralStatus.STARTED),
            PathwayEvents.SatisfactionRecorded.of(header(id, 9, command, Stage.REFERRED, DAY), SatisfactionResponse.of(false)),
            PathwayEvents.SituationObserved.of(header(id, 10, command, Stage.REFERRED, DAY), atExit),
            PathwayEvents.ProfileUpdated.of(header(id, 11, command, Stage.REFERRED, DAY),
                Profile.builder().gender(Gender.NON_BINARY).birthYear(1990).refugee(true).build()),
            PathwayEvents.Exited.of(header(id, 12, command, Stage.EXITED, DAY), ExitReason.MAINSTREAM_SCHEME, atExit),
            PathwayEvents.ContactLost.of(header(id, 13, command, Stage.LOST_CONTACT, DAY)),
            PathwayEvents.DroppedOut.of(header(id, 14, command, Stage.DROPPED_OUT, DAY)),
            PathwayEvents.EntryStatusRecorded.of(header(id, 15, command, Stage.DROPPED_OUT, DAY),
                EntryStatus.builder().labourMarketStatus(LabourMarketStatus.LONG_TERM_UNEMPLOYED)
                    .educationLevel(EducationLevel.ISCED_3_4)
                    .disability(SensitiveAnswer.yes(LegalBasis.EXPLICIT_CONSENT))
                    .minority(SensitiveAnswer.declined()).build()),
            PathwayEvents.Exited.of(header(id, 16, command, Stage.EXITED, DAY), ExitReason.PERSONAL_REASONS, atExit,
                java.util.Optional.of(ExitCircumstance.LONG_ILLNESS)),
            PathwayEvents.FollowUpRecorded.of(header(id, 17, command, Stage.EXITED, DAY), DAY,
                FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(DAY).inEducationOrTraining(true)
                    .qualifyingTraining(true).employment(Employment.of(ContractType.FIXED_TERM, 4)).build()));

    pathways.append(tenant, id, ExpectedVersion.noStream(), all);

    assertThat(pathways.events(tenant, id)).containsExactlyElementsOf(all);
  }

  @Test
  void refusesAStaleExpectedVersionWithBothVersionsAndWritesNothing() {
    BeneficiaryId id = BeneficiaryId.random();
    capture(id);
    PathwayEvent welcomed =
        PathwayEvents.Welcomed.of(header(id, 2, CommandId.random(), Stage.WELCOMED, DAY), Fixtures.SITE_MONTBELIARD, java.util.Optional.empty());
    pathways.append(tenant, id, ExpectedVersion.exactly(1), List.of(welcomed));
    List<PathwayEvent> before = pathways.events(tenant, id);
    BeneficiarySummary summaryBefore = beneficiaries.find(tenant, id).orElseThrow();

    PathwayEvent stale =
        PathwayEvents.Oriented.of(header(id, 2, CommandId.random(), Stage.ORIENTED, DAY), Orientation.DIRECT_REFERRAL);

    assertThatThrownBy(() -> pathways.append(tenant, id, ExpectedVersion.exactly(1), List.of(stale)))
        .isInstanceOfSatisfying(
            VersionConflict.class,
            conflict -> {
              assertThat(conflict.recordId()).isEqualTo(id.toString());
              assertThat(conflict.expectedVersion()).isEqualTo(1);
              assertThat(conflict.actualVersion()).isEqualTo(2);
            });
    assertThat(pathways.events(tenant, id)).isEqualTo(before);
    assertThat(beneficiaries.find(tenant, id)).contains(summaryBefore);
    assertThat(pathways.eventsOfCommand(tenant, stale.header().commandId())).isEmpty();
  }

  @Test
  void refusesASecondStreamStartForTheSameBeneficiary() {
    BeneficiaryId id = BeneficiaryId.random();
    capture(id);

    assertThatThrownBy(() -> capture(id)).isInstanceOf(VersionConflict.class);
    assertThat(pathways.events(tenant, id)).hasSize(1);
  }

  @Test
  void refusesARecordedCommandIdAndWritesNothing() {
    BeneficiaryId id = BeneficiaryId.random();
    CommandId command = CommandId.random();
    pathways.append(tenant, id, ExpectedVersion.noStream(), List.of(captured(id, command, Fixtures.doorToDoor(DAY))));
    BeneficiaryId other = BeneficiaryId.random();

    assertThatThrownBy(
            () -> pathways.append(tenant, other, ExpectedVersion.noStream(), List.of(captured(other, command, Fixtures.doorToDoor(DAY)))))
        .isInstanceOf(CommandAlreadyRecorded.class);
    assertThat(pathways.events(tenant, other)).isEmpty();
    assertThat(beneficiaries.find(tenant, other)).isEmpty();
  }

  @Test
  void keepsACapturesMatchingKeyWithItsDetailsAndWritesNothingWhenAnotherPersonHoldsIt() {
    PersonalData personalData = storage().personalData();
    BeneficiaryId id = BeneficiaryId.random();
    PersonalDetails amina = PersonalDetails.builder().givenName("Amina").phone("+33 6 12 34 56 78").build();
    MatchingKey key = MatchingKey.of("ab".repeat(32));

    pathways.appendCapture(tenant, id, List.of(captured(id, CommandId.random(), Fixtures.doorToDoor(DAY))), amina,
        Optional.of(key));

    assertThat(personalData.findByMatchingKey(tenant, key)).contains(id);
    assertThat(personalData.find(tenant, id)).contains(amina);

    BeneficiaryId twin = BeneficiaryId.random();
    assertThatThrownBy(() -> pathways.appendCapture(tenant, twin,
            List.of(captured(twin, CommandId.random(), Fixtures.doorToDoor(DAY))), amina, Optional.of(key)))
        .as("a capture under a key another person holds").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(id.toString());
    assertThat(pathways.events(tenant, twin)).isEmpty();
    assertThat(beneficiaries.find(tenant, twin)).isEmpty();
    assertThat(personalData.find(tenant, twin)).isEmpty();
    assertThat(personalData.findByMatchingKey(tenant, key)).contains(id);
  }

  @Test
  void keepsTheMatchingKeysOfABatchsCapturesAndWritesNothingOfABatchGivingOneKeyToTwoPeople() {
    PersonalData personalData = storage().personalData();
    PersonalDetails amina = PersonalDetails.builder().givenName("Amina").phone("+33 6 12 34 56 78").build();
    MatchingKey key = MatchingKey.of("cd".repeat(32));
    BeneficiaryId id = BeneficiaryId.random();
    BeneficiaryId twin = BeneficiaryId.random();

    assertThatThrownBy(() -> pathways.appendAll(tenant, List.of(
            Pathways.Append.capture(id, List.of(captured(id, CommandId.random(), Fixtures.doorToDoor(DAY))), amina,
                Optional.of(key)),
            Pathways.Append.capture(twin, List.of(captured(twin, CommandId.random(), Fixtures.doorToDoor(DAY))), amina,
                Optional.of(key)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same matching key");
    assertThat(pathways.events(tenant, id)).isEmpty();
    assertThat(personalData.findByMatchingKey(tenant, key)).isEmpty();

    pathways.appendAll(tenant, List.of(
        Pathways.Append.capture(id, List.of(captured(id, CommandId.random(), Fixtures.doorToDoor(DAY))), amina,
            Optional.of(key))));
    assertThat(personalData.findByMatchingKey(tenant, key)).contains(id);
    assertThatThrownBy(() -> pathways.appendAll(tenant, List.of(
            Pathways.Append.capture(twin, List.of(captured(twin, CommandId.random(), Fixtures.doorToDoor(DAY))), amina,
                Optional.of(key)))))
        .as("a key another person of the store holds").isInstanceOf(IllegalArgumentException.class);
    assertThat(pathways.events(tenant, twin)).isEmpty();
    assertThat(personalData.find(tenant, twin)).isEmpty();
  }

  @Test
  void capturesWithThePersonsDetailsBothOrNeither() {
    PersonalData personalData = storage().personalData();
    BeneficiaryId id = BeneficiaryId.random();
    PersonalDetails amina = PersonalDetails.builder().givenName("Amina").phone("+33 6 12 34 56 78").build();
    CommandId command = CommandId.random();
    PathwayEvent capturedEvent = captured(id, command, Fixtures.doorToDoor(DAY));

    pathways.appendCapture(tenant, id, List.of(capturedEvent), amina);

    assertThat(pathways.events(tenant, id)).containsExactly(capturedEvent);
    assertThat(personalData.find(tenant, id)).contains(amina);
    assertThat(beneficiaries.find(tenant, id)).isPresent();

    PersonalDetails other = PersonalDetails.builder().givenName("Someone else").build();
    assertThatThrownBy(() -> pathways.appendCapture(tenant, id, List.of(captured(id, CommandId.random(), Fixtures.doorToDoor(DAY))), other))
        .as("a second capture of the same person").isInstanceOf(VersionConflict.class);
    BeneficiaryId stranger = BeneficiaryId.random();
    assertThatThrownBy(() -> pathways.appendCapture(tenant, stranger, List.of(captured(stranger, command, Fixtures.doorToDoor(DAY))), other))
        .as("a capture under a recorded command id").isInstanceOf(CommandAlreadyRecorded.class);
    assertThatThrownBy(() -> pathways.appendCapture(tenant, stranger, List.of(), other))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(personalData.find(tenant, id)).as("details of a refused capture are not written").contains(amina);
    assertThat(personalData.find(tenant, stranger)).isEmpty();
    assertThat(pathways.events(tenant, stranger)).isEmpty();
  }

  @Test
  void rejectsMalformedAppends() {
    BeneficiaryId id = BeneficiaryId.random();
    CommandId command = CommandId.random();
    PathwayEvent notACapture = PathwayEvents.ContactLost.of(header(id, 1, command, Stage.LOST_CONTACT, DAY));
    PathwayEvent gap = PathwayEvents.ContactLost.of(header(id, 3, command, Stage.LOST_CONTACT, DAY));

    assertThatThrownBy(() -> pathways.append(tenant, id, ExpectedVersion.noStream(), List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pathways.append(tenant, id, ExpectedVersion.noStream(), List.of(notACapture)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pathways.append(tenant, id, ExpectedVersion.noStream(), List.of(captured(id, command, Fixtures.doorToDoor(DAY)), gap)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pathways.append(tenant, BeneficiaryId.random(), ExpectedVersion.noStream(), List.of(captured(id, command, Fixtures.doorToDoor(DAY)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pathways.append(tenant, id, ExpectedVersion.any(), List.of(captured(id, command, Fixtures.doorToDoor(DAY)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not any()");
    assertThat(pathways.events(tenant, id)).isEmpty();
  }

  @Test
  void projectsEachAppendIntoTheBeneficiarySummary() {
    BeneficiaryId id = BeneficiaryId.random();
    capture(id);
    Profile corrected = Profile.builder().from(Fixtures.youngWoman()).longTermUnemployed(true).build();
    pathways.append(
        tenant,
        id,
        ExpectedVersion.exactly(1),
        List.of(
            PathwayEvents.Welcomed.of(header(id, 2, CommandId.random(), Stage.WELCOMED, DAY.plusDays(3)),
                Fixtures.SITE_MONTBELIARD, java.util.Optional.empty())));
    pathways.append(
        tenant, id, ExpectedVersion.exactly(2),
        List.of(PathwayEvents.ProfileUpdated.of(header(id, 3, CommandId.random(), Stage.WELCOMED, DAY.plusDays(4)), corrected)));

    BeneficiarySummary summary = beneficiaries.find(tenant, id).orElseThrow();

    assertThat(summary.programmeId()).isEqualTo(Fixtures.SIPA);
    assertThat(summary.stage()).isEqualTo(Stage.WELCOMED);
    assertThat(summary.version()).isEqualTo(3);
    assertThat(summary.profile()).isEqualTo(corrected);
    assertThat(summary.capturedOn()).isEqualTo(DAY);
    assertThat(summary.lastEventOn()).isEqualTo(DAY.plusDays(4));
  }

  @Test
  void countsAndListsTheProgrammesBeneficiariesByStage() {
    BeneficiaryId first = BeneficiaryId.random();
    BeneficiaryId second = BeneficiaryId.random();
    BeneficiaryId third = BeneficiaryId.random();
    capture(first);
    capture(second);
    capture(third);
    pathways.append(tenant, second, ExpectedVersion.exactly(1),
        List.of(PathwayEvents.Welcomed.of(header(second, 2, CommandId.random(), Stage.WELCOMED, DAY),
            Fixtures.SITE_MONTBELIARD, java.util.Optional.empty())));

    assertThat(beneficiaries.countByStage(tenant, Fixtures.SIPA))
        .isEqualTo(Map.of(Stage.CAPTURED, 2L, Stage.WELCOMED, 1L));
    assertThat(beneficiaries.inStage(tenant, Fixtures.SIPA, Stage.CAPTURED))
        .containsExactlyElementsOf(
            java.util.stream.Stream.of(first, third).sorted(java.util.Comparator.comparing(BeneficiaryId::value)).toList());
    assertThat(beneficiaries.inStage(tenant, Fixtures.SIPA, Stage.EXITED)).isEmpty();
    assertThat(beneficiaries.ofProgramme(tenant, Fixtures.SIPA)).extracting(BeneficiarySummary::beneficiaryId)
        .containsExactlyInAnyOrder(first, second, third);
  }

  @Test
  void buildsAttendanceFromContactsMadeAtAnOutreachEvent() {
    OutreachEventId cafe = OutreachEventId.random();
    BeneficiaryId newcomer = BeneficiaryId.random();
    BeneficiaryId known = BeneficiaryId.random();
    Contact atCafe =
        Contact.builder().on(DAY).channel(CaptureChannel.OUTREACH_EVENT).outreachEvent(cafe)
            .staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR).consentToRecontact(true).build();
    capture(known);
    pathways.append(tenant, newcomer, ExpectedVersion.noStream(), List.of(captured(newcomer, CommandId.random(), atCafe)));
    Contact againAtCafe = Contact.builder().from(atCafe).consentToRecontact(false).build();
    pathways.append(tenant, known, ExpectedVersion.exactly(1),
        List.of(PathwayEvents.ContactRecorded.of(header(known, 2, CommandId.random(), Stage.CAPTURED, DAY), againAtCafe)));

    assertThat(beneficiaries.attendance(tenant, cafe))
        .extracting(e -> e.beneficiaryId(), e -> e.contact())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(newcomer, atCafe),
            org.assertj.core.groups.Tuple.tuple(known, againAtCafe));
    assertThat(beneficiaries.attendance(tenant, OutreachEventId.random())).isEmpty();
  }

  @Test
  void neverShowsOrChangesAnotherTenantsPathways() {
    TenantId other = Fixtures.newTenant();
    BeneficiaryId id = BeneficiaryId.random();
    CommandId command = CommandId.random();
    pathways.append(tenant, id, ExpectedVersion.noStream(), List.of(captured(id, command, Fixtures.doorToDoor(DAY))));

    assertThat(pathways.events(other, id)).isEmpty();
    assertThat(pathways.eventsOfCommand(other, command)).isEmpty();
    assertThat(beneficiaries.find(other, id)).isEmpty();
    assertThat(beneficiaries.ofProgramme(other, Fixtures.SIPA)).isEmpty();
    assertThat(beneficiaries.countByStage(other, Fixtures.SIPA)).isEmpty();

    // The same ids in another tenant are another person and another command.
    pathways.append(other, id, ExpectedVersion.noStream(), List.of(captured(id, command, Fixtures.doorToDoor(DAY.plusDays(1)))));
    assertThat(pathways.events(tenant, id)).singleElement()
        .satisfies(e -> assertThat(e.header().occurredOn()).isEqualTo(DAY));
    assertThat(pathways.events(other, id)).singleElement()
        .satisfies(e -> assertThat(e.header().occurredOn()).isEqualTo(DAY.plusDays(1)));
  }

  // ---------------------------------------------------------------- appendAll

  private static PathwayEvent welcomed(BeneficiaryId id, long version, CommandId command) {
    return PathwayEvents.Welcomed.of(
        header(id, version, command, Stage.WELCOMED, DAY), Fixtures.SITE_MONTBELIARD, java.util.Optional.empty());
  }

  private static PathwayEvent oriented(BeneficiaryId id, long version, CommandId command) {
    return PathwayEvents.Oriented.of(header(id, version, command, Stage.ORIENTED, DAY), Orientation.ADAPTED_ACCOMPANIMENT);
  }

  @Test
  void appendsTheCommandsOfSeveralPeopleInOneStep() {
    BeneficiaryId known = BeneficiaryId.random();
    capture(known);
    BeneficiaryId newcomer = BeneficiaryId.random();
    PersonalDetails amina = PersonalDetails.builder().givenName("Amina").build();
    PathwayEvent newcomerCaptured = captured(newcomer, CommandId.random(), Fixtures.doorToDoor(DAY));
    PathwayEvent knownWelcomed = welcomed(known, 2, CommandId.random());

    pathways.appendAll(
        tenant,
        List.of(
            Pathways.Append.capture(newcomer, List.of(newcomerCaptured), amina),
            Pathways.Append.of(known, ExpectedVersion.exactly(1), List.of(knownWelcomed))));

    assertThat(pathways.events(tenant, newcomer)).containsExactly(newcomerCaptured);
    assertThat(pathways.events(tenant, known)).hasSize(2).endsWith(knownWelcomed);
    assertThat(pathways.eventsOfCommand(tenant, knownWelcomed.header().commandId())).containsExactly(knownWelcomed);
    assertThat(storage().personalData().find(tenant, newcomer)).contains(amina);
    assertThat(beneficiaries.find(tenant, known).orElseThrow().stage()).isEqualTo(Stage.WELCOMED);
    assertThat(beneficiaries.find(tenant, newcomer).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void chainsSeveralCommandsForOnePersonInOneStep() {
    BeneficiaryId id = BeneficiaryId.random();
    BeneficiaryId other = BeneficiaryId.random();
    CommandId capture = CommandId.random();
    CommandId welcome = CommandId.random();
    CommandId orient = CommandId.random();
    PathwayEvent capturedEvent = captured(id, capture, Fixtures.doorToDoor(DAY));
    PathwayEvent otherCaptured = captured(other, CommandId.random(), Fixtures.doorToDoor(DAY));
    PathwayEvent welcomedEvent = welcomed(id, 2, welcome);
    PathwayEvent orientedEvent = oriented(id, 3, orient);

    pathways.appendAll(
        tenant,
        List.of(
            Pathways.Append.of(id, ExpectedVersion.noStream(), List.of(capturedEvent)),
            Pathways.Append.of(other, ExpectedVersion.noStream(), List.of(otherCaptured)),
            Pathways.Append.of(id, ExpectedVersion.exactly(1), List.of(welcomedEvent)),
            Pathways.Append.of(id, ExpectedVersion.exactly(2), List.of(orientedEvent))));

    assertThat(pathways.events(tenant, id)).containsExactly(capturedEvent, welcomedEvent, orientedEvent);
    assertThat(pathways.eventsOfCommand(tenant, welcome)).containsExactly(welcomedEvent);
    assertThat(pathways.eventsOfCommand(tenant, orient)).containsExactly(orientedEvent);
    BeneficiarySummary summary = beneficiaries.find(tenant, id).orElseThrow();
    assertThat(summary.version()).isEqualTo(3);
    assertThat(summary.stage()).isEqualTo(Stage.ORIENTED);
    assertThat(beneficiaries.countByStage(tenant, Fixtures.SIPA)).isEqualTo(Map.of(Stage.ORIENTED, 1L, Stage.CAPTURED, 1L));
    // What the batch wrote is what the same appends one by one write.
    pathways.append(tenant, id, ExpectedVersion.exactly(3), List.of(PathwayEvents.ContactLost.of(header(id, 4, CommandId.random(), Stage.LOST_CONTACT, DAY))));
    assertThat(beneficiaries.find(tenant, id).orElseThrow().version()).isEqualTo(4);
  }

  @Test
  void writesNothingOfABatchWhenOneAppendMeetsAMovedStream() {
    BeneficiaryId moved = BeneficiaryId.random();
    capture(moved);
    pathways.append(tenant, moved, ExpectedVersion.exactly(1), List.of(welcomed(moved, 2, CommandId.random())));
    BeneficiaryId before = BeneficiaryId.random();
    BeneficiaryId after = BeneficiaryId.random();
    PersonalDetails details = PersonalDetails.builder().givenName("Jules").build();
    BeneficiarySummary movedSummary = beneficiaries.find(tenant, moved).orElseThrow();
    CommandId stale = CommandId.random();

    assertThatThrownBy(
            () ->
                pathways.appendAll(
                    tenant,
                    List.of(
                        Pathways.Append.capture(before, List.of(captured(before, CommandId.random(), Fixtures.doorToDoor(DAY))), details),
                        Pathways.Append.of(moved, ExpectedVersion.exactly(1), List.of(oriented(moved, 2, stale))),
                        Pathways.Append.of(after, ExpectedVersion.noStream(), List.of(captured(after, CommandId.random(), Fixtures.doorToDoor(DAY)))))))
        .isInstanceOfSatisfying(
            VersionConflict.class,
            conflict -> {
              assertThat(conflict.recordId()).isEqualTo(moved.toString());
              assertThat(conflict.expectedVersion()).isEqualTo(1);
              assertThat(conflict.actualVersion()).isEqualTo(2);
            });

    assertThat(pathways.events(tenant, before)).isEmpty();
    assertThat(pathways.events(tenant, after)).isEmpty();
    assertThat(pathways.events(tenant, moved)).hasSize(2);
    assertThat(pathways.eventsOfCommand(tenant, stale)).isEmpty();
    assertThat(beneficiaries.find(tenant, before)).isEmpty();
    assertThat(beneficiaries.find(tenant, moved)).contains(movedSummary);
    assertThat(storage().personalData().find(tenant, before)).isEmpty();
  }

  @Test
  void refusesAnAppendThatDoesNotChainOnTheBatchsEarlierOnes() {
    BeneficiaryId id = BeneficiaryId.random();
    PathwayEvent capturedEvent = captured(id, CommandId.random(), Fixtures.doorToDoor(DAY));

    assertThatThrownBy(
            () ->
                pathways.appendAll(
                    tenant,
                    List.of(
                        Pathways.Append.of(id, ExpectedVersion.noStream(), List.of(capturedEvent)),
                        Pathways.Append.of(id, ExpectedVersion.noStream(), List.of(captured(id, CommandId.random(), Fixtures.doorToDoor(DAY)))))))
        .isInstanceOfSatisfying(
            VersionConflict.class,
            conflict -> {
              assertThat(conflict.expectedVersion()).isZero();
              assertThat(conflict.actualVersion()).isEqualTo(1);
            });
    assertThat(pathways.events(tenant, id)).isEmpty();
    assertThat(beneficiaries.find(tenant, id)).isEmpty();
  }

  @Test
  void writesNothingOfABatchHoldingARecordedCommandId() {
    BeneficiaryId recorded = BeneficiaryId.random();
    CommandId command = CommandId.random();
    pathways.append(tenant, recorded, ExpectedVersion.noStream(), List.of(captured(recorded, command, Fixtures.doorToDoor(DAY))));
    BeneficiaryId first = BeneficiaryId.random();
    BeneficiaryId again = BeneficiaryId.random();

    assertThatThrownBy(
            () ->
                pathways.appendAll(
                    tenant,
                    List.of(
                        Pathways.Append.of(first, ExpectedVersion.noStream(), List.of(captured(first, CommandId.random(), Fixtures.doorToDoor(DAY)))),
                        Pathways.Append.of(again, ExpectedVersion.noStream(), List.of(captured(again, command, Fixtures.doorToDoor(DAY)))))))
        .isInstanceOfSatisfying(
            CommandAlreadyRecorded.class, e -> assertThat(e.getMessage()).contains(command.toString()));

    assertThat(pathways.events(tenant, first)).isEmpty();
    assertThat(pathways.events(tenant, again)).isEmpty();
    assertThat(beneficiaries.find(tenant, first)).isEmpty();
    assertThat(pathways.eventsOfCommand(tenant, command)).singleElement()
        .satisfies(e -> assertThat(e.header().beneficiaryId()).isEqualTo(recorded));
  }

  @Test
  void rejectsMalformedBatchesAndWritesNothing() {
    BeneficiaryId id = BeneficiaryId.random();
    BeneficiaryId other = BeneficiaryId.random();
    CommandId command = CommandId.random();
    PathwayEvent capturedEvent = captured(id, command, Fixtures.doorToDoor(DAY));

    assertThatThrownBy(() -> pathways.appendAll(tenant, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                pathways.appendAll(
                    tenant,
                    List.of(
                        Pathways.Append.of(id, ExpectedVersion.noStream(), List.of(capturedEvent)),
                        Pathways.Append.of(other, ExpectedVersion.noStream(), List.of(captured(other, command, Fixtures.doorToDoor(DAY)))))))
        .as("one command id twice").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                pathways.appendAll(
                    tenant,
                    List.of(
                        Pathways.Append.of(id, ExpectedVersion.noStream(), List.of(capturedEvent)),
                        Pathways.Append.of(other, ExpectedVersion.noStream(), List.of()))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                pathways.appendAll(
                    tenant,
                    List.of(
                        Pathways.Append.of(id, ExpectedVersion.noStream(), List.of(capturedEvent)),
                        Pathways.Append.of(other, ExpectedVersion.noStream(), List.of(welcomed(other, 1, CommandId.random()))))))
        .as("a stream that does not start with a capture").isInstanceOf(IllegalArgumentException.class);

    assertThat(pathways.events(tenant, id)).isEmpty();
    assertThat(pathways.events(tenant, other)).isEmpty();
  }

  /** No facts that are not those of the events: facts of another person or version are refused. */
  @Test
  void refusesFactsThatAreNotThoseOfTheAppendsEventsAndWritesNothing() {
    BeneficiaryId id = BeneficiaryId.random();
    PathwayEvent capturedEvent = captured(id, CommandId.random(), Fixtures.doorToDoor(DAY));
    IndicatorFacts facts = IndicatorFacts.of(PathwayModel.sipa(), OutcomeRules.standard());
    PersonFacts ofTheCapture = facts.compute(Pathway.fold(List.of(capturedEvent)), e -> Optional.empty());
    PersonFacts ofVersionTwo = PersonFacts.builder().from(ofTheCapture).throughVersion(2).build();
    PersonFacts ofSomeoneElse = PersonFacts.builder().from(ofTheCapture).beneficiaryId(BeneficiaryId.random()).build();

    assertThatThrownBy(() -> pathways.appendAll(tenant,
            List.of(Pathways.Append.of(id, ExpectedVersion.noStream(), List.of(capturedEvent)).withFacts(ofVersionTwo))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("through version 2");
    assertThatThrownBy(() -> pathways.appendAll(tenant,
            List.of(Pathways.Append.of(id, ExpectedVersion.noStream(), List.of(capturedEvent)).withFacts(ofSomeoneElse))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("are of beneficiary");
    assertThat(pathways.events(tenant, id)).isEmpty();

    pathways.appendAll(tenant, List.of(Pathways.Append.of(id, ExpectedVersion.noStream(), List.of(capturedEvent)).withFacts(ofTheCapture)));
    assertThat(storage().indicatorSources().factsNotUnder(tenant, Fixtures.SIPA, facts.basis(), Optional.empty(), 10))
        .as("the facts given are kept").isEmpty();
  }

  @Test
  void appendsBatchesOnlyToTheirOwnTenant() {
    TenantId other = Fixtures.newTenant();
    BeneficiaryId id = BeneficiaryId.random();
    CommandId command = CommandId.random();
    pathways.append(other, id, ExpectedVersion.noStream(), List.of(captured(id, command, Fixtures.doorToDoor(DAY.plusDays(1)))));
    PathwayEvent ours = captured(id, command, Fixtures.doorToDoor(DAY));

    // The same person and command ids in another tenant are another person and another command.
    pathways.appendAll(tenant, List.of(Pathways.Append.of(id, ExpectedVersion.noStream(), List.of(ours)), Pathways.Append.of(id, ExpectedVersion.exactly(1), List.of(welcomed(id, 2, CommandId.random())))));

    assertThat(pathways.events(tenant, id)).hasSize(2).startsWith(ours);
    assertThat(pathways.events(other, id)).singleElement()
        .satisfies(e -> assertThat(e.header().occurredOn()).isEqualTo(DAY.plusDays(1)));
    assertThat(beneficiaries.find(other, id).orElseThrow().stage()).isEqualTo(Stage.CAPTURED);
    assertThat(beneficiaries.find(tenant, id).orElseThrow().stage()).isEqualTo(Stage.WELCOMED);
    assertThatThrownBy(() -> pathways.appendAll(other, List.of(Pathways.Append.of(id, ExpectedVersion.noStream(), List.of(ours)))))
        .isInstanceOf(CommandAlreadyRecorded.class);
  }
}

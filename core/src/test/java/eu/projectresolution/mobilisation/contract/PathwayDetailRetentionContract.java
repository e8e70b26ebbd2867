package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.CorrectEvent;
import eu.projectresolution.mobilisation.engine.Correction;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.privacy.ErasedData;
import eu.projectresolution.mobilisation.privacy.PathwayDetail;
import eu.projectresolution.mobilisation.privacy.PurgeReport;
import eu.projectresolution.mobilisation.programme.PersonalDataClass;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.RetentionPolicy;
import eu.projectresolution.mobilisation.programme.StaffMemberId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Purging a pathway's detail at the end of its retention period, on a store, under a controlled clock:
 * the free text, the staff members and the typing instants go, from the events and the attendance
 * registers; the events, their days, the pathway's stages and every figure stay; a purge run again does
 * nothing, and a person whose period is not over keeps every detail.
 */
public abstract class PathwayDetailRetentionContract {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);
  private static final LocalDate EXIT = D.plusDays(20);
  private static final StaffMemberId COUNSELLOR = StaffMemberId.of("ideis:c.martin");

  private MobilisationStorage storage;
  private MobilisationEngine engine;
  private TenantId tenant;
  private OutreachEvent cafe;
  private String tag;

  protected abstract MobilisationStorage storage();

  @BeforeEach
  void setUp() {
    storage = storage();
    engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    tenant = Fixtures.newTenant();
    tag = UUID.randomUUID().toString().substring(0, 8);
    accepted(engine.registerProgramme(tenant, Programme.builder().from(Fixtures.sipa()).retention(RetentionPolicy.of(
        RetentionPolicy.Rule.of(PersonalDataClass.PATHWAY_DETAIL, 12, RetentionPolicy.CountedFrom.EXIT))).build()));
    cafe = ProgrammeRecordsContract.recrutCafe(D);
    accepted(engine.recordOutreachEvent(tenant, cafe));
  }

  private static CommandResult accepted(CommandResult result) {
    assertThat(result.refusal()).as("refusal").isEmpty();
    return result;
  }

  /** Met at the Recrut'Café, welcomed, oriented, exited, the exit corrected: seven events full of detail. */
  private BeneficiaryId exitedWithDetail() {
    BeneficiaryId id = BeneficiaryId.random();
    accepted(engine.capture(tenant, Capture.builder().from(Fixtures.capture(id, D)).author(COUNSELLOR)
        .contact(Contact.builder().from(Fixtures.doorToDoor(D)).channel(CaptureChannel.OUTREACH_EVENT)
            .outreachEvent(cafe.id()).place("Stand near the bakery " + tag).build())
        .build()));
    accepted(engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D)
        .author(COUNSELLOR).build()));
    accepted(engine.orient(tenant, Orient.builder().beneficiaryId(id).occurredOn(D.plusDays(1))
        .orientation(Orientation.DIRECT_REFERRAL).build()));
    accepted(engine.recordExit(tenant, RecordExit.builder().beneficiaryId(id).occurredOn(EXIT)
        .reason(ExitReason.MAINSTREAM_SCHEME).situation(Situation.builder().employed(false).build()).build()));
    accepted(engine.correctEvent(tenant, CorrectEvent.builder().beneficiaryId(id).correctedVersion(4)
        .correction(new Correction.OfExit(ExitReason.EMPLOYMENT, Situation.builder().employed(true).build(),
            java.util.Optional.empty()))
        .reason("She told me about her new job at the garage " + tag).occurredOn(EXIT)
        .actor(StaffRole.SITE_MANAGER).author(COUNSELLOR).build()));
    return id;
  }

  private MobilisationEngine engineOn(LocalDate day) {
    ZoneId paris = ZoneId.of("Europe/Paris");
    return MobilisationEngine.builder().storage(storage).clock(Clock.fixed(day.atTime(3, 0).atZone(paris).toInstant(), paris))
        .build();
  }

  private IndicatorReport report() {
    return engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();
  }

  @Test
  void purgesTheDetailNoReportCountsOnceItsPeriodEndsAndKeepsEveryFigure() throws Exception {
    BeneficiaryId exited = exitedWithDetail();
    BeneficiaryId open = BeneficiaryId.random();
    accepted(engine.capture(tenant, Capture.builder().from(Fixtures.capture(open, D)).author(COUNSELLOR).build()));
    List<PathwayEvent> before = storage.pathways().events(tenant, exited);
    List<PathwayEvent> openBefore = storage.pathways().events(tenant, open);
    Pathway pathwayBefore = engine.pathway(tenant, exited).orElseThrow();
    IndicatorReport reportBefore = report();

    assertThat(engineOn(EXIT.plusMonths(12).minusDays(1)).purge(tenant, "nightly-purge").purged()).isEmpty();
    PurgeReport due = engineOn(EXIT.plusMonths(12)).purge(tenant, "nightly-purge");

    assertThat(due.purged()).singleElement().satisfies(p -> {
      assertThat(p.beneficiaryId()).isEqualTo(exited);
      assertThat(p.erased()).containsExactly(ErasedData.PATHWAY_DETAIL);
    });
    List<PathwayEvent> after = storage.pathways().events(tenant, exited);
    String json = MobilisationJson.objectMapper().writeValueAsString(after)
        + engine.attendanceRegister(tenant, cafe.id()).orElseThrow().entries();
    assertThat(json).doesNotContain(tag, COUNSELLOR.value());
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < after.size(); i++) {
      PathwayEvent was = before.get(i);
      PathwayEvent is = after.get(i);
      assertThat(is.getClass()).isEqualTo(was.getClass());
      assertThat(is.header().occurredOn()).isEqualTo(was.header().occurredOn());
      assertThat(is.header().stage()).isEqualTo(was.header().stage());
      assertThat(is.header().commandId()).isEqualTo(was.header().commandId());
      assertThat(is.header().author()).isEmpty();
      assertThat(is.header().recordedAt()).isEqualTo(was.header().occurredOn().atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    assertThat(MobilisationJson.objectMapper().writeValueAsString(after.get(4))).contains(PathwayDetail.PURGED_REASON);
    // What the store keeps of each command, to answer a command sent again, holds no typing instant either.
    for (PathwayEvent event : after) {
      assertThat(storage.pathways().eventsOfCommand(tenant, event.header().commandId())).contains(event);
    }
    Pathway pathwayAfter = engine.pathway(tenant, exited).orElseThrow();
    assertThat(pathwayAfter.stageHistory()).isEqualTo(pathwayBefore.stageHistory());
    assertThat(pathwayAfter.exits()).isEqualTo(pathwayBefore.exits());
    assertThat(report()).isEqualTo(reportBefore);
    assertThat(storage.pathways().events(tenant, open)).as("not exited: every detail kept").isEqualTo(openBefore);
    assertThat(engine.erasures(tenant, exited)).singleElement()
        .satisfies(r -> assertThat(r.erased()).containsExactly(ErasedData.PATHWAY_DETAIL));

    assertThat(engineOn(EXIT.plusMonths(13)).purge(tenant, "nightly-purge").purged()).as("run again").isEmpty();
    assertThat(storage.pathways().events(tenant, exited)).isEqualTo(after);
  }

  @Test
  void refusesToReplaceAStreamThatMovedOnAndKeepsItAsItIs() {
    BeneficiaryId id = exitedWithDetail();
    List<PathwayEvent> before = storage.pathways().events(tenant, id);

    assertThat(storage.pathways().replaceDetail(tenant, id, before.size() - 1, PathwayDetail.purged(before))).isFalse();
    assertThat(storage.pathways().replaceDetail(tenant, BeneficiaryId.random(), 1, PathwayDetail.purged(before))).isFalse();
    assertThat(storage.pathways().events(tenant, id)).isEqualTo(before);
  }
}

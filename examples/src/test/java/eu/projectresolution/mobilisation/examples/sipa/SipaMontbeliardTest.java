package eu.projectresolution.mobilisation.examples.sipa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.Progress;
import eu.projectresolution.mobilisation.examples.scenario.RecordReplay;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.pathway.Stage;
import org.junit.jupiter.api.Test;

/**
 * The SIPA replay leaves records from which the sheet's figures are counted back: exactly at scale 1,
 * scaled counts and the same rates at another scale. The expected values are the practice sheet's,
 * written here by hand, not the scenario's quotas.
 */
class SipaMontbeliardTest {
  private static final TenantId TENANT = SipaMontbeliard.TENANT;

  private static MobilisationEngine engine() {
    return MobilisationEngine.builder().storage(InMemoryStorage.create()).clock(SipaProgramme.CLOCK).build();
  }

  private static RecordTally replay(MobilisationEngine engine, double scale, long seed) {
    SipaMontbeliard.replay(engine, TENANT, seed, scale, Progress::none);
    return RecordTally.of(engine, TENANT, SipaProgramme.ID);
  }

  @Test
  void recordsFromWhichTheSheetsFiguresAreCountedBack() {
    RecordTally tally = replay(engine(), 1, 1);

    assertThat(tally.capturedOutsideSites()).isGreaterThan(4_000);
    assertThat(tally.welcomed()).isEqualTo(17_000);
    assertThat(tally.peopleReferred()).isEqualTo(2_124);
    assertThat(tally.referrals()).isEqualTo(2_124);
    assertThat(tally.accompanied()).isEqualTo(537);
    assertThat(tally.positiveExits()).isEqualTo(249);
    assertThat(percent(tally.satisfied(), tally.surveyAnswers())).isEqualTo(97);
    assertThat(percent(tally.registeredAtEntry(), tally.cohort())).isEqualTo(75);
    assertThat(percent(tally.registeredAfter(), tally.cohort())).isEqualTo(92);
    assertThat(percent(tally.neverAccompaniedBefore(), tally.cohort())).isEqualTo(50);
    assertThat(percent(tally.accompaniedByAnotherSchemeAfter(), tally.cohort())).isEqualTo(90);
    assertThat(percent(tally.membersAtEntry(), tally.cohort())).isEqualTo(16);
    assertThat(percent(tally.membersAfter(), tally.cohort())).isEqualTo(30);
    assertThat(tally.collaborativeActions()).isEqualTo(43);
    assertThat(tally.siteEvents()).isEqualTo(853);
    double appointments = (double) tally.attendedAppointments() / tally.accompanied();
    assertThat(appointments).isBetween(3.0, 4.0);
  }

  @Test
  void aSmallerProgrammeHasScaledCountsAndTheSameRates() {
    double scale = 0.05;
    RecordTally tally = replay(engine(), scale, 7);

    assertThat(tally.welcomed()).isEqualTo(Math.round(17_000 * scale));
    assertThat(tally.accompanied()).isEqualTo(Math.round(537 * scale));
    assertThat(tally.positiveExits()).isEqualTo(Math.round(249 * scale));
    assertThat(tally.peopleReferred()).isEqualTo(Math.round(2_124 * scale));
    assertThat(tally.collaborativeActions()).isEqualTo(Math.round(43 * scale));
    assertThat(tally.siteEvents()).isEqualTo(Math.round(853 * scale));
    assertThat(tally.capturedOutsideSites()).isGreaterThan(Math.round(4_000 * scale));
    // Each rate within the rounding of one person of its group.
    assertRate(tally.positiveExits(), tally.accompanied(), 0.464);
    assertRate(tally.satisfied(), tally.surveyAnswers(), 0.97);
    assertRate(tally.registeredAtEntry(), tally.cohort(), 0.75);
    assertRate(tally.registeredAfter(), tally.cohort(), 0.92);
    assertRate(tally.neverAccompaniedBefore(), tally.cohort(), 0.50);
    assertRate(tally.accompaniedByAnotherSchemeAfter(), tally.cohort(), 0.90);
    assertRate(tally.membersAtEntry(), tally.cohort(), 0.16);
    assertRate(tally.membersAfter(), tally.cohort(), 0.30);
  }

  @Test
  void theSameSeedGivesTheSameRecordsAndAnotherSeedOtherPeopleInTheSameNumbers() {
    MobilisationEngine first = engine();
    MobilisationEngine second = engine();
    MobilisationEngine other = engine();
    RecordTally a = replay(first, 0.02, 3);
    RecordTally b = replay(second, 0.02, 3);
    RecordTally c = replay(other, 0.02, 4);

    assertThat(b).isEqualTo(a);
    assertThat(second.beneficiariesAt(TENANT, SipaProgramme.ID, Stage.EXITED))
        .isEqualTo(first.beneficiariesAt(TENANT, SipaProgramme.ID, Stage.EXITED));
    assertThat(other.beneficiariesAt(TENANT, SipaProgramme.ID, Stage.EXITED))
        .doesNotContainAnyElementsOf(first.beneficiariesAt(TENANT, SipaProgramme.ID, Stage.EXITED));
    assertThat(c.welcomed()).isEqualTo(a.welcomed());
    assertThat(c.positiveExits()).isEqualTo(a.positiveExits());
  }

  @Test
  void replayingIntoAStoreThatHoldsItWritesNothingTwice() {
    MobilisationEngine engine = engine();
    RecordTally once = replay(engine, 0.02, 5);
    RecordReplay.Outcome again = SipaMontbeliard.replay(engine, TENANT, 5, 0.02, Progress::none);

    assertThat(again.records()).isPositive();
    assertThat(RecordTally.of(engine, TENANT, SipaProgramme.ID)).isEqualTo(once);
  }

  @Test
  void peopleAreMetThroughEveryChannelAndRecrutCafesKeepTheirRegisters() {
    MobilisationEngine engine = engine();
    RecordTally tally = replay(engine, 0.1, 11);

    assertThat(tally.capturedByChannel().keySet()).containsExactlyInAnyOrder(CaptureChannel.values());
    long atEvents = tally.capturedByChannel().get(CaptureChannel.OUTREACH_EVENT);
    long inRegisters =
        engine.storage().outreachEvents().ofProgramme(TENANT, SipaProgramme.ID).stream()
            .mapToLong(e -> engine.attendanceRegister(TENANT, e.id()).orElseThrow().entries().size())
            .sum();
    // Everyone captured at an event is in its register; some met outside were met again at another.
    assertThat(inRegisters).isGreaterThanOrEqualTo(atEvents);
  }

  private static long percent(long part, long whole) {
    return Math.round(100.0 * part / whole);
  }

  private static void assertRate(long part, long whole, double sheet) {
    assertThat((double) part / whole).isCloseTo(sheet, within(1.0 / whole));
  }
}

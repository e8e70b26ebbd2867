package eu.projectresolution.mobilisation.examples.sipa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.Progress;
import eu.projectresolution.mobilisation.examples.scenario.RecordReplay;
import eu.projectresolution.mobilisation.indicator.Figure;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * The SIPA replay leaves records from which the sheet's figures are counted back: exactly at scale 1,
 * scaled counts and the same rates at another scale. The expected values are the practice sheet's,
 * written here by hand, not the scenario's quotas.
 */
class SipaMontbeliardTest {
  private static final TenantId TENANT = SipaMontbeliard.TENANT;

  /** An engine and the store it writes, as a host holds both. */
  private record Store(MobilisationStorage storage, MobilisationEngine engine) {}

  private static Store store() {
    MobilisationStorage storage = InMemoryStorage.create();
    return new Store(storage, MobilisationEngine.builder().storage(storage).clock(SipaProgramme.CLOCK).build());
  }

  private static RecordTally replay(Store store, double scale, long seed) {
    SipaMontbeliard.replay(store.engine(), TENANT, seed, scale, Progress::none);
    return RecordTally.of(store.storage(), TENANT, SipaProgramme.ID);
  }

  @Test
  void theEnginesReportOfTheRealProgrammeGivesTheSheetsFigures() {
    Store store = store();
    MobilisationEngine engine = store.engine();
    replay(store, 1, 1);
    IndicatorReport report = engine.indicatorReport(TENANT, ReportScope.of(SipaProgramme.ID)).orElseThrow();

    assertThat(report.value("captured.outside_sites")).isGreaterThan(new BigDecimal(4_000));
    assertThat(report.value("welcomed")).isEqualByComparingTo("17000");
    assertThat(report.value("growth.people_welcomed")).isEqualByComparingTo("24.0");
    assertThat(report.value("people_referred")).isEqualByComparingTo("2124");
    assertThat(report.value("target.referrals")).isEqualByComparingTo("70.8");
    assertThat(report.value("accompanied")).isEqualByComparingTo("537");
    assertThat(report.value("sipa.positive_exits")).isEqualByComparingTo("249");
    assertThat(report.value("sipa.positive_exit_rate")).isEqualByComparingTo("46.4");
    assertThat(report.value("satisfaction.rate")).isEqualByComparingTo("97.0");
    assertThat(wholePercent(report, "before_after.pes_registration.at_entry")).isEqualTo(75);
    assertThat(wholePercent(report, "before_after.pes_registration.after_exit")).isEqualTo(92);
    assertThat(wholePercent(report, "before_after.never_accompanied_before.at_entry")).isEqualTo(50);
    assertThat(wholePercent(report, "before_after.accompanied_by_another_scheme.after_exit")).isEqualTo(90);
    assertThat(wholePercent(report, "before_after.association_membership.at_entry")).isEqualTo(16);
    assertThat(wholePercent(report, "before_after.association_membership.after_exit")).isEqualTo(30);
    assertThat(report.value("collaborative_actions")).isEqualByComparingTo("43");
    assertThat(report.value("site_events")).isEqualByComparingTo("853");
    assertThat(report.value("cost.per_person_welcomed")).isEqualByComparingTo("80.39");
    assertThat(report.value("cost.per_person_accompanied")).isEqualByComparingTo("2544.82");
    assertThat(report.value("cost.per_positive_exit")).isEqualByComparingTo("5488.23");
  }

  @Test
  void theEnginesReportCountsWhatTheStoredRecordsHold() {
    Store store = store();
    MobilisationEngine engine = store.engine();
    RecordTally tally = replay(store, 0.05, 13);
    IndicatorReport report = engine.indicatorReport(TENANT, ReportScope.of(SipaProgramme.ID)).orElseThrow();

    assertThat(report.value("captured.outside_sites").longValue()).isEqualTo(tally.capturedOutsideSites());
    assertThat(report.value("welcomed").longValue()).isEqualTo(tally.welcomed());
    assertThat(report.value("referrals").longValue()).isEqualTo(tally.referrals());
    assertThat(report.value("accompanied").longValue()).isEqualTo(tally.accompanied());
    assertThat(report.value("sipa.positive_exits").longValue()).isEqualTo(tally.positiveExits());
    assertThat(fraction(report, "satisfaction.rate")).containsExactly(tally.satisfied(), tally.surveyAnswers());
    assertThat(fraction(report, "before_after.pes_registration.at_entry")).containsExactly(tally.registeredAtEntry(), tally.cohort());
    assertThat(fraction(report, "before_after.pes_registration.after_exit")).containsExactly(tally.registeredAfter(), tally.cohort());
    assertThat(fraction(report, "before_after.association_membership.after_exit")).containsExactly(tally.membersAfter(), tally.cohort());
    assertThat(report.value("collaborative_actions").longValue()).isEqualTo(tally.collaborativeActions());
    assertThat(report.value("site_events").longValue()).isEqualTo(tally.siteEvents());
  }

  @Test
  void recordsFromWhichTheSheetsFiguresAreCountedBack() {
    RecordTally tally = replay(store(), 1, 1);

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
    RecordTally tally = replay(store(), scale, 7);

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
    Store first = store();
    Store second = store();
    Store other = store();
    RecordTally a = replay(first, 0.02, 3);
    RecordTally b = replay(second, 0.02, 3);
    RecordTally c = replay(other, 0.02, 4);

    assertThat(b).isEqualTo(a);
    assertThat(second.engine().beneficiariesAt(TENANT, SipaProgramme.ID, Stage.EXITED))
        .isEqualTo(first.engine().beneficiariesAt(TENANT, SipaProgramme.ID, Stage.EXITED));
    assertThat(other.engine().beneficiariesAt(TENANT, SipaProgramme.ID, Stage.EXITED))
        .doesNotContainAnyElementsOf(first.engine().beneficiariesAt(TENANT, SipaProgramme.ID, Stage.EXITED));
    assertThat(c.welcomed()).isEqualTo(a.welcomed());
    assertThat(c.positiveExits()).isEqualTo(a.positiveExits());
  }

  @Test
  void replayingIntoAStoreThatHoldsItWritesNothingTwice() {
    Store store = store();
    RecordTally once = replay(store, 0.02, 5);
    RecordReplay.Outcome again = SipaMontbeliard.replay(store.engine(), TENANT, 5, 0.02, Progress::none);

    assertThat(again.records()).isPositive();
    assertThat(RecordTally.of(store.storage(), TENANT, SipaProgramme.ID)).isEqualTo(once);
  }

  @Test
  void peopleAreMetThroughEveryChannelAndRecrutCafesKeepTheirRegisters() {
    Store store = store();
    MobilisationEngine engine = store.engine();
    RecordTally tally = replay(store, 0.1, 11);

    assertThat(tally.capturedByChannel().keySet()).containsExactlyInAnyOrder(CaptureChannel.values());
    long atEvents = tally.capturedByChannel().get(CaptureChannel.OUTREACH_EVENT);
    long inRegisters =
        store.storage().outreachEvents().ofProgramme(TENANT, SipaProgramme.ID).stream()
            .mapToLong(e -> engine.attendanceRegister(TENANT, e.id()).orElseThrow().entries().size())
            .sum();
    // Everyone captured at an event is in its register; some met outside were met again at another.
    assertThat(inRegisters).isGreaterThanOrEqualTo(atEvents);
  }

  private static long wholePercent(IndicatorReport report, String code) {
    return report.value(code).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  private static long[] fraction(IndicatorReport report, String code) {
    Figure figure = report.figure(code).orElseThrow();
    return new long[] {figure.numerator().orElseThrow().longValueExact(), figure.denominator().orElseThrow().longValueExact()};
  }

  private static long percent(long part, long whole) {
    return Math.round(100.0 * part / whole);
  }

  private static void assertRate(long part, long whole, double sheet) {
    assertThat((double) part / whole).isCloseTo(sheet, within(1.0 / whole));
  }
}

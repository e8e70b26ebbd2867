package eu.projectresolution.mobilisation.examples.sipa;

import static eu.projectresolution.mobilisation.examples.sipa.SipaProgramme.START;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.Progress;
import eu.projectresolution.mobilisation.examples.scenario.RecordReplay;
import eu.projectresolution.mobilisation.examples.scenario.Scenario;
import eu.projectresolution.mobilisation.examples.scenario.ScenarioContext;
import eu.projectresolution.mobilisation.examples.scenario.SeededIds;
import eu.projectresolution.mobilisation.programme.Programme;
import java.util.List;

/**
 * The SIPA programme of the Pays de Montbéliard, 1 September 2016 to 31 August 2019, replayed record by
 * record through the engine's public commands: the programme's declaration, the Recrut'Cafés and other
 * outreach events of the two resident-liaison counsellors, the 43 collaborative actions and 853 events at
 * the three sites, then every person's pathway — captured in the neighbourhoods or walking into a site,
 * welcomed, oriented, accompanied in 3 or 4 appointments, referred to mainstream schemes, exited, lost or
 * still under way — with the situation observed at entry and at exit, and the satisfaction survey of the
 * last months.
 *
 * <p>The replay is planned in four steps, each in a class of its own:
 *
 * <ol>
 *   <li>{@link Stories}: who the people are and what becomes of each ({@link Story}), by exact quotas
 *       ({@link SipaCalibration}), so that the report the engine computes from the stored records
 *       reproduces the practice sheet's figures: at {@code --scale 1} the counts are the sheet's, at
 *       another scale the counts follow and the rates stay the same within the rounding of one person;
 *   <li>{@link SipaCalendar}: the programme's events over the three years;
 *   <li>{@link PathwayPlanner}: each person's pathway ({@link Timeline}), dated from their first meeting
 *       on the calendar ({@link FirstMeeting}), as the records ({@link Happening}) that tell it;
 *   <li>the counsellors' calls six months after the exits.
 * </ol>
 *
 * <p>Every random choice comes from {@link SipaChoices}, seeded: the same seed gives the same people and
 * the same records. No figure is ever written: only records. Every record is dated within the programme's
 * period, never before the person's previous record, and the engine's clock ({@link SipaProgramme#CLOCK})
 * stands the day after the programme ended.
 */
public final class SipaMontbeliard implements Scenario {
  public static final String NAME = "sipa-montbeliard";

  /** IDEIS, which ran SIPA with DÉFI. */
  public static final TenantId TENANT = TenantId.of("ideis");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "SIPA, Pays de Montbéliard 2016-2019: 17,000 welcomed, 537 accompanied, 249 positive exits, replayed record by record";
  }

  @Override
  public String tenant() {
    return TENANT.value();
  }

  @Override
  public void run(ScenarioContext context) {
    RecordReplay.Outcome outcome =
        replay(context.engine(), context.tenant(), context.seed(), context.scale(), context.progress(), context.threads());
    SipaSummary.print(
        context.engine(), context.tenant(), SipaProgramme.ID, context.scale(), outcome, context.storeDescription(), context.words(),
        context.out());
  }

  /**
   * Replays SIPA at {@code scale} into the engine's store, for {@code tenant}, on one thread.
   *
   * @return how many records were sent and how long it took
   */
  public static RecordReplay.Outcome replay(
      MobilisationEngine engine, TenantId tenant, long seed, double scale, Progress.Factory progress) {
    return replay(engine, tenant, seed, scale, progress, 1);
  }

  /**
   * Replays SIPA at {@code scale} into the engine's store, for {@code tenant}: the programme and its
   * events first, then {@code threads} people at a time. The store ends up with the same records
   * whatever the number of threads.
   *
   * @return how many records were sent and how long it took
   */
  public static RecordReplay.Outcome replay(
      MobilisationEngine engine, TenantId tenant, long seed, double scale, Progress.Factory progress, int threads) {
    RecordReplay replay = new RecordReplay(engine, tenant);
    Programme programme = SipaProgramme.declaration(scale);
    replay.add(START, "the declaration of programme " + programme.id(), () -> engine.registerProgramme(tenant, programme));

    SipaChoices choices = new SipaChoices(seed);
    // Ids come from their own sequence, so that a change in the decisions does not change every id.
    SeededIds ids = new SeededIds(seed * 0x9E3779B97F4A7C15L + 1);
    List<Story> stories = Stories.decide(scale, choices, ids);
    SipaCalendar calendar =
        SipaCalendar.plan(
            programme, scale,
            new SipaCalendar.Needs(
                metThrough(stories, CaptureChannel.OUTREACH_EVENT), metThrough(stories, CaptureChannel.COLLABORATIVE_ACTION),
                metThrough(stories, CaptureChannel.SITE_EVENT)),
            choices, ids);
    calendar.addTo(replay, engine, tenant);
    PathwayPlanner pathways = new PathwayPlanner(programme.id(), calendar, choices, ids, replay);
    stories.forEach(pathways::plan);
    pathways.planSixMonthFollowUps();
    return replay.replay("SIPA " + (scale == 1 ? "" : "x" + scale + " ") + "replay", progress, threads);
  }

  /** Whether some of the people are to be met through {@code channel}. */
  private static boolean metThrough(List<Story> stories, CaptureChannel channel) {
    return stories.stream().anyMatch(s -> s.person().channel() == channel);
  }
}

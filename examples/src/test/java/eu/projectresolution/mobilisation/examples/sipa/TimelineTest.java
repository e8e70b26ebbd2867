package eu.projectresolution.mobilisation.examples.sipa;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.examples.scenario.SeededIds;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.Orientation;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A welcomed person's timeline tells their story in the order it happens, as the SIPA sheet describes the
 * accompaniment: welcomed, oriented, 3 or 4 appointments a week or two apart, a referral at the second.
 */
class TimelineTest {
  private static List<Story.Welcomed> welcomed;
  private static SipaChoices choices;
  private static SeededIds ids;

  @BeforeAll
  static void decideTheStoriesOfATwentiethOfSipa() {
    choices = new SipaChoices(5);
    ids = new SeededIds(5);
    welcomed =
        Stories.decide(0.05, choices, ids).stream()
            .filter(Story.Welcomed.class::isInstance)
            .map(Story.Welcomed.class::cast)
            .toList();
  }

  @Test
  void everyPathwayStartsWithTheCaptureAndTheWelcomeAndNeverGoesBackInTime() {
    for (Story.Welcomed story : welcomed) {
      Timeline timeline = Timeline.of(story, choices, ids);
      List<Timeline.Step> steps = timeline.steps();

      assertThat(steps.get(0)).isEqualTo(new Timeline.Step(0, new Happening.Captured()));
      assertThat(steps.get(1).happening()).isEqualTo(new Happening.WelcomedAtSite(story.atEntry()));
      if (story.person().channel().outsideSites()) {
        assertThat(steps.get(1).day()).isBetween(1, 28);
      } else {
        assertThat(steps.get(1).day()).isZero();
      }
      assertThat(steps).extracting(Timeline.Step::day).isSorted();
      assertThat(timeline.span()).isEqualTo(steps.get(steps.size() - 1).day());
    }
  }

  @Test
  void anAccompanimentHasItsAppointmentsAWeekOrTwoApartAndTheReferralAtTheSecond() {
    List<Story.Welcomed> accompanied = welcomed.stream().filter(s -> s.accompaniment().isPresent()).toList();
    assertThat(accompanied).hasSize(Quotas.scaled(SipaCalibration.ACCOMPANIED, 0.05));

    for (Story.Welcomed story : accompanied) {
      Accompaniment accompaniment = story.accompaniment().orElseThrow();
      List<Timeline.Step> steps = Timeline.of(story, choices, ids).steps();
      List<Timeline.Step> attended = appointments(steps, AppointmentStatus.ATTENDED);

      assertThat(story.orientation()).contains(Orientation.ADAPTED_ACCOMPANIMENT);
      assertThat(happenings(steps, Happening.StartedAccompaniment.class)).hasSize(1);
      assertThat(attended).hasSize(accompaniment.appointments());
      assertThat(appointments(steps, AppointmentStatus.NO_SHOW)).hasSize(accompaniment.missedOne() ? 1 : 0);
      for (int a = 1; a < attended.size(); a++) {
        assertThat(attended.get(a).day() - attended.get(a - 1).day()).isBetween(7, 14 + 7);
      }
      List<Timeline.Step> referred = happenings(steps, Happening.Referred.class);
      if (story.referral().isPresent()) {
        Timeline.Step second = attended.get(Math.min(2, attended.size()) - 1);
        assertThat(referred).singleElement().extracting(Timeline.Step::day).isEqualTo(second.day());
        assertThat(((Happening.Referred) referred.get(0).happening()).scheme()).isEqualTo(story.referral().get().scheme());
      } else {
        assertThat(referred).isEmpty();
      }
      long exits = steps.stream().filter(s -> s.happening().isExit()).count();
      assertThat(exits).isEqualTo(accompaniment.exit().isPresent() ? 1 : 0);
    }
  }

  @Test
  void aDirectReferralFollowsTheOrientationWithinAWeek() {
    List<Story.Welcomed> direct =
        welcomed.stream().filter(s -> s.orientation().filter(Orientation.DIRECT_REFERRAL::equals).isPresent()).toList();
    assertThat(direct).isNotEmpty();

    for (Story.Welcomed story : direct) {
      List<Timeline.Step> steps = Timeline.of(story, choices, ids).steps();
      Timeline.Step oriented = happenings(steps, Happening.Oriented.class).get(0);
      Timeline.Step referred = happenings(steps, Happening.Referred.class).get(0);

      assertThat(referred.day() - oriented.day()).isBetween(0, 7);
      assertThat(happenings(steps, Happening.HeardOfReferral.class)).hasSize(story.referral().orElseThrow().news().isPresent() ? 1 : 0);
    }
  }

  private static List<Timeline.Step> appointments(List<Timeline.Step> steps, AppointmentStatus status) {
    return happenings(steps, Happening.HadAppointment.class).stream()
        .filter(s -> ((Happening.HadAppointment) s.happening()).status() == status)
        .toList();
  }

  private static List<Timeline.Step> happenings(List<Timeline.Step> steps, Class<? extends Happening> kind) {
    return steps.stream().filter(s -> kind.isInstance(s.happening())).toList();
  }
}

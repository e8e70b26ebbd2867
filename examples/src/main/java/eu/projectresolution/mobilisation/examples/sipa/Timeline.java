package eu.projectresolution.mobilisation.examples.sipa;

import eu.projectresolution.mobilisation.examples.scenario.SeededIds;
import eu.projectresolution.mobilisation.examples.sipa.Story.Referral;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A welcomed person's pathway as it unfolds, each step so many days after their first meeting: welcomed
 * (the same day at a site, a few days later when met outside), oriented, then accompanied in 3 or 4
 * appointments a week or two apart and referred at the second, or referred straight away; news of the
 * referral; the exit, the lost contact or the drop-out; the survey answer. {@link PathwayPlanner} then
 * finds the first meeting on the calendar, which dates every step.
 *
 * @param steps in the order they happen
 * @param span how many days the pathway takes, from the first meeting to the last step
 */
record Timeline(List<Step> steps, int span) {
  /** What happens, so many days after the first meeting. */
  record Step(int day, Happening happening) {}

  Timeline {
    steps = List.copyOf(steps);
  }

  /** The pathway of {@code story}: how many days apart its steps are is chosen by {@code choices}. */
  static Timeline of(Story.Welcomed story, SipaChoices choices, SeededIds ids) {
    return new Builder(choices, ids).pathway(story);
  }

  private static final class Builder {
    private final SipaChoices choices;
    private final SeededIds ids;
    private final List<Step> steps = new ArrayList<>();
    private int day;

    Builder(SipaChoices choices, SeededIds ids) {
      this.choices = choices;
      this.ids = ids;
    }

    private void on(int day, Happening happening) {
      this.day = day;
      steps.add(new Step(day, happening));
    }

    Timeline pathway(Story.Welcomed story) {
      on(0, new Happening.Captured());
      int welcomedOn = day + (story.person().channel().outsideSites() ? choices.daysToWelcome() : 0);
      on(welcomedOn, new Happening.WelcomedAtSite(story.atEntry()));
      if (story.orientation().isPresent()) {
        Orientation orientation = story.orientation().get();
        on(day + choices.daysToOrientation(), new Happening.Oriented(orientation));
        story.entryStatus().ifPresent(status -> on(day, new Happening.AnsweredEntryQuestions(status)));
        if (orientation == Orientation.ADAPTED_ACCOMPANIMENT) {
          story.accompaniment().ifPresentOrElse(
              accompaniment -> accompaniment(accompaniment, story.referral()),
              () -> on(day + choices.daysToLeave(), new Happening.DroppedOut()));
        } else if (orientation == Orientation.DIRECT_REFERRAL) {
          Referral referral = story.referral().orElseThrow();
          ReferralId id = ids.referral();
          on(day + choices.daysToDirectReferral(), new Happening.Referred(id, referral.scheme()));
          news(id, referral, false);
        }
      }
      if (story.survey() != Story.Survey.NOT_ASKED) {
        boolean satisfied = story.survey() == Story.Survey.SATISFIED;
        int answeredOn = day + choices.daysToSurvey();
        on(answeredOn, new Happening.AnsweredSurvey(SatisfactionResponse.of(satisfied, choices.satisfactionScore(satisfied))));
      }
      return new Timeline(steps, day);
    }

    /** 3 or 4 appointments a week or two apart, a missed one made up for a few days later, a referral at the second. */
    private void accompaniment(Accompaniment accompaniment, Optional<Referral> referral) {
      on(day + choices.daysToStart(), new Happening.StartedAccompaniment());
      int appointments = accompaniment.appointments();
      int missed = accompaniment.missedOne() ? choices.appointmentMissed(appointments) : -1;
      ReferralId referralId = null;
      for (int a = 1; a <= appointments; a++) {
        if (a == missed) {
          on(day + choices.daysBetweenAppointments(), new Happening.HadAppointment(ids.appointment(), AppointmentStatus.NO_SHOW));
          day += choices.daysToMakeUp();
        } else if (a > 1) {
          day += choices.daysBetweenAppointments();
        }
        on(day, new Happening.HadAppointment(ids.appointment(), AppointmentStatus.ATTENDED));
        if (referral.isPresent() && a == Math.min(2, appointments)) {
          referralId = ids.referral();
          on(day, new Happening.Referred(referralId, referral.get().scheme()));
        }
      }
      if (referral.isPresent()) {
        news(referralId, referral.get(), true);
      }
      switch (accompaniment.fate()) {
        case POSITIVE_EXIT, OTHER_EXIT -> {
          Accompaniment.Exit exit = accompaniment.exit().orElseThrow();
          on(day + choices.daysToLeave(), new Happening.Exited(exit));
          on(day, new Happening.FollowedUpAtExit(exit));
        }
        case LOST_CONTACT -> on(day + choices.daysToLoseContact(), new Happening.LostContact());
        case DROPPED_OUT -> on(day + choices.daysToLeave(), new Happening.DroppedOut());
        case UNDER_WAY -> {
          // Still accompanied when the programme's period ended.
        }
      }
    }

    /**
     * The news of a referral, a few days apart: for an accompanied person whose referral started, its
     * acceptance first.
     */
    private void news(ReferralId referral, Referral planned, boolean accompanied) {
      if (planned.news().isEmpty()) {
        return;
      }
      ReferralStatus outcome = planned.news().get();
      List<ReferralStatus> news =
          outcome == ReferralStatus.STARTED && accompanied
              ? List.of(ReferralStatus.ACCEPTED, ReferralStatus.STARTED)
              : List.of(outcome);
      for (ReferralStatus status : news) {
        on(day + choices.daysToNews(), new Happening.HeardOfReferral(referral, status));
      }
    }
  }
}

package eu.projectresolution.mobilisation.examples.sipa;

import static eu.projectresolution.mobilisation.examples.sipa.Quotas.share;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.EMPLOYED_SIX_MONTHS_AFTER;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.SURVEY_FROM;
import static eu.projectresolution.mobilisation.examples.sipa.SipaProgramme.END;
import static eu.projectresolution.mobilisation.examples.sipa.SipaProgramme.START;

import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.examples.scenario.RecordReplay;
import eu.projectresolution.mobilisation.examples.scenario.SeededIds;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Dates each person's story on the programme's calendar and plans their records in the replay: the first
 * meeting is chosen so that every step of the pathway falls within the programme's period (and, for
 * those still accompanied at the end, in its last weeks; for those who answered the survey, in its last
 * months); then, once everyone's exit is dated, the counsellors' calls six months after the exits.
 */
final class PathwayPlanner {
  /** Days from the programme's first day to its last. */
  private static final int PERIOD = (int) ChronoUnit.DAYS.between(START, END);

  private final ProgrammeId programme;
  private final SipaCalendar calendar;
  private final SipaChoices choices;
  private final SeededIds ids;
  private final RecordReplay replay;
  private final List<Exit> exits = new ArrayList<>();

  /** An accompaniment's exit, on its day. */
  private record Exit(Happening.Subject subject, Story.Welcomed story, LocalDate on) {}

  PathwayPlanner(ProgrammeId programme, SipaCalendar calendar, SipaChoices choices, SeededIds ids, RecordReplay replay) {
    this.programme = programme;
    this.calendar = calendar;
    this.choices = choices;
    this.ids = ids;
    this.replay = replay;
  }

  /** Plans the records of {@code story} in the replay. */
  void plan(Story story) {
    if (story instanceof Story.Welcomed welcomed) {
      plan(welcomed);
    } else {
      plan((Story.NotWelcomed) story);
    }
  }

  private void plan(Story.Welcomed story) {
    Timeline timeline = Timeline.of(story, choices, ids);
    int latest = PERIOD - timeline.span();
    int earliest = 0;
    if (story.stillAccompaniedAtTheEnd()) {
      earliest = Math.max(0, latest - 60);
    } else if (story.survey() != Story.Survey.NOT_ASKED) {
      earliest = (int) ChronoUnit.DAYS.between(START, SURVEY_FROM);
    }
    FirstMeeting met = meet(story.person(), Math.min(earliest, latest), latest);
    Happening.Subject subject = new Happening.Subject(programme, story.person(), met);
    for (Timeline.Step step : timeline.steps()) {
      LocalDate on = met.on().plusDays(step.day());
      if (step.happening().isExit()) {
        exits.add(new Exit(subject, story, on));
      }
      record(subject, on, step.happening());
    }
  }

  /** People met outside who never came to a site: perhaps met again, perhaps lost from sight. */
  private void plan(Story.NotWelcomed story) {
    Person person = story.person();
    FirstMeeting met = meet(person, 0, PERIOD - 150);
    Happening.Subject subject = new Happening.Subject(programme, person, met);
    record(subject, met.on(), new Happening.Captured());
    LocalDate last = met.on();
    if (story.metAgain()) {
      LocalDate from = met.on().plusDays(7);
      Optional<OutreachEvent> again =
          calendar.outreachEventBetween(from, met.on().plusDays(150), choices).filter(e -> !e.date().isBefore(from));
      LocalDate doorToDoor = min(met.on().plusDays(choices.daysToMeetAgain()), END);
      LocalDate on = again.map(OutreachEvent::date).orElse(doorToDoor);
      Contact contact =
          again.isPresent()
              ? Contact.builder().on(on).channel(CaptureChannel.OUTREACH_EVENT).outreachEvent(again.get().id())
                  .place(again.get().place()).staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR)
                  .consentToRecontact(person.consent()).build()
              : Contact.builder().on(on).channel(CaptureChannel.DOOR_TO_DOOR).place(choices.placeOutside())
                  .staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR).consentToRecontact(person.consent()).build();
      record(subject, on, new Happening.MetAgain(contact, ids.command()));
      last = on;
    }
    if (story.lostFromSight()) {
      LocalDate on = min(last.plusDays(choices.daysToLoseSight()), END);
      record(subject, on, new Happening.LostFromSight(ids.command()));
    }
  }

  /**
   * Six months after an exit, the counsellors call back: those whose exit was early enough for the call to
   * fall within the programme's period, and who could be reached. Some are then in a job.
   */
  void planSixMonthFollowUps() {
    List<Exit> reachable =
        exits.stream()
            .filter(e -> !e.on().plusMonths(6).plusDays(14).isAfter(END))
            .sorted(Comparator.comparing(Exit::on).thenComparing(e -> e.story().person().id().value()))
            .toList();
    Set<BeneficiaryId> inAJob =
        Person.ids(choices.draw(reachable, share(EMPLOYED_SIX_MONTHS_AFTER, reachable.size())).drawn().stream()
            .map(e -> e.story().person()).toList());
    for (Exit exit : reachable) {
      Story.Welcomed story = exit.story();
      boolean inJob = inAJob.contains(story.person().id());
      LocalDate on = exit.on().plusMonths(6).plusDays(choices.daysAfterSixMonths());
      FollowUp.Builder followUp = FollowUp.builder().moment(FollowUpMoment.SIX_MONTHS).observedOn(on).jobSearching(!inJob);
      if (inJob) {
        followUp.employment(
            story.accompaniment().flatMap(Accompaniment::exit).flatMap(Accompaniment.Exit::employment)
                .orElseGet(choices::contractFoundAfterExit));
        boolean employedAtEntry =
            story.entryStatus().map(s -> s.labourMarketStatus() == LabourMarketStatus.EMPLOYED).orElse(false);
        followUp.improvedLabourMarketSituation(employedAtEntry);
      }
      record(exit.subject(), on, new Happening.FollowedUpAfterSixMonths(followUp.build(), ids.command()));
    }
  }

  /**
   * The first meeting, between {@code START + earliest} and {@code START + latest} days.
   */
  private FirstMeeting meet(Person person, int earliest, int latest) {
    return FirstMeeting.of(person, START.plusDays(earliest), START.plusDays(Math.max(earliest, latest)), calendar, choices);
  }

  private void record(Happening.Subject subject, LocalDate on, Happening happening) {
    replay.addFor(subject.id(), on, happening.what(subject.id()), () -> happening.command(subject, on));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? b : a;
  }
}

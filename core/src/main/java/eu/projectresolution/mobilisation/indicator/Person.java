package eu.projectresolution.mobilisation.indicator;

import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.outcome.Participant;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One person's records as a report reads them: the events, their fold, and the rules' view. */
final class Person {
  final List<PathwayEvent> events;
  final Pathway pathway;
  final Participant participant;
  final Period period;

  Person(List<PathwayEvent> events, Period period, PathwayModel model) {
    this.events = events;
    this.pathway = Pathway.fold(events);
    this.participant = Participant.of(pathway, period, model);
    this.period = period;
  }

  Contact capture() {
    return pathway.contacts().get(0);
  }

  boolean capturedDuringPeriod() {
    return period.contains(pathway.capturedOn());
  }

  boolean capturedByEnd() {
    return !pathway.capturedOn().isAfter(period.end());
  }

  /** The site of the latest welcome by the period's end, else the site of the capture contact. */
  Optional<SiteId> site() {
    Optional<SiteId> site = Optional.empty();
    for (PathwayEvent event : events) {
      if (event instanceof PathwayEvents.Welcomed welcomed && !event.header().occurredOn().isAfter(period.end())) {
        site = Optional.of(welcomed.siteId());
      }
    }
    return site.or(() -> capture().site());
  }

  boolean welcomedDuringPeriod() {
    return events.stream()
        .anyMatch(e -> e instanceof PathwayEvents.Welcomed && period.contains(e.header().occurredOn()));
  }

  List<SatisfactionResponse> satisfactionDuringPeriod() {
    return events.stream()
        .filter(e -> e instanceof PathwayEvents.SatisfactionRecorded && period.contains(e.header().occurredOn()))
        .map(e -> ((PathwayEvents.SatisfactionRecorded) e).response())
        .toList();
  }

  /** The situation observed at the latest welcome on or before {@code day} that recorded one. */
  Optional<Situation> entrySituationBefore(LocalDate day) {
    Optional<Situation> found = Optional.empty();
    for (PathwayEvent event : events) {
      if (event instanceof PathwayEvents.Welcomed welcomed
          && !event.header().occurredOn().isAfter(day)
          && welcomed.situation().isPresent()) {
        found = welcomed.situation();
      }
    }
    return found;
  }

  /** The latest situation observed on or after {@code day} (the exit's, or a later one). */
  Optional<Situation> situationFrom(LocalDate day) {
    Optional<Situation> found = Optional.empty();
    for (var observed : pathway.situations()) {
      if (!observed.on().isBefore(day)) {
        found = Optional.of(observed.situation());
      }
    }
    return found;
  }
}

package eu.projectresolution.mobilisation.examples.sipa;

import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.COLLABORATIVE_ACTIONS;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.INFORMATION_STANDS;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.NEIGHBOURHOOD_EVENTS;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.RECRUT_CAFES;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.SITE_EVENTS;
import static eu.projectresolution.mobilisation.examples.sipa.SipaProgramme.END;
import static eu.projectresolution.mobilisation.examples.sipa.SipaProgramme.START;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventKind;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.scenario.RecordReplay;
import eu.projectresolution.mobilisation.examples.scenario.SeededIds;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.Partner;
import eu.projectresolution.mobilisation.programme.PartnerId;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The programme's calendar over its three years, the events people are met at: the outreach events of the
 * two resident-liaison counsellors in the priority neighbourhoods (Recrut'Cafés with a recruiter,
 * information stands, neighbourhood afternoons), the collaborative actions conducted with partners
 * (ending with Festi'Job on 27 June 2019), and the events hosted at the three sites. Each kind is spread
 * over the period, one in each n-th of it, on a working day.
 */
final class SipaCalendar {
  private static final List<String> ACTION_TITLES =
      List.of(
          "User-partner committee",
          "Reverse job fair",
          "Volleyball match between companies, partners and young people",
          "Conference Génération W",
          "Breakfast with local employers",
          "Neighbourhood job dating",
          "Workshop with social landlords' mediators",
          "Sports and employment day",
          "Training bodies open day",
          "Partners' seminar on reaching invisible publics");
  private static final List<String> SITE_EVENT_TOPICS =
      List.of(
          "Information session", "Recruitment morning", "CV and cover letter workshop", "Digital skills workshop",
          "Presentation of training courses", "Mobility and driving licence information", "Health and rights clinic");
  private static final LocalDate FESTI_JOB = LocalDate.of(2019, 6, 27);

  /** In the order they were planned, which is the order they are recorded in on the same day. */
  private final List<OutreachEvent> outreachEvents;

  private final List<CollaborativeAction> collaborativeActions;
  private final List<SiteEvent> siteEvents;

  /** By date, to find the events that fall in a window. */
  private final ByDate<OutreachEvent> outreachEventsByDate;

  private final ByDate<CollaborativeAction> collaborativeActionsByDate;
  private final ByDate<SiteEvent> siteEventsByDate;

  private SipaCalendar(List<OutreachEvent> outreach, List<CollaborativeAction> actions, List<SiteEvent> atSites) {
    this.outreachEvents = List.copyOf(outreach);
    this.collaborativeActions = List.copyOf(actions);
    this.siteEvents = List.copyOf(atSites);
    this.outreachEventsByDate = new ByDate<>(outreach, OutreachEvent::date);
    this.collaborativeActionsByDate = new ByDate<>(actions, CollaborativeAction::date);
    this.siteEventsByDate = new ByDate<>(atSites, SiteEvent::date);
  }

  /** What the calendar must hold at least one of, for the people planned to be met there. */
  record Needs(boolean outreachEvent, boolean collaborativeAction, boolean siteEvent) {}

  /**
   * Plans the calendar of {@code programme} at {@code scale}: at least one event of each kind {@code needs}
   * says people are to be met at, however small the scale.
   */
  static SipaCalendar plan(Programme programme, double scale, Needs needs, SipaChoices choices, SeededIds ids) {
    return new SipaCalendar(
        outreachEvents(programme, scale, needs.outreachEvent(), choices, ids),
        collaborativeActions(programme, scale, needs.collaborativeAction(), choices, ids),
        siteEvents(programme, scale, needs.siteEvent(), choices, ids));
  }

  /** Plans every event of the calendar in {@code replay}, in the order they were planned. */
  void addTo(RecordReplay replay, MobilisationEngine engine, TenantId tenant) {
    RecordReplay.Bulk<OutreachEvent> outreach = events -> engine.recordOutreachEvents(tenant, events);
    RecordReplay.Bulk<CollaborativeAction> actions = some -> engine.recordCollaborativeActions(tenant, some);
    RecordReplay.Bulk<SiteEvent> atSites = events -> engine.recordSiteEvents(tenant, events);
    for (OutreachEvent event : outreachEvents) {
      replay.addInBulk(outreach, event.date(), "outreach event '" + event.title() + "'", event);
    }
    for (CollaborativeAction action : collaborativeActions) {
      replay.addInBulk(actions, action.date(), "collaborative action '" + action.title() + "'", action);
    }
    for (SiteEvent event : siteEvents) {
      replay.addInBulk(atSites, event.date(), "site event '" + event.title() + "'", event);
    }
  }

  /** An outreach event between {@code from} and {@code to}, else the latest before {@code to}. */
  Optional<OutreachEvent> outreachEventBetween(LocalDate from, LocalDate to, SipaChoices choices) {
    return outreachEventsByDate.between(from, to, choices);
  }

  /** A collaborative action between {@code from} and {@code to}, else the latest before {@code to}. */
  Optional<CollaborativeAction> collaborativeActionBetween(LocalDate from, LocalDate to, SipaChoices choices) {
    return collaborativeActionsByDate.between(from, to, choices);
  }

  /** An event at a site between {@code from} and {@code to}, else the latest before {@code to}. */
  Optional<SiteEvent> siteEventBetween(LocalDate from, LocalDate to, SipaChoices choices) {
    return siteEventsByDate.between(from, to, choices);
  }

  /**
   * Events of one kind by date (in the order they were planned within a day), found by a binary search:
   * a million people each look for the events of a window of days.
   */
  private static final class ByDate<E> {
    private final List<E> events;
    private final long[] days;

    ByDate(List<E> planned, Function<E, LocalDate> date) {
      List<E> sorted = new ArrayList<>(planned);
      sorted.sort(Comparator.comparing(date));
      this.events = List.copyOf(sorted);
      this.days = sorted.stream().mapToLong(e -> date.apply(e).toEpochDay()).toArray();
    }

    /** A random one of the events dated from {@code from} to {@code to}, else the latest before {@code to}. */
    Optional<E> between(LocalDate from, LocalDate to, SipaChoices choices) {
      int first = firstAfter(from.toEpochDay() - 1);
      int end = firstAfter(to.toEpochDay());
      if (first < end) {
        return Optional.of(choices.oneOf(events.subList(first, end)));
      }
      return end > 0 ? Optional.of(events.get(end - 1)) : Optional.empty();
    }

    /** The index of the first event after {@code day}, or the number of events if there is none. */
    private int firstAfter(long day) {
      int low = 0;
      int high = days.length;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (days[middle] <= day) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      return low;
    }
  }

  // ---------------------------------------------------------------- the events

  /** Recrut'Cafés, information stands and neighbourhood afternoons, in a random order over the period. */
  private static List<OutreachEvent> outreachEvents(
      Programme programme, double scale, boolean needed, SipaChoices choices, SeededIds ids) {
    int cafes = Quotas.scaled(RECRUT_CAFES, scale);
    int stands = Quotas.scaled(INFORMATION_STANDS, scale);
    int afternoons = Quotas.scaled(NEIGHBOURHOOD_EVENTS, scale);
    if (needed && cafes + stands + afternoons == 0) {
      cafes = 1;
    }
    int total = cafes + stands + afternoons;
    List<OutreachEventKind> kinds = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      kinds.add(i < cafes ? OutreachEventKind.RECRUT_CAFE
          : i < cafes + stands ? OutreachEventKind.INFORMATION_STAND
          : OutreachEventKind.NEIGHBOURHOOD_EVENT);
    }
    kinds = choices.shuffled(kinds);
    List<OutreachEvent> events = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      LocalDate date = spread(i, total, choices);
      String neighbourhood = choices.neighbourhood();
      OutreachEventKind kind = kinds.get(i);
      OutreachEvent.Builder event =
          OutreachEvent.builder()
              .id(ids.outreachEvent())
              .programmeId(programme.id())
              .kind(kind)
              .place((kind == OutreachEventKind.RECRUT_CAFE ? choices.recrutCafeVenue()
                  : kind == OutreachEventKind.INFORMATION_STAND ? "Market square" : "Community centre")
                  + ", " + neighbourhood)
              .territoryType(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD)
              .date(date)
              .addOrganisers(StaffRole.RESIDENT_LIAISON_COUNSELLOR);
      if (kind == OutreachEventKind.RECRUT_CAFE) {
        PartnerId recruiter = choices.recruiter();
        event
            .title("Recrut'Café " + neighbourhood + " with " + partnerName(programme, recruiter))
            .addPartnerActors(recruiter, SipaProgramme.MUNICIPAL_MEDIATORS, SipaProgramme.SOCIAL_LANDLORD)
            .addOrganisers(StaffRole.PARTNER_PROFESSIONAL)
            .preparation(RecrutCafe.preparation(date, START));
      } else if (kind == OutreachEventKind.INFORMATION_STAND) {
        event.title("Information stand, " + neighbourhood).addPartnerActors(SipaProgramme.MISSION_LOCALE);
      } else {
        event.title("Neighbourhood afternoon, " + neighbourhood)
            .addPartnerActors(SipaProgramme.SPORTS_ASSOCIATIONS, SipaProgramme.CITIZEN_COMMITTEES);
      }
      events.add(event.build());
    }
    return events;
  }

  /** The collaborative actions, each with 2 to 4 of the programme's partners; the last one is Festi'Job. */
  private static List<CollaborativeAction> collaborativeActions(
      Programme programme, double scale, boolean needed, SipaChoices choices, SeededIds ids) {
    int total = Math.max(Quotas.scaled(COLLABORATIVE_ACTIONS, scale), needed ? 1 : 0);
    List<PartnerId> partners = programme.partners().stream().map(Partner::id).toList();
    List<CollaborativeAction> actions = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      boolean last = i == total - 1 && total > 1;
      LocalDate date = last ? FESTI_JOB : spread(i, total, choices);
      actions.add(
          CollaborativeAction.builder()
              .id(ids.collaborativeAction())
              .programmeId(programme.id())
              .title(last ? "Festi'Job, the final day of SIPA" : ACTION_TITLES.get(i % ACTION_TITLES.size()))
              .date(date)
              .partners(choices.draw(partners, choices.partnersInAnAction()).drawn())
              .build());
    }
    return actions;
  }

  /** The events at the sites, most hosted by a partner, the others by an actor new to the territory. */
  private static List<SiteEvent> siteEvents(
      Programme programme, double scale, boolean needed, SipaChoices choices, SeededIds ids) {
    int total = Math.max(Quotas.scaled(SITE_EVENTS, scale), needed ? 1 : 0);
    List<Partner> hosts = programme.partners();
    List<SiteEvent> events = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      LocalDate date = spread(i, total, choices);
      Partner host = choices.oneOf(hosts);
      boolean partnerHosts = choices.partnerHosts();
      SiteEvent.Builder event =
          SiteEvent.builder().id(ids.siteEvent()).programmeId(programme.id()).siteId(choices.site()).date(date);
      if (partnerHosts) {
        event.title(choices.oneOf(SITE_EVENT_TOPICS) + " with " + host.name()).host(host.id());
      } else {
        event.title(choices.oneOf(SITE_EVENT_TOPICS) + " with an actor new to the territory");
      }
      events.add(event.build());
    }
    return events;
  }

  /** The {@code i}-th of {@code n} days spread over the period (one in each n-th of it), moved off week-ends. */
  private static LocalDate spread(int i, int n, SipaChoices choices) {
    long days = ChronoUnit.DAYS.between(START, END) + 1;
    LocalDate day = START.plusDays((long) Math.floor((i + choices.fraction()) * days / n));
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
      day = day.minusDays(1);
    } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1).isAfter(END) ? day.minusDays(2) : day.plusDays(1);
    }
    return day.isBefore(START) ? START : day;
  }

  private static String partnerName(Programme programme, PartnerId id) {
    return programme.partner(id).map(Partner::name).orElse(id.value());
  }
}

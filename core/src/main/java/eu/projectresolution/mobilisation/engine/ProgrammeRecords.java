package eu.projectresolution.mobilisation.engine;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.countrypack.CountryPacks;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The programme-level records: the programme's declarations and its dated activities (outreach
 * events, collaborative actions, site events). Each is checked against the programme (its period, its
 * sites and partners) and stored once under its id: the same record again is a replay, a different
 * one under that id is refused. {@link MobilisationEngine} answers with these.
 */
final class ProgrammeRecords {
  private static final Logger LOG = LoggerFactory.getLogger(ProgrammeRecords.class);

  private final MobilisationStorage storage;
  private final Declarations declarations;
  private final RecordChecks checks;

  ProgrammeRecords(MobilisationStorage storage, Declarations declarations, RecordChecks checks) {
    this.storage = storage;
    this.declarations = declarations;
    this.checks = checks;
  }

  /**
   * Registers a programme. Registering the same declaration again is accepted as a replay; a
   * different programme under an existing id is refused with {@code RECORD_ALREADY_EXISTS}.
   */
  CommandResult registerProgramme(TenantId tenant, Programme programme) {
    requireNonNull(tenant, "tenant");
    requireNonNull(programme, "programme");
    CountryPacks.standard().packOf(programme);
    declarations.forget(tenant, programme.id());
    Optional<Programme> existing = storage.programmes().find(tenant, programme.id());
    if (existing.isEmpty() && storage.programmes().add(tenant, programme)) {
      return CommandResult.accepted(false);
    }
    return sameOrRefused(
        existing.or(() -> storage.programmes().find(tenant, programme.id())),
        programme,
        "Programme " + programme.id() + " is already registered with other declarations: "
            + "use updateProgramme to change it",
        "id");
  }

  /** Replaces a registered programme's declarations (a corrected budget, a new partner or site). */
  CommandResult updateProgramme(TenantId tenant, Programme programme) {
    requireNonNull(tenant, "tenant");
    requireNonNull(programme, "programme");
    CountryPacks.standard().packOf(programme);
    declarations.forget(tenant, programme.id());
    if (!storage.programmes().replace(tenant, programme)) {
      return CommandResult.refused(
          Optional.empty(),
          Refusal.of(
              RefusalCode.UNKNOWN_PROGRAMME,
              "No programme " + programme.id() + " is registered: register it first",
              "id"));
    }
    return CommandResult.accepted(false);
  }

  /**
   * Records an outreach event (a Recrut'Café, a stand...). People met there are then captured with a
   * {@link Contact} naming the event, which builds its attendance register.
   */
  CommandResult recordOutreachEvent(TenantId tenant, OutreachEvent event) {
    return recordActivities(tenant, List.of(requireNonNull(event, "event")), this::outreachEvent,
        (t, events) -> List.of(storage.outreachEvents().add(t, events.get(0)))).get(0);
  }

  /** Records a collaborative action conducted with partners (a reverse job fair, a volleyball match...). */
  CommandResult recordCollaborativeAction(TenantId tenant, CollaborativeAction action) {
    return recordActivities(tenant, List.of(requireNonNull(action, "action")), this::collaborativeAction,
        (t, actions) -> List.of(storage.collaborativeActions().add(t, actions.get(0)))).get(0);
  }

  /** Records an event hosted at one of the programme's sites. */
  CommandResult recordSiteEvent(TenantId tenant, SiteEvent event) {
    return recordActivities(tenant, List.of(requireNonNull(event, "event")), this::siteEvent,
        (t, events) -> List.of(storage.siteEvents().add(t, events.get(0)))).get(0);
  }

  /** See {@link MobilisationEngine#recordOutreachEvents}. */
  List<CommandResult> recordOutreachEvents(TenantId tenant, List<OutreachEvent> events) {
    return recordActivities(tenant, events, this::outreachEvent, storage.outreachEvents()::addAll);
  }

  /** See {@link MobilisationEngine#recordCollaborativeActions}. */
  List<CommandResult> recordCollaborativeActions(TenantId tenant, List<CollaborativeAction> actions) {
    return recordActivities(tenant, actions, this::collaborativeAction, storage.collaborativeActions()::addAll);
  }

  /** See {@link MobilisationEngine#recordSiteEvents}. */
  List<CommandResult> recordSiteEvents(TenantId tenant, List<SiteEvent> events) {
    return recordActivities(tenant, events, this::siteEvent, storage.siteEvents()::addAll);
  }

  /** What the engine checks and looks up about one dated activity of a programme. */
  private record Activity<R>(
      ProgrammeId programmeId, LocalDate date, Function<Programme, Optional<Refusal>> checks,
      Supplier<Optional<R>> stored, String what) {}

  private Activity<OutreachEvent> outreachEvent(TenantId tenant, OutreachEvent event) {
    return new Activity<>(event.programmeId(), event.date(),
        programme -> RecordChecks.partners(programme, event.partnerActors(), "partnerActors"),
        () -> storage.outreachEvents().find(tenant, event.id()), "outreach event " + event.id());
  }

  private Activity<CollaborativeAction> collaborativeAction(TenantId tenant, CollaborativeAction action) {
    return new Activity<>(action.programmeId(), action.date(),
        programme -> RecordChecks.partners(programme, action.partners(), "partners"),
        () -> storage.collaborativeActions().find(tenant, action.id()), "collaborative action " + action.id());
  }

  private Activity<SiteEvent> siteEvent(TenantId tenant, SiteEvent event) {
    return new Activity<>(event.programmeId(), event.date(),
        programme -> {
          if (programme.site(event.siteId()).isEmpty()) {
            return Optional.of(
                Refusal.of(
                    RefusalCode.UNKNOWN_SITE,
                    "Programme " + programme.id() + " has no site " + event.siteId(),
                    "siteId"));
          }
          return RecordChecks.partner(programme, event.host(), "host");
        },
        () -> storage.siteEvents().find(tenant, event.id()), "site event " + event.id());
  }

  /**
   * Checks each record against its programme (its period, its sites and partners), adds those that
   * pass with {@code add} in one call, and answers each: refused with the first rule it breaks, accepted,
   * or, for an id already recorded, accepted as a replay if the same record is stored, else refused.
   */
  private <R> List<CommandResult> recordActivities(
      TenantId tenant, List<R> records, BiFunction<TenantId, R, Activity<R>> describe,
      BiFunction<TenantId, List<R>, List<Boolean>> add) {
    requireNonNull(tenant, "tenant");
    requireNonNull(records, "records");
    CommandResult[] results = new CommandResult[records.size()];
    List<R> passed = new ArrayList<>();
    List<Activity<R>> passedActivities = new ArrayList<>();
    List<Integer> passedAt = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      R record = requireNonNull(records.get(i), "records[" + i + "] is null");
      Activity<R> activity = describe.apply(tenant, record);
      Optional<Refusal> refusal = firstRefusal(tenant, activity);
      if (refusal.isPresent()) {
        LOG.debug("Refused {}: {}", activity.what(), refusal.get());
        results[i] = CommandResult.refused(Optional.empty(), refusal.get());
      } else {
        passed.add(record);
        passedActivities.add(activity);
        passedAt.add(i);
      }
    }
    List<Boolean> added = passed.isEmpty() ? List.of() : add.apply(tenant, passed);
    for (int k = 0; k < passed.size(); k++) {
      Activity<R> activity = passedActivities.get(k);
      results[passedAt.get(k)] = added.get(k)
          ? CommandResult.accepted(false)
          : sameOrRefused(activity.stored().get(), passed.get(k),
              "A different " + activity.what() + " is already recorded under this id", "id");
    }
    return List.of(results);
  }

  private Optional<Refusal> firstRefusal(TenantId tenant, Activity<?> activity) {
    Optional<Programme> programme = declarations.of(tenant, activity.programmeId());
    if (programme.isEmpty()) {
      return Optional.of(
          Refusal.of(
              RefusalCode.UNKNOWN_PROGRAMME,
              "No programme " + activity.programmeId() + " is registered for " + activity.what() + ": register it first",
              "programmeId"));
    }
    return checks.date(programme.get(), activity.date(), Optional.empty(), activity.what(), "date", true)
        .or(() -> activity.checks().apply(programme.get()));
  }

  private static <R> CommandResult sameOrRefused(Optional<R> stored, R record, String message, String field) {
    if (stored.isPresent() && stored.get().equals(record)) {
      return CommandResult.accepted(true);
    }
    return CommandResult.refused(
        Optional.empty(), Refusal.of(RefusalCode.RECORD_ALREADY_EXISTS, message, field));
  }
}

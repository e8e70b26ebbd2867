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
import java.util.Optional;
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
    requireNonNull(tenant, "tenant");
    requireNonNull(event, "event");
    return recordActivity(
        tenant,
        event.programmeId(),
        event.date(),
        "date",
        programme -> RecordChecks.partners(programme, event.partnerActors(), "partnerActors"),
        () -> storage.outreachEvents().find(tenant, event.id()),
        () -> storage.outreachEvents().add(tenant, event),
        event,
        "outreach event " + event.id());
  }

  /** Records a collaborative action conducted with partners (a reverse job fair, a volleyball match...). */
  CommandResult recordCollaborativeAction(TenantId tenant, CollaborativeAction action) {
    requireNonNull(tenant, "tenant");
    requireNonNull(action, "action");
    return recordActivity(
        tenant,
        action.programmeId(),
        action.date(),
        "date",
        programme -> RecordChecks.partners(programme, action.partners(), "partners"),
        () -> storage.collaborativeActions().find(tenant, action.id()),
        () -> storage.collaborativeActions().add(tenant, action),
        action,
        "collaborative action " + action.id());
  }

  /** Records an event hosted at one of the programme's sites. */
  CommandResult recordSiteEvent(TenantId tenant, SiteEvent event) {
    requireNonNull(tenant, "tenant");
    requireNonNull(event, "event");
    return recordActivity(
        tenant,
        event.programmeId(),
        event.date(),
        "date",
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
        () -> storage.siteEvents().find(tenant, event.id()),
        () -> storage.siteEvents().add(tenant, event),
        event,
        "site event " + event.id());
  }

  private <R> CommandResult recordActivity(
      TenantId tenant,
      ProgrammeId programmeId,
      LocalDate date,
      String dateField,
      Function<Programme, Optional<Refusal>> checks,
      Supplier<Optional<R>> existing,
      Supplier<Boolean> add,
      R record,
      String what) {
    Optional<Programme> programme = declarations.of(tenant, programmeId);
    if (programme.isEmpty()) {
      return CommandResult.refused(
          Optional.empty(),
          Refusal.of(
              RefusalCode.UNKNOWN_PROGRAMME,
              "No programme " + programmeId + " is registered for " + what + ": register it first",
              "programmeId"));
    }
    Optional<Refusal> refusal =
        this.checks.date(programme.get(), date, Optional.empty(), what, dateField, true).or(() -> checks.apply(programme.get()));
    if (refusal.isPresent()) {
      LOG.debug("Refused {}: {}", what, refusal.get());
      return CommandResult.refused(Optional.empty(), refusal.get());
    }
    Optional<R> before = existing.get();
    if (before.isEmpty() && add.get()) {
      return CommandResult.accepted(false);
    }
    return sameOrRefused(
        before.or(existing), record, "A different " + what + " is already recorded under this id", "id");
  }

  private static <R> CommandResult sameOrRefused(Optional<R> stored, R record, String message, String field) {
    if (stored.isPresent() && stored.get().equals(record)) {
      return CommandResult.accepted(true);
    }
    return CommandResult.refused(
        Optional.empty(), Refusal.of(RefusalCode.RECORD_ALREADY_EXISTS, message, field));
  }
}

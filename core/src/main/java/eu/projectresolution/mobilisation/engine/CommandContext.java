package eu.projectresolution.mobilisation.engine;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.pathway.Corrections;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.PathwayStep;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the engine knows when it decides a pathway command: the command, the person's events and
 * pathway before it (empty for someone never captured), the programme's declarations, the pathway model, today's date
 * and the few stored records a rule may look up. A {@link RefusalRule} reads nothing else, so each
 * can be tried on a context built by hand.
 *
 * @param <C> the kind of command decided
 */
// Not thread-safe (who() is memoised): a context lives within one decision.
final class CommandContext<C extends PathwayCommand> {
  /** The stored records a rule may need beyond the pathway and the programme. */
  interface Lookups {
    /** Whether {@code event} is an outreach event recorded for {@code programme}. */
    boolean outreachEventOf(TenantId tenant, ProgrammeId programme, OutreachEventId event);

    /** The person the tenant knows by {@code key}, if any. */
    Optional<BeneficiaryId> recognisedBy(TenantId tenant, MatchingKey key);

    /** The lookups answered by {@code storage}. */
    static Lookups of(MobilisationStorage storage) {
      return of(storage, new KnownOutreachEvents(storage));
    }

    /** The lookups answered by {@code storage}, outreach events through {@code outreachEvents}. */
    static Lookups of(MobilisationStorage storage, KnownOutreachEvents outreachEvents) {
      return new Lookups() {
        @Override
        public boolean outreachEventOf(TenantId tenant, ProgrammeId programme, OutreachEventId event) {
          return outreachEvents.find(tenant, event).filter(e -> e.programmeId().equals(programme)).isPresent();
        }

        @Override
        public Optional<BeneficiaryId> recognisedBy(TenantId tenant, MatchingKey key) {
          return storage.personalData().findByMatchingKey(tenant, key);
        }
      };
    }
  }

  private final TenantId tenant;
  private final C command;
  private final List<PathwayEvent> events;
  private final Optional<Pathway> pathway;
  private final Optional<ProgrammeId> programmeId;
  private final Optional<Programme> programme;
  private final PathwayModel model;
  private final LocalDate today;
  private final Lookups lookups;
  private final String dateField;
  private final Optional<PathwayStep> move;
  private String who;

  /**
   * @param programmeId the programme the command records for: the capture's, or the pathway's; empty
   *     for a command about someone never captured
   * @param programme its declarations, if it is registered
   */
  CommandContext(
      TenantId tenant, C command, List<PathwayEvent> events, Optional<Pathway> pathway, Optional<ProgrammeId> programmeId,
      Optional<Programme> programme, PathwayModel model, LocalDate today, Lookups lookups, String dateField,
      Optional<PathwayStep> move) {
    this.tenant = requireNonNull(tenant, "tenant");
    this.command = requireNonNull(command, "command");
    this.events = requireNonNull(events, "events");
    this.pathway = requireNonNull(pathway, "pathway");
    this.programmeId = requireNonNull(programmeId, "programmeId");
    this.programme = requireNonNull(programme, "programme");
    this.model = requireNonNull(model, "model");
    this.today = requireNonNull(today, "today");
    this.lookups = requireNonNull(lookups, "lookups");
    this.dateField = requireNonNull(dateField, "dateField");
    this.move = requireNonNull(move, "move");
  }

  TenantId tenant() {
    return tenant;
  }

  C command() {
    return command;
  }

  BeneficiaryId beneficiary() {
    return command.beneficiaryId();
  }

  /** The person's events before the command, as recorded (corrections included). */
  List<PathwayEvent> events() {
    return events;
  }

  /**
   * The event at {@code version} as the pathway reads it (as last corrected), if it is part of the
   * effective history: not a correction, not voided.
   */
  Optional<PathwayEvent> effectiveEvent(long version) {
    return Corrections.effective(events).stream().filter(e -> e.header().version() == version).findFirst();
  }

  /** The pathway before the command; empty if the person was never captured. */
  Optional<Pathway> pathway() {
    return pathway;
  }

  /** The pathway before the command, for rules that run once the person is known to be captured. */
  Pathway capturedPathway() {
    return pathway.orElseThrow(() -> new IllegalStateException("beneficiary " + beneficiary() + " has no pathway"));
  }

  /** The current stage, for rules that run once the person is known to be captured. */
  Stage stage() {
    return capturedPathway().stage();
  }

  /** The programme the command records for. */
  ProgrammeId programmeId() {
    return programmeId.orElseThrow(() -> new IllegalStateException("beneficiary " + beneficiary() + " has no programme"));
  }

  /** The programme's declarations, if it is registered. */
  Optional<Programme> programmeFound() {
    return programme;
  }

  /** The programme's declarations, for rules that run once the programme is known to be registered. */
  Programme programme() {
    return programme.orElseThrow(() -> new IllegalStateException("the programme of beneficiary " + beneficiary() + " is not registered"));
  }

  PathwayModel model() {
    return model;
  }

  LocalDate today() {
    return today;
  }

  Lookups lookups() {
    return lookups;
  }

  /** The command's field that holds its day, as refusals of the day name it. */
  String dateField() {
    return dateField;
  }

  /** The step the command moves the pathway by, if it moves it. */
  Optional<PathwayStep> move() {
    return move;
  }

  /** The person, as date refusals name them: "beneficiary b-1 (stage 'welcomed')". */
  String who() {
    if (who == null) {
      who = "beneficiary " + beneficiary() + pathway.map(p -> " (stage '" + p.stage() + "')").orElse("");
    }
    return who;
  }
}

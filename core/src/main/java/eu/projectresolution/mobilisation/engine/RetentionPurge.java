package eu.projectresolution.mobilisation.engine;

import static java.util.Objects.requireNonNull;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.RetriesExhausted;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.pathway.Exit;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.privacy.ErasedData;
import eu.projectresolution.mobilisation.privacy.ErasureGround;
import eu.projectresolution.mobilisation.privacy.ErasureRecord;
import eu.projectresolution.mobilisation.privacy.PathwayDetail;
import eu.projectresolution.mobilisation.privacy.PurgeReport;
import eu.projectresolution.mobilisation.privacy.Requester;
import eu.projectresolution.mobilisation.programme.PersonalDataClass;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.RetentionPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retention purge behind {@link MobilisationEngine#purge}: for each programme with a retention
 * policy, erases from each person the classes of data whose period is over, each erasure with its
 * audit record, and purges the pathway detail in place. Safe to run every night and while commands go
 * on: an erasure is made only if the details it was decided on are still those stored.
 */
final class RetentionPurge {
  private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

  private final MobilisationStorage storage;
  private final Clock clock;
  private final PathwayCache pathwayCache;

  RetentionPurge(MobilisationStorage storage, Clock clock, PathwayCache pathwayCache) {
    this.storage = storage;
    this.clock = clock;
    this.pathwayCache = pathwayCache;
  }

  PurgeReport purge(TenantId tenant, String author) {
    requireNonNull(tenant, "tenant");
    Checks.checkNotBlankText(author, "author", Checks.NAME);
    LocalDate today = LocalDate.now(clock);
    List<ProgrammeId> programmes = new ArrayList<>();
    List<PurgeReport.Purged> purged = new ArrayList<>();
    long lookedAt = 0;
    for (Programme programme : storage.programmes().list(tenant)) {
      if (programme.retention().isEmpty()) {
        continue;
      }
      RetentionPolicy policy = programme.retention().get();
      programmes.add(programme.id());
      for (BeneficiarySummary person : storage.beneficiaries().ofProgramme(tenant, programme.id())) {
        lookedAt++;
        purge(tenant, person, policy, today, author).ifPresent(purged::add);
      }
    }
    LOG.info("Retention purge of tenant {} on {}: {} people looked at, {} purged", tenant, today, lookedAt, purged.size());
    return PurgeReport.of(today, programmes, lookedAt, purged);
  }

  /** How many times a purge decides again on a person whose details changed while it decided. */
  private static final int PURGE_ATTEMPTS = 3;

  /**
   * Purges one person: decides what is due from their summary and details, then erases it if the
   * details are still those it decided on; else decides again on what is stored now (a contact recorded
   * meanwhile may have made nothing due, or details put meanwhile may hold contact data now due).
   */
  private Optional<PurgeReport.Purged> purge(
      TenantId tenant, BeneficiarySummary person, RetentionPolicy policy, LocalDate today, String author) {
    BeneficiarySummary current = person;
    for (int attempt = 1; attempt <= PURGE_ATTEMPTS; attempt++) {
      Optional<Optional<PurgeReport.Purged>> done = purgeOnce(tenant, current, policy, today, author);
      if (done.isPresent()) {
        return done.get();
      }
      Optional<BeneficiarySummary> stored = storage.beneficiaries().find(tenant, person.beneficiaryId());
      if (stored.isEmpty()) {
        return Optional.empty();
      }
      current = stored.get();
    }
    LOG.info("The details of beneficiary {} of tenant {} kept changing while they were purged: the next purge"
        + " decides again", person.beneficiaryId(), tenant);
    return Optional.empty();
  }

  /** What {@link #purge} did on one attempt; empty if the details changed since they were read. */
  private Optional<Optional<PurgeReport.Purged>> purgeOnce(
      TenantId tenant, BeneficiarySummary listed, RetentionPolicy policy, LocalDate today, String author) {
    if (dueClasses(tenant, listed, policy, today).isEmpty()) {
      return Optional.of(Optional.empty());
    }
    BeneficiaryId who = listed.beneficiaryId();
    // The details first, then the summary they are judged by: a contact recorded after this read either
    // shows in the summary, or changes the details and so fails the erasure's check below.
    Optional<PersonalDetails> details = storage.personalData().find(tenant, who);
    Optional<BeneficiarySummary> fresh = storage.beneficiaries().find(tenant, who);
    if (fresh.isEmpty()) {
      return Optional.of(Optional.empty());
    }
    BeneficiarySummary person = fresh.get();
    Set<PersonalDataClass> due = dueClasses(tenant, person, policy, today);
    if (due.isEmpty()) {
      return Optional.of(Optional.empty());
    }
    // Erasing the identity erases every personal datum, the special-category answers included; those
    // inside events recorded before answers were kept apart first go where the erasure erases them.
    boolean answersDue = due.contains(PersonalDataClass.SPECIAL_CATEGORY) || due.contains(PersonalDataClass.IDENTITY);
    if (answersDue) {
      try {
        PersonalDataRecords.keepOlderAnswersApart(storage, pathwayCache, tenant, who);
      } catch (RetriesExhausted moving) {
        return Optional.empty(); // the person's pathway keeps moving on: decide again, then leave them to the next purge
      }
      answersDue = !storage.specialCategoryAnswers().of(tenant, who).isEmpty();
    }
    Optional<PersonalDetails> kept = details;
    Set<ErasedData> erased = EnumSet.noneOf(ErasedData.class);
    if (details.isPresent() && due.contains(PersonalDataClass.IDENTITY)) {
      kept = Optional.empty();
      erased.addAll(PersonalDataRecords.classesOf(details, false));
    } else if (details.isPresent() && due.contains(PersonalDataClass.CONTACT)
        && (details.get().phone().isPresent() || details.get().email().isPresent())) {
      kept = Optional.of(PersonalDetails.builder().from(details.get()).phone(Optional.empty()).email(Optional.empty()).build());
      erased.add(ErasedData.CONTACT_DETAILS);
    }
    if (answersDue) {
      erased.add(ErasedData.SPECIAL_CATEGORY_ANSWERS);
    }
    List<PathwayEvent> events = List.of();
    List<PathwayEvent> withoutDetail = List.of();
    if (due.contains(PersonalDataClass.PATHWAY_DETAIL)) {
      events = storage.pathways().events(tenant, who);
      withoutDetail = PathwayDetail.purged(events);
      if (!withoutDetail.equals(events)) {
        erased.add(ErasedData.PATHWAY_DETAIL);
      }
    }
    if (erased.isEmpty()) {
      return Optional.of(Optional.empty());
    }
    ErasureRecord record = ErasureRecord.builder()
        .commandId(CommandId.timeOrdered())
        .beneficiaryId(who)
        .requester(Requester.THE_PROGRAMME)
        .ground(ErasureGround.RETENTION_PERIOD_ENDED)
        .requestedOn(today)
        .erasedAt(clock.instant())
        .recordedBy(author)
        .erased(erased)
        .build();
    Optional<ErasureRecord> added = storage.erasures().eraseIfUnchanged(tenant, record, details, kept);
    if (added.isEmpty()) {
      return Optional.empty();
    }
    // The record first: a purge cut short here leaves a record of detail still held, which the next
    // purge erases (with a record of its own), never detail gone without a record.
    if (erased.contains(ErasedData.PATHWAY_DETAIL)) {
      if (!storage.pathways().replaceDetail(tenant, who, events.size(), withoutDetail)) {
        LOG.info("The pathway of beneficiary {} of tenant {} moved on while its detail was purged: the next purge"
            + " purges it", who, tenant);
      }
      pathwayCache.forget(tenant, who); // the engine's copy of the events still holds the detail
    }
    return Optional.of(Optional.of(PurgeReport.Purged.of(who, person.programmeId(), added.get().erased())));
  }

  /** The classes of the person's data whose retention period under {@code policy} is over by {@code today}. */
  private Set<PersonalDataClass> dueClasses(
      TenantId tenant, BeneficiarySummary person, RetentionPolicy policy, LocalDate today) {
    Set<PersonalDataClass> due = EnumSet.noneOf(PersonalDataClass.class);
    Optional<Optional<LocalDate>> exit = Optional.empty(); // read at most once, and only if a rule needs it
    for (RetentionPolicy.Rule rule : policy.rules()) {
      // An exit is never after the latest record: if the period from that is not over, neither is it from the exit.
      if (rule.dueOn(Optional.of(person.lastEventOn()), person.lastEventOn()).orElseThrow().isAfter(today)) {
        continue;
      }
      if (rule.countedFrom() == RetentionPolicy.CountedFrom.EXIT && exit.isEmpty()) {
        exit = Optional.of(exitOf(tenant, person));
      }
      Optional<LocalDate> dueOn = rule.dueOn(exit.orElse(Optional.empty()), person.lastEventOn());
      if (dueOn.isPresent() && !dueOn.get().isAfter(today)) {
        due.add(rule.dataClass());
      }
    }
    return due;
  }

  /** The person's latest exit, if they are exited now (not re-entered since). */
  private Optional<LocalDate> exitOf(TenantId tenant, BeneficiarySummary person) {
    if (!person.stage().equals(Stage.EXITED)) {
      return Optional.empty();
    }
    List<PathwayEvent> events = storage.pathways().events(tenant, person.beneficiaryId());
    return events.isEmpty() ? Optional.empty() : Pathway.fold(events).latestExit().map(Exit::on);
  }
}

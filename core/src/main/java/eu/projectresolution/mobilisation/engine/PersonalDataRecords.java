package eu.projectresolution.mobilisation.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.RetriesExhausted;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.CaseId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.privacy.AccessPurpose;
import eu.projectresolution.mobilisation.privacy.ConsentPurpose;
import eu.projectresolution.mobilisation.privacy.ConsentRecord;
import eu.projectresolution.mobilisation.privacy.ErasedData;
import eu.projectresolution.mobilisation.privacy.Erasure;
import eu.projectresolution.mobilisation.privacy.ErasureRecord;
import eu.projectresolution.mobilisation.privacy.PersonalDataAccess;
import eu.projectresolution.mobilisation.privacy.PersonalDataExport;
import eu.projectresolution.mobilisation.privacy.PathwayDetail;
import eu.projectresolution.mobilisation.privacy.SpecialCategoriesApart;
import eu.projectresolution.mobilisation.privacy.SpecialCategoryAnswer;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The personal-data lifecycle behind {@link MobilisationEngine}: erasures with their audit records,
 * consents, the access log and the export of everything held about a person (the retention purge is
 * {@link RetentionPurge}).
 * None of it touches a fact or a report; an erasure rewrites the person's events in place, without
 * what no report counts ({@link PathwayDetail}) and without special-category answers older events held.
 */
final class PersonalDataRecords {
  private static final Logger LOG = LoggerFactory.getLogger(PersonalDataRecords.class);

  private final MobilisationStorage storage;
  private final Clock clock;
  private final PathwayCache pathwayCache;

  PersonalDataRecords(MobilisationStorage storage, Clock clock, PathwayCache pathwayCache) {
    this.storage = storage;
    this.clock = clock;
    this.pathwayCache = pathwayCache;
  }

  // ---------------------------------------------------------------- erasure

  CommandResult erase(TenantId tenant, Erasure erasure) {
    requireNonNull(tenant, "tenant");
    requireNonNull(erasure, "erasure");
    BeneficiaryId who = erasure.beneficiaryId();
    Optional<CommandId> id = Optional.of(erasure.commandId());
    List<ErasureRecord> before = storage.erasures().of(tenant, who);
    if (before.stream().anyMatch(r -> r.commandId().equals(erasure.commandId()))) {
      return CommandResult.accepted(true);
    }
    LocalDate today = LocalDate.now(clock);
    if (erasure.requestedOn().isAfter(today)) {
      return CommandResult.refused(id, Refusal.of(RefusalCode.DATE_IN_FUTURE,
          "The erasure of beneficiary " + who + " is requested on " + erasure.requestedOn() + ", after today ("
              + today + "): give the day the request was made", "requestedOn"));
    }
    Optional<PersonalDetails> details = storage.personalData().find(tenant, who);
    if (details.isEmpty() && before.isEmpty() && storage.beneficiaries().find(tenant, who).isEmpty()) {
      return CommandResult.refused(id, Refusal.of(RefusalCode.UNKNOWN_BENEFICIARY,
          "No beneficiary " + who + " is known to tenant " + tenant + ": nothing to erase", "beneficiaryId"));
    }
    // Answers recorded inside older events first go where the erasure erases them.
    keepOlderAnswersApart(storage, pathwayCache, tenant, who);
    // The pathway's detail no report counts goes too, as at the end of its retention period.
    List<PathwayEvent> events = storage.pathways().events(tenant, who);
    Set<ErasedData> erased = classesOf(details, true);
    if (!PathwayDetail.purged(events).equals(events)) {
      erased.add(ErasedData.PATHWAY_DETAIL);
    }
    ErasureRecord record = ErasureRecord.builder()
        .commandId(erasure.commandId())
        .beneficiaryId(who)
        .requester(erasure.requester())
        .ground(erasure.ground())
        .requestedOn(erasure.requestedOn())
        .erasedAt(clock.instant())
        .recordedBy(erasure.recordedBy())
        .erased(erased)
        .build();
    Optional<ErasureRecord> added = storage.erasures().erase(tenant, record, Optional.empty());
    if (added.isEmpty()) {
      checkArgument(storage.erasures().of(tenant, who).stream().anyMatch(r -> r.commandId().equals(erasure.commandId())),
          "erasure.commandId %s is the id of another person's erasure: give each erasure an id of its own",
          erasure.commandId());
      return CommandResult.accepted(true);
    }
    // The record first: an erasure cut short here leaves a record of detail still held, which a
    // retention purge or another erasure purges, never detail gone without a record.
    if (erased.contains(ErasedData.PATHWAY_DETAIL)) {
      purgeDetail(tenant, who, events);
    }
    LOG.info("Erased {} of beneficiary {} of tenant {} ({})", added.get().erased(), who, tenant, erasure.ground().article());
    return CommandResult.accepted(false);
  }

  /** Purges the detail of the person's pathway in place, reading it again while it moves on. */
  private void purgeDetail(TenantId tenant, BeneficiaryId who, List<PathwayEvent> read) {
    List<PathwayEvent> events = read;
    for (int attempt = 1; !storage.pathways().replaceDetail(tenant, who, events.size(), PathwayDetail.purged(events));
        attempt++) {
      if (attempt >= KEEP_APART_ATTEMPTS) {
        LOG.warn("The pathway of beneficiary {} of tenant {} kept moving on while its detail was purged on erasure:"
            + " the next retention purge of pathway detail, or another erasure, purges it", who, tenant);
        break;
      }
      events = storage.pathways().events(tenant, who);
    }
    pathwayCache.forget(tenant, who); // the engine's copy of the events still holds the detail
  }

  /** How many times the answers inside a person's older events are read again when their stream moved on. */
  private static final int KEEP_APART_ATTEMPTS = 5;

  /**
   * Keeps apart the special-category answers that the person's events recorded before answers were kept
   * apart hold inside them, and projects their summary again ({@link
   * eu.projectresolution.mobilisation.port.Pathways#keepAnswersApart}): what an erasure and a retention
   * purge do first, so that they erase those answers as they erase the ones kept apart since, and name
   * them in their record. Writes nothing for a person whose events hold none and whose summary says what
   * their events say.
   *
   * @throws RetriesExhausted if the person's stream kept moving on meanwhile; nothing is erased then
   */
  static void keepOlderAnswersApart(
      MobilisationStorage storage, PathwayCache pathwayCache, TenantId tenant, BeneficiaryId who) {
    for (int attempt = 1; ; attempt++) {
      List<PathwayEvent> events = storage.pathways().events(tenant, who);
      if (events.isEmpty()) {
        return;
      }
      SpecialCategoriesApart.Split.OfStream apart = SpecialCategoriesApart.split(events);
      Profile profile = BeneficiarySummary.of(apart.events()).profile();
      boolean summaryBehind = storage.beneficiaries().find(tenant, who).filter(s -> !s.profile().equals(profile)).isPresent();
      if (!apart.tookAnswersOut() && !summaryBehind) {
        return;
      }
      if (storage.pathways().keepAnswersApart(tenant, who, events)) {
        pathwayCache.forget(tenant, who); // the engine's copy of the events still holds the answers
        LOG.info("Kept apart the special-category answers inside the older events of beneficiary {} of tenant {}",
            who, tenant);
        return;
      }
      if (attempt >= KEEP_APART_ATTEMPTS) {
        throw new RetriesExhausted("The pathway of beneficiary " + who + " of tenant " + tenant + " kept moving on while"
            + " the special-category answers inside its older events were kept apart to be erased: nothing was erased;"
            + " retry later, with the same command id", attempt, null);
      }
    }
  }

  List<ErasureRecord> erasures(TenantId tenant, BeneficiaryId beneficiary) {
    return storage.erasures().of(requireNonNull(tenant, "tenant"), requireNonNull(beneficiary, "beneficiary"));
  }

  /**
   * The classes of {@code details}, and the special-category answers if {@code withAnswers}: the store
   * drops them from the record if the person had none.
   */
  static Set<ErasedData> classesOf(Optional<PersonalDetails> details, boolean withAnswers) {
    Set<ErasedData> erased = EnumSet.noneOf(ErasedData.class);
    if (withAnswers) {
      erased.add(ErasedData.SPECIAL_CATEGORY_ANSWERS);
    }
    details.ifPresent(d -> {
      if (d.givenName().isPresent() || d.familyName().isPresent() || d.birthDate().isPresent()) {
        erased.add(ErasedData.IDENTITY);
      }
      if (d.phone().isPresent() || d.email().isPresent()) {
        erased.add(ErasedData.CONTACT_DETAILS);
      }
      if (d.notes().isPresent()) {
        erased.add(ErasedData.NOTES);
      }
    });
    return erased;
  }

  // ---------------------------------------------------------------- consents

  CommandResult recordConsent(TenantId tenant, ConsentRecord record) {
    requireNonNull(tenant, "tenant");
    requireNonNull(record, "record");
    BeneficiaryId who = record.beneficiaryId();
    Optional<CommandId> id = Optional.of(record.commandId());
    List<ConsentRecord> before = storage.consents().of(tenant, who);
    Optional<ConsentRecord> same = before.stream().filter(r -> r.commandId().equals(record.commandId())).findFirst();
    if (same.isPresent()) {
      return same.get().equals(record)
          ? CommandResult.accepted(true)
          : CommandResult.refused(id, Refusal.of(RefusalCode.RECORD_ALREADY_EXISTS,
              "Another consent record of beneficiary " + who + " has command id " + record.commandId()
                  + ": give each record an id of its own", "commandId"));
    }
    LocalDate today = LocalDate.now(clock);
    if (record.on().isAfter(today)) {
      return CommandResult.refused(id, Refusal.of(RefusalCode.DATE_IN_FUTURE,
          "The consent of beneficiary " + who + " is dated " + record.on() + ", after today (" + today + ")", "on"));
    }
    Optional<BeneficiarySummary> summary = storage.beneficiaries().find(tenant, who);
    if (summary.isEmpty()) {
      return CommandResult.refused(id, Refusal.of(RefusalCode.UNKNOWN_BENEFICIARY,
          "No beneficiary " + who + " is known to tenant " + tenant + ": capture them first", "beneficiaryId"));
    }
    if (record.purpose().partner().isPresent()) {
      ProgrammeId programme = summary.get().programmeId();
      boolean known = storage.programmes().find(tenant, programme)
          .flatMap(p -> p.partner(record.purpose().partner().get())).isPresent();
      if (!known) {
        return CommandResult.refused(id, Refusal.of(RefusalCode.UNKNOWN_PARTNER,
            "Programme " + programme + " has no partner " + record.purpose().partner().get()
                + ": name one of its partners, or declare this one with updateProgramme", "purpose.partner"));
      }
    }
    if (record.change() == ConsentRecord.Change.WITHDRAWN && !ConsentRecord.inForce(before, record.purpose(), record.on())) {
      return CommandResult.refused(id, Refusal.of(RefusalCode.CONSENT_NOT_IN_FORCE,
          "Beneficiary " + who + " has no consent to " + describe(record.purpose()) + " in force on " + record.on()
              + " to withdraw", "purpose"));
    }
    return CommandResult.accepted(!storage.consents().add(tenant, record));
  }

  List<ConsentRecord> consents(TenantId tenant, BeneficiaryId beneficiary) {
    return storage.consents().of(requireNonNull(tenant, "tenant"), requireNonNull(beneficiary, "beneficiary"));
  }

  boolean consentInForce(TenantId tenant, BeneficiaryId beneficiary, ConsentPurpose purpose, LocalDate day) {
    requireNonNull(purpose, "purpose");
    requireNonNull(day, "day");
    return ConsentRecord.inForce(consents(tenant, beneficiary), purpose, day);
  }

  /** The refusal of a follow-up dated on a day the person's consent to follow-up after exit is not in force. */
  Optional<CommandResult> withoutFollowUpConsent(TenantId tenant, RecordFollowUp command) {
    requireNonNull(command, "command");
    ConsentPurpose purpose = ConsentPurpose.followUpAfterExit();
    if (consentInForce(tenant, command.beneficiaryId(), purpose, command.occurredOn())) {
      return Optional.empty();
    }
    return Optional.of(CommandResult.refused(Optional.of(command.commandId()), Refusal.of(RefusalCode.CONSENT_NOT_IN_FORCE,
        "Beneficiary " + command.beneficiaryId() + " has no consent to " + describe(purpose) + " in force on "
            + command.occurredOn() + ": record their consent first (recordConsent), or do not contact them",
        "beneficiaryId")));
  }

  private static String describe(ConsentPurpose purpose) {
    return switch (purpose.kind()) {
      case RECONTACT -> "being contacted again";
      case FOLLOW_UP_AFTER_EXIT -> "follow-up after exit";
      case SHARING_WITH_PARTNER -> "sharing with partner " + purpose.partner().orElseThrow();
    };
  }

  // ---------------------------------------------------------------- access log and export

  List<SpecialCategoryAnswer> specialCategoryAnswers(
      TenantId tenant, BeneficiaryId beneficiary, String author, AccessPurpose purpose) {
    return logged(tenant, beneficiary, author, purpose, () -> storage.specialCategoryAnswers().of(tenant, beneficiary));
  }

  Optional<PersonalDetails> personalDetails(
      TenantId tenant, BeneficiaryId beneficiary, String author, AccessPurpose purpose) {
    return logged(tenant, beneficiary, author, purpose, () -> storage.personalData().find(tenant, beneficiary));
  }

  /** What {@code read} answers, the read recorded in the access log (the author checked before anything is read). */
  private <T> T logged(TenantId tenant, BeneficiaryId beneficiary, String author, AccessPurpose purpose, Supplier<T> read) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(purpose, "purpose");
    PersonalDataAccess access = PersonalDataAccess.of(beneficiary, author, purpose, clock.instant());
    T found = read.get();
    storage.accessLog().add(tenant, access);
    return found;
  }

  List<PersonalDataAccess> accessLog(TenantId tenant, BeneficiaryId beneficiary) {
    return storage.accessLog().of(requireNonNull(tenant, "tenant"), requireNonNull(beneficiary, "beneficiary"));
  }

  Optional<PersonalDataExport> export(TenantId tenant, BeneficiaryId beneficiary, String author) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    Checks.checkNotBlankText(author, "author", Checks.NAME);
    List<PathwayEvent> events = storage.pathways().events(tenant, beneficiary);
    List<ErasureRecord> erasures = erasures(tenant, beneficiary);
    List<CaseId> caseIds = storage.personalData().caseIdsOf(tenant, beneficiary);
    if (events.isEmpty() && erasures.isEmpty() && caseIds.isEmpty()
        && storage.personalData().find(tenant, beneficiary).isEmpty()) {
      return Optional.empty(); // nothing held, nothing read: no entry in the access log either
    }
    // One read, one entry in the access log: the details and the special-category answers together.
    Optional<PersonalDetails> details = personalDetails(tenant, beneficiary, author, AccessPurpose.ACCESS_REQUEST);
    List<SpecialCategoryAnswer> answers = storage.specialCategoryAnswers().of(tenant, beneficiary);
    return Optional.of(PersonalDataExport.builder()
        .beneficiaryId(beneficiary)
        .exportedAt(clock.instant())
        .exportedBy(author)
        .pathway(events)
        .personalDetails(details)
        .specialCategoryAnswers(answers)
        .caseIds(caseIds)
        .consents(consents(tenant, beneficiary))
        .erasures(erasures)
        .accesses(accessLog(tenant, beneficiary))
        .build());
  }
}

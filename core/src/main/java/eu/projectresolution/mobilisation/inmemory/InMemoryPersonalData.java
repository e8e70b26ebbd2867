package eu.projectresolution.mobilisation.inmemory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.CaseId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.port.Erasures;
import eu.projectresolution.mobilisation.port.PersonalData;
import eu.projectresolution.mobilisation.port.SpecialCategoryAnswers;
import eu.projectresolution.mobilisation.privacy.SpecialCategoryAnswer;
import eu.projectresolution.mobilisation.privacy.ErasureRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Personal details, matching keys and special-category answers in maps, per tenant; every method holds
 * this object's lock.
 */
final class InMemoryPersonalData implements PersonalData, SpecialCategoryAnswers {
  private static final class Tenant {
    final Map<BeneficiaryId, PersonalDetails> details = new HashMap<>();
    final Map<BeneficiaryId, List<SpecialCategoryAnswer>> answers = new HashMap<>();
    final Map<BeneficiaryId, MatchingKey> keys = new HashMap<>();
    final Map<MatchingKey, BeneficiaryId> byKey = new HashMap<>();
    final Map<BeneficiaryId, List<CaseId>> cases = new HashMap<>();
    final Map<CaseId, BeneficiaryId> byCase = new HashMap<>();
  }

  private final Map<TenantId, Tenant> byTenant = new HashMap<>();

  @Override
  public synchronized void put(
      TenantId tenant, BeneficiaryId beneficiary, PersonalDetails details, Optional<MatchingKey> matchingKey) {
    checkPut(tenant, beneficiary, details, matchingKey);
    write(tenant, beneficiary, details, matchingKey);
  }

  /**
   * Checks that {@link #write} would succeed, without writing: the pathways call it before appending a
   * capture, then write, holding this object's lock throughout.
   */
  synchronized void checkPut(
      TenantId tenant, BeneficiaryId beneficiary, PersonalDetails details, Optional<MatchingKey> matchingKey) {
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(details, "details");
    requireNonNull(matchingKey, "matchingKey");
    Tenant t = of(tenant);
    matchingKey.ifPresent(key -> {
      BeneficiaryId holder = t.byKey.get(key);
      checkArgument(holder == null || holder.equals(beneficiary),
          "beneficiary %s holds this matching key already: the person is known, record a contact for them instead",
          holder);
    });
  }

  /** Writes what {@link #checkPut} accepted. */
  synchronized void write(
      TenantId tenant, BeneficiaryId beneficiary, PersonalDetails details, Optional<MatchingKey> matchingKey) {
    Tenant t = of(tenant);
    t.details.put(beneficiary, details);
    matchingKey.ifPresent(key -> {
      MatchingKey before = t.keys.put(beneficiary, key);
      if (before != null) {
        t.byKey.remove(before);
      }
      t.byKey.put(key, beneficiary);
    });
  }

  /** Keeps answers taken out of appended events: the pathways call it under this object's lock. */
  synchronized void writeAnswers(TenantId tenant, List<SpecialCategoryAnswer> answers) {
    if (answers.isEmpty()) {
      return;
    }
    Tenant t = of(tenant);
    for (SpecialCategoryAnswer answer : answers) {
      t.answers.computeIfAbsent(answer.beneficiaryId(), b -> new ArrayList<>()).add(answer);
    }
  }

  /**
   * Keeps the answers taken out of the person's older events among those kept already, in the order of
   * their events' versions: the pathways call it under this object's lock.
   */
  synchronized void keepAnswersApart(TenantId tenant, BeneficiaryId beneficiary, List<SpecialCategoryAnswer> answers) {
    if (answers.isEmpty()) {
      return;
    }
    List<SpecialCategoryAnswer> kept = of(tenant).answers.computeIfAbsent(beneficiary, b -> new ArrayList<>());
    kept.addAll(answers);
    kept.sort(Comparator.comparingLong(SpecialCategoryAnswer::version));
  }

  @Override
  public synchronized List<SpecialCategoryAnswer> of(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(beneficiary, "beneficiary");
    return List.copyOf(of(tenant).answers.getOrDefault(beneficiary, List.of()));
  }

  /** Erases the person's special-category answers: whether there were any. */
  synchronized boolean eraseAnswers(TenantId tenant, BeneficiaryId beneficiary) {
    return of(tenant).answers.remove(beneficiary) != null;
  }

  @Override
  public synchronized Optional<PersonalDetails> find(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(beneficiary, "beneficiary");
    return Optional.ofNullable(of(tenant).details.get(beneficiary));
  }

  @Override
  public synchronized Optional<BeneficiaryId> findByMatchingKey(TenantId tenant, MatchingKey matchingKey) {
    requireNonNull(matchingKey, "matchingKey");
    return Optional.ofNullable(of(tenant).byKey.get(matchingKey));
  }

  @Override
  public synchronized void putCaseId(TenantId tenant, BeneficiaryId beneficiary, CaseId caseId) {
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(caseId, "caseId");
    Tenant t = of(tenant);
    BeneficiaryId holder = t.byCase.putIfAbsent(caseId, beneficiary);
    checkArgument(holder == null || holder.equals(beneficiary),
        "case id %s is kept for beneficiary %s already, not %s: one case id names one person", caseId, holder, beneficiary);
    if (holder == null) {
      t.cases.computeIfAbsent(beneficiary, b -> new ArrayList<>()).add(caseId);
    }
  }

  @Override
  public synchronized Optional<BeneficiaryId> findByCaseId(TenantId tenant, CaseId caseId) {
    requireNonNull(caseId, "caseId");
    return Optional.ofNullable(of(tenant).byCase.get(caseId));
  }

  @Override
  public synchronized List<CaseId> caseIdsOf(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(beneficiary, "beneficiary");
    return List.copyOf(of(tenant).cases.getOrDefault(beneficiary, List.of()));
  }

  @Override
  public synchronized boolean erase(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(beneficiary, "beneficiary");
    Tenant t = of(tenant);
    MatchingKey key = t.keys.remove(beneficiary);
    if (key != null) {
      t.byKey.remove(key);
    }
    List<CaseId> cases = t.cases.remove(beneficiary);
    if (cases != null) {
      cases.forEach(t.byCase::remove);
    }
    return t.details.remove(beneficiary) != null | key != null | cases != null;
  }

  /**
   * Replaces the person's details by {@code kept} (their key and case ids stay), or erases details, key
   * and case ids when {@code kept} is empty.
   *
   * @return {@code record} completed with what was erased besides the details
   */
  synchronized ErasureRecord eraseOrKeep(TenantId tenant, ErasureRecord record, Optional<PersonalDetails> kept) {
    BeneficiaryId beneficiary = record.beneficiaryId();
    Tenant t = of(tenant);
    if (kept.isPresent()) {
      if (t.details.containsKey(beneficiary)) {
        t.details.put(beneficiary, kept.get());
      }
      return record;
    }
    boolean keyHeld = t.keys.containsKey(beneficiary);
    boolean casesHeld = t.cases.containsKey(beneficiary);
    erase(tenant, beneficiary);
    return Erasures.withCaseIds(Erasures.withKey(record, keyHeld), casesHeld);
  }

  private Tenant of(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return byTenant.computeIfAbsent(tenant, t -> new Tenant());
  }
}

package eu.projectresolution.mobilisation.inmemory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.port.PersonalData;
import eu.projectresolution.mobilisation.port.SpecialCategoryAnswers;
import eu.projectresolution.mobilisation.privacy.SpecialCategoryAnswer;
import java.util.ArrayList;
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
  public synchronized boolean erase(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(beneficiary, "beneficiary");
    Tenant t = of(tenant);
    MatchingKey key = t.keys.remove(beneficiary);
    if (key != null) {
      t.byKey.remove(key);
    }
    return t.details.remove(beneficiary) != null | key != null;
  }

  /**
   * Replaces the person's details by {@code kept} (their key stays), or erases details and key when
   * {@code kept} is empty.
   *
   * @return whether a matching key was erased
   */
  synchronized boolean eraseOrKeep(TenantId tenant, BeneficiaryId beneficiary, Optional<PersonalDetails> kept) {
    if (kept.isPresent()) {
      Tenant t = of(tenant);
      if (t.details.containsKey(beneficiary)) {
        t.details.put(beneficiary, kept.get());
      }
      return false;
    }
    Tenant t = of(tenant);
    boolean keyHeld = t.keys.containsKey(beneficiary);
    erase(tenant, beneficiary);
    return keyHeld;
  }

  private Tenant of(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return byTenant.computeIfAbsent(tenant, t -> new Tenant());
  }
}

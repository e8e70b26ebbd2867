package eu.projectresolution.mobilisation.inmemory;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.port.PersonalData;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryPersonalData implements PersonalData {
  private final Map<TenantId, Map<BeneficiaryId, PersonalDetails>> byTenant = new ConcurrentHashMap<>();

  @Override
  public void put(TenantId tenant, BeneficiaryId beneficiary, PersonalDetails details) {
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(details, "details");
    of(tenant).put(beneficiary, details);
  }

  @Override
  public Optional<PersonalDetails> find(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(beneficiary, "beneficiary");
    return Optional.ofNullable(of(tenant).get(beneficiary));
  }

  @Override
  public boolean erase(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(beneficiary, "beneficiary");
    return of(tenant).remove(beneficiary) != null;
  }

  private Map<BeneficiaryId, PersonalDetails> of(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return byTenant.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>());
  }
}

package eu.projectresolution.mobilisation.inmemory;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.port.AccessLog;
import eu.projectresolution.mobilisation.port.Consents;
import eu.projectresolution.mobilisation.port.Erasures;
import eu.projectresolution.mobilisation.privacy.ConsentRecord;
import eu.projectresolution.mobilisation.privacy.ErasureRecord;
import eu.projectresolution.mobilisation.privacy.PersonalDataAccess;
import eu.projectresolution.mobilisation.programme.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The personal-data lifecycle's records in memory: consents, erasures and the access log, in lists per tenant. */
final class InMemoryPrivacyRecords {
  private InMemoryPrivacyRecords() {}

  /** Records of one kind per tenant, in the order added; every method holds the lock given. */
  private static final class Log<T> {
    private final Map<TenantId, List<T>> byTenant = new HashMap<>();
    private final Map<TenantId, Set<CommandId>> ids = new HashMap<>();
    private final Function<T, BeneficiaryId> whose;

    Log(Function<T, BeneficiaryId> whose) {
      this.whose = whose;
    }

    boolean holds(TenantId tenant, CommandId id) {
      return ids.getOrDefault(requireNonNull(tenant, "tenant"), Set.of()).contains(id);
    }

    void add(TenantId tenant, Optional<CommandId> id, T record) {
      requireNonNull(tenant, "tenant");
      id.ifPresent(i -> ids.computeIfAbsent(tenant, t -> new HashSet<>()).add(i));
      byTenant.computeIfAbsent(tenant, t -> new ArrayList<>()).add(record);
    }

    List<T> of(TenantId tenant, BeneficiaryId beneficiary) {
      requireNonNull(tenant, "tenant");
      requireNonNull(beneficiary, "beneficiary");
      return byTenant.getOrDefault(tenant, List.of()).stream().filter(r -> whose.apply(r).equals(beneficiary)).toList();
    }
  }

  static final class OfConsents implements Consents {
    private final Log<ConsentRecord> log = new Log<>(ConsentRecord::beneficiaryId);

    @Override
    public synchronized boolean add(TenantId tenant, ConsentRecord record) {
      requireNonNull(record, "record");
      if (log.holds(tenant, record.commandId())) {
        return false;
      }
      log.add(tenant, Optional.of(record.commandId()), record);
      return true;
    }

    @Override
    public synchronized List<ConsentRecord> of(TenantId tenant, BeneficiaryId beneficiary) {
      return log.of(tenant, beneficiary);
    }

    /** The tenant's records dated within {@code period}, in the order added. */
    synchronized List<ConsentRecord> during(TenantId tenant, Period period) {
      requireNonNull(period, "period");
      return log.byTenant.getOrDefault(requireNonNull(tenant, "tenant"), List.of()).stream()
          .filter(r -> period.contains(r.on())).toList();
    }
  }

  static final class OfErasures implements Erasures {
    private final Log<ErasureRecord> log = new Log<>(ErasureRecord::beneficiaryId);
    private final InMemoryPersonalData personalData;

    OfErasures(InMemoryPersonalData personalData) {
      this.personalData = personalData;
    }

    @Override
    public Optional<ErasureRecord> erase(TenantId tenant, ErasureRecord record, Optional<PersonalDetails> kept) {
      return eraseIfUnchanged(tenant, record, Optional.empty(), kept, false);
    }

    @Override
    public Optional<ErasureRecord> eraseIfUnchanged(
        TenantId tenant, ErasureRecord record, Optional<PersonalDetails> expected, Optional<PersonalDetails> kept) {
      return eraseIfUnchanged(tenant, record, requireNonNull(expected, "expected"), kept, true);
    }

    private Optional<ErasureRecord> eraseIfUnchanged(
        TenantId tenant, ErasureRecord record, Optional<PersonalDetails> expected, Optional<PersonalDetails> kept,
        boolean checked) {
      requireNonNull(tenant, "tenant");
      requireNonNull(record, "record");
      requireNonNull(kept, "kept");
      // The personal data's lock, then this one: the erasure and its record are one step for readers of either.
      synchronized (personalData) {
        synchronized (this) {
          if (checked && !personalData.find(tenant, record.beneficiaryId()).equals(expected)) {
            return Optional.empty();
          }
          if (log.holds(tenant, record.commandId())) {
            return Optional.empty();
          }
          boolean answersErased =
              Erasures.erasesAnswers(record) && personalData.eraseAnswers(tenant, record.beneficiaryId());
          ErasureRecord added = Erasures.completed(personalData.eraseOrKeep(tenant, record, kept), false, answersErased);
          log.add(tenant, Optional.of(record.commandId()), added);
          return Optional.of(added);
        }
      }
    }

    @Override
    public synchronized List<ErasureRecord> of(TenantId tenant, BeneficiaryId beneficiary) {
      return log.of(tenant, beneficiary);
    }
  }

  static final class OfAccessLog implements AccessLog {
    private final Log<PersonalDataAccess> log = new Log<>(PersonalDataAccess::beneficiaryId);

    @Override
    public synchronized void add(TenantId tenant, PersonalDataAccess access) {
      log.add(tenant, Optional.empty(), requireNonNull(access, "access"));
    }

    @Override
    public synchronized List<PersonalDataAccess> of(TenantId tenant, BeneficiaryId beneficiary) {
      return log.of(tenant, beneficiary);
    }
  }
}

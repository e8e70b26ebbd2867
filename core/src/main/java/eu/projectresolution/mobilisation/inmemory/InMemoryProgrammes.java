package eu.projectresolution.mobilisation.inmemory;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.port.Programmes;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

final class InMemoryProgrammes implements Programmes {
  private final Map<TenantId, Map<String, Programme>> byTenant = new HashMap<>();

  @Override
  public synchronized boolean add(TenantId tenant, Programme programme) {
    requireNonNull(programme, "programme");
    return of(tenant).putIfAbsent(programme.id().value(), programme) == null;
  }

  @Override
  public synchronized boolean replace(TenantId tenant, Programme programme) {
    requireNonNull(programme, "programme");
    return of(tenant).replace(programme.id().value(), programme) != null;
  }

  @Override
  public synchronized Optional<Programme> find(TenantId tenant, ProgrammeId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(of(tenant).get(id.value()));
  }

  @Override
  public synchronized List<Programme> list(TenantId tenant) {
    return List.copyOf(of(tenant).values());
  }

  private Map<String, Programme> of(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return byTenant.computeIfAbsent(tenant, t -> new TreeMap<>());
  }
}

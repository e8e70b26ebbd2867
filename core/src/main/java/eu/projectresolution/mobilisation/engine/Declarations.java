package eu.projectresolution.mobilisation.engine;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.port.Programmes;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.time.Duration;
import java.util.Optional;

/**
 * The programmes' declarations as the engine's commands read them: from the store, or from a cache
 * kept for a while when the host allows it ({@link MobilisationEngine.Builder#programmeCache}). The
 * engine forgets a programme whenever it registers or updates it.
 */
final class Declarations {
  private record Key(TenantId tenant, ProgrammeId programme) {}

  private final Programmes programmes;
  /** Null when the host keeps no cache. */
  private final Cache<Key, Programme> cache;

  Declarations(Programmes programmes, Duration timeToLive) {
    this.programmes = programmes;
    this.cache = timeToLive.isZero()
        ? null
        : CacheBuilder.newBuilder().expireAfterWrite(timeToLive).maximumSize(1_000).build();
  }

  /** Whether the host lets the engine keep declarations for a while: then commands read them here. */
  boolean kept() {
    return cache != null;
  }

  /** The programme's declarations, from the cache when the host enabled one. */
  Optional<Programme> of(TenantId tenant, ProgrammeId id) {
    if (cache == null) {
      return programmes.find(tenant, id);
    }
    Key key = new Key(tenant, id);
    Programme cached = cache.getIfPresent(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Programme> stored = programmes.find(tenant, id);
    stored.ifPresent(p -> cache.put(key, p));
    return stored;
  }

  void forget(TenantId tenant, ProgrammeId id) {
    if (cache != null) {
      cache.invalidate(new Key(tenant, id));
    }
  }
}

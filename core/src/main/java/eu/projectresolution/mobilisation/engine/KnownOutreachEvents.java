package eu.projectresolution.mobilisation.engine;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import java.util.Optional;

/**
 * The outreach events the engine looks up, kept once found: whether a contact's Recrut'Café is recorded
 * for the programme (a refusal rule) and on which day it was held (the person's facts). An outreach
 * event is never changed nor removed once recorded, so an event found stays true; an event not found is
 * asked for again, since it may be recorded later. Without this, every contact made at an event cost a
 * read of the store, twice. Thread-safe.
 */
final class KnownOutreachEvents {
  /** Enough for every event of a large programme; an event forgotten is read again. */
  private static final int KEPT = 10_000;

  private record Key(TenantId tenant, OutreachEventId event) {}

  private final MobilisationStorage storage;
  private final Cache<Key, OutreachEvent> found = CacheBuilder.newBuilder().maximumSize(KEPT).build();

  KnownOutreachEvents(MobilisationStorage storage) {
    this.storage = storage;
  }

  /** The tenant's outreach event {@code event}, if it is recorded. */
  Optional<OutreachEvent> find(TenantId tenant, OutreachEventId event) {
    Key key = new Key(tenant, event);
    OutreachEvent known = found.getIfPresent(key);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<OutreachEvent> stored = storage.outreachEvents().find(tenant, event);
    stored.ifPresent(recorded -> found.put(key, recorded));
    return stored;
  }
}

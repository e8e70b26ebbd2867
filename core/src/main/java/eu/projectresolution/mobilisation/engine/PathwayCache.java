package eu.projectresolution.mobilisation.engine;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The event streams an engine last wrote or read, so that a command about a person it has just seen
 * need not read their stream again. What it holds is only ever an expectation: the store's version
 * check refuses an append decided on a stream that has moved on, and the engine then decides again on
 * what the store holds (see {@link MobilisationEngine.Builder#pathwayCache(long)}).
 */
abstract class PathwayCache {
  /**
   * A person's stream as the engine saw it, and its fold (absent for a person not captured yet).
   *
   * @param noAnswersKept whether the engine knows that the store keeps no special-category answer of the
   *     person apart from this stream, so that their facts need not read any: true of a person not captured
   *     yet, and of one whose answers were read and found to be none at this version, or who got none
   *     since. Only ever learnt, never assumed: an erasure elsewhere only takes answers away, and only an
   *     append (which moves the version on) adds some.
   */
  record Stream(List<PathwayEvent> events, Optional<Pathway> pathway, boolean noAnswersKept) {
    static final Stream NONE = new Stream(List.of(), Optional.empty(), true);

    /** A stream read from the store: whether it has answers kept apart is not known. */
    static Stream of(List<PathwayEvent> events) {
      return events.isEmpty() ? NONE : new Stream(List.copyOf(events), Optional.of(Pathway.fold(events)), false);
    }

    /**
     * The stream with {@code appended} after its events: only those are folded, onto this fold. What it
     * knows of the answers kept is what it knew before the append (see {@link #knowing}).
     */
    Stream then(List<PathwayEvent> appended) {
      List<PathwayEvent> after = new ArrayList<>(events.size() + appended.size());
      after.addAll(events);
      after.addAll(appended);
      return after.isEmpty() ? NONE : new Stream(List.copyOf(after), Optional.of(Pathway.fold(after, pathway)), noAnswersKept);
    }

    /** This stream, known to have no answers kept apart ({@code none}) or not known to. */
    Stream knowing(boolean none) {
      return none == noAnswersKept ? this : new Stream(events, pathway, none);
    }

    long version() {
      return pathway.map(Pathway::version).orElse(0L);
    }
  }

  /** A cache that remembers nothing: every command reads the person's stream. */
  static PathwayCache none() {
    return new PathwayCache() {
      @Override
      Optional<Stream> expected(TenantId tenant, BeneficiaryId beneficiary, boolean startsPathway) {
        return Optional.empty();
      }

      @Override
      void remember(TenantId tenant, Stream stream) {}

      @Override
      void forget(TenantId tenant, BeneficiaryId beneficiary) {}
    };
  }

  /** A cache of the streams of up to {@code maximumSize} people, the least recently used leaving first. */
  static PathwayCache upTo(long maximumSize) {
    Cache<Key, Stream> streams = CacheBuilder.newBuilder().maximumSize(maximumSize).build();
    return new PathwayCache() {
      @Override
      Optional<Stream> expected(TenantId tenant, BeneficiaryId beneficiary, boolean startsPathway) {
        Stream known = streams.getIfPresent(new Key(tenant, beneficiary));
        if (known != null) {
          return Optional.of(known);
        }
        // A capture is nearly always of someone new: expect no stream, which the store's version check
        // confirms when the events are appended.
        return startsPathway ? Optional.of(Stream.NONE) : Optional.empty();
      }

      @Override
      void remember(TenantId tenant, Stream stream) {
        if (stream.pathway().isEmpty()) {
          return;
        }
        // Two commands about one person may finish in either order: keep the longer stream.
        streams.asMap().merge(
            new Key(tenant, stream.pathway().get().beneficiaryId()),
            stream,
            (earlier, later) -> later.version() >= earlier.version() ? later : earlier);
      }

      @Override
      void forget(TenantId tenant, BeneficiaryId beneficiary) {
        streams.invalidate(new Key(tenant, beneficiary));
      }
    };
  }

  /**
   * The stream the engine expects the store to hold for {@code beneficiary}, if it has one in mind;
   * else the stream must be read.
   *
   * @param startsPathway whether the command about them starts a pathway (a capture)
   */
  abstract Optional<Stream> expected(TenantId tenant, BeneficiaryId beneficiary, boolean startsPathway);

  /** Remembers a person's stream as it stands in the store after an append or a read. */
  abstract void remember(TenantId tenant, Stream stream);

  /** Forgets a person's stream, which the store shows has moved on. */
  abstract void forget(TenantId tenant, BeneficiaryId beneficiary);

  private record Key(TenantId tenant, BeneficiaryId beneficiary) {}
}

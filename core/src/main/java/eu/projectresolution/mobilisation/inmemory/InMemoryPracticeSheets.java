package eu.projectresolution.mobilisation.inmemory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.port.PracticeSheets;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.PracticeSheetId;
import eu.projectresolution.mobilisation.practice.PracticeSheetQuery;
import eu.projectresolution.mobilisation.practice.PracticeSheetVersion;
import eu.projectresolution.mobilisation.practice.Review;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link PracticeSheets} in memory, reached through {@code InMemoryStorage.practiceSheets()}.
 * Thread-safe: one lock guards every tenant's sheets, which is plenty for catalogues of a few hundred
 * sheets.
 */
final class InMemoryPracticeSheets implements PracticeSheets {
  private final Object lock = new Object();
  private final Map<TenantId, Map<PracticeSheetId, List<PracticeSheetVersion>>> byTenant = new HashMap<>();
  /** By tenant, sheet and reviewer. */
  private final Map<TenantId, Map<PracticeSheetId, Map<String, Review>>> reviews = new HashMap<>();

  InMemoryPracticeSheets() {}

  @Override
  public PracticeSheetVersion add(TenantId tenant, PracticeSheet sheet) {
    return replace(tenant, sheet, 0);
  }

  @Override
  public PracticeSheetVersion replace(TenantId tenant, PracticeSheet sheet, long expectedVersion) {
    requireNonNull(tenant, "tenant");
    requireNonNull(sheet, "sheet");
    synchronized (lock) {
      List<PracticeSheetVersion> versions =
          byTenant.computeIfAbsent(tenant, t -> new TreeMap<>()).computeIfAbsent(sheet.id(), id -> new ArrayList<>());
      long actual = versions.size();
      if (actual != expectedVersion) {
        if (versions.isEmpty()) {
          byTenant.get(tenant).remove(sheet.id());
        }
        throw new VersionConflict(sheet.id().value(), expectedVersion, actual);
      }
      PracticeSheetVersion stored = PracticeSheetVersion.of(sheet, actual + 1);
      versions.add(stored);
      return stored;
    }
  }

  @Override
  public Optional<PracticeSheetVersion> latest(TenantId tenant, PracticeSheetId id) {
    List<PracticeSheetVersion> versions = versions(tenant, id);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  @Override
  public Optional<PracticeSheetVersion> version(TenantId tenant, PracticeSheetId id, long version) {
    List<PracticeSheetVersion> versions = versions(tenant, id);
    return version >= 1 && version <= versions.size()
        ? Optional.of(versions.get((int) version - 1))
        : Optional.empty();
  }

  @Override
  public List<PracticeSheetVersion> versions(TenantId tenant, PracticeSheetId id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    synchronized (lock) {
      return List.copyOf(byTenant.getOrDefault(tenant, Map.of()).getOrDefault(id, List.of()));
    }
  }

  @Override
  public List<PracticeSheetVersion> list(TenantId tenant) {
    return find(tenant, PracticeSheetQuery.all());
  }

  @Override
  public List<PracticeSheetVersion> find(TenantId tenant, PracticeSheetQuery query) {
    requireNonNull(tenant, "tenant");
    requireNonNull(query, "query");
    List<PracticeSheetVersion> latest = new ArrayList<>();
    synchronized (lock) {
      for (List<PracticeSheetVersion> versions : byTenant.getOrDefault(tenant, Map.of()).values()) {
        latest.add(versions.get(versions.size() - 1));
      }
    }
    // Matching can be slow on long texts: done outside the lock, on immutable values.
    return latest.stream().filter(v -> query.matches(v.sheet())).toList();
  }

  @Override
  public void putReview(TenantId tenant, Review review) {
    requireNonNull(tenant, "tenant");
    requireNonNull(review, "review");
    synchronized (lock) {
      checkArgument(byTenant.getOrDefault(tenant, Map.of()).containsKey(review.sheet()),
          "review.sheet %s is not one of tenant %s's practice sheets: add the sheet first", review.sheet(), tenant);
      reviews.computeIfAbsent(tenant, t -> new TreeMap<>())
          .computeIfAbsent(review.sheet(), id -> new TreeMap<>())
          .put(review.reviewer(), review);
    }
  }

  @Override
  public List<Review> reviews(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    synchronized (lock) {
      return reviews.getOrDefault(tenant, Map.of()).values().stream().flatMap(byReviewer -> byReviewer.values().stream())
          .toList();
    }
  }
}

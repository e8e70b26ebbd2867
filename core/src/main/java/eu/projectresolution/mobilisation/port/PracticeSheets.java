package eu.projectresolution.mobilisation.port;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.PracticeSheetId;
import eu.projectresolution.mobilisation.practice.PracticeSheetQuery;
import eu.projectresolution.mobilisation.practice.PracticeSheetVersion;
import eu.projectresolution.mobilisation.practice.Review;
import java.util.List;
import java.util.Optional;

/**
 * The practice sheets a partner organisation (a tenant) has collected for its toolkit, every version
 * kept.
 *
 * <p>A sheet is added once, as version 1; each replacement stores the next version and keeps the older
 * ones, so that reviews and exports can say which version they speak of. Writers say which version they
 * replace: if another writer got there first, the replacement is refused with a {@link VersionConflict}
 * and nothing is written. Adding a sheet whose id is taken is the same conflict (expected version 0,
 * "no sheet yet").
 *
 * <p>Every method is scoped to one tenant: a tenant never sees, replaces or finds another tenant's
 * sheets, and two tenants may use the same sheet id independently.
 *
 * <p>Adapters store sheets as given; check them first with
 * {@link eu.projectresolution.mobilisation.practice.PracticeSheetJson#problems(PracticeSheet)}. Every
 * adapter passes the contract suite {@code PracticeSheetsContract} of core's test-jar.
 */
public interface PracticeSheets {
  /**
   * Stores the first version of a sheet.
   *
   * @return the stored version, numbered 1
   * @throws VersionConflict (expected 0, actual the latest version) if the tenant already has a sheet with
   *     this id
   */
  PracticeSheetVersion add(TenantId tenant, PracticeSheet sheet);

  /**
   * Stores {@code sheet} as the next version of the sheet with its id, keeping the older versions.
   *
   * @param expectedVersion the version the writer read and is replacing
   * @return the stored version, numbered {@code expectedVersion + 1}
   * @throws VersionConflict (actual 0 when there is no such sheet) if the latest version is not
   *     {@code expectedVersion}; nothing is written
   */
  PracticeSheetVersion replace(TenantId tenant, PracticeSheet sheet, long expectedVersion);

  /** The latest version of the sheet, if the tenant has it. */
  Optional<PracticeSheetVersion> latest(TenantId tenant, PracticeSheetId id);

  /** The given version of the sheet, if the tenant has it. */
  Optional<PracticeSheetVersion> version(TenantId tenant, PracticeSheetId id, long version);

  /** Every version of the sheet, oldest first; empty if the tenant has no such sheet. */
  List<PracticeSheetVersion> versions(TenantId tenant, PracticeSheetId id);

  /** The latest version of each of the tenant's sheets, by sheet id. */
  List<PracticeSheetVersion> list(TenantId tenant);

  /**
   * The latest version of each of the tenant's sheets that {@linkplain PracticeSheetQuery#matches matches}
   * the query, by sheet id. Older versions are never searched.
   */
  List<PracticeSheetVersion> find(TenantId tenant, PracticeSheetQuery query);

  /**
   * Keeps a reviewer's scores for one of the tenant's sheets, in place of any earlier review of the same
   * sheet by the same reviewer: the reviews a {@link eu.projectresolution.mobilisation.practice.Toolkit}
   * ranks its sheets by. A review speaks of a sheet whatever its version.
   *
   * @throws IllegalArgumentException if the tenant has no sheet with the review's sheet id (nothing is
   *     written)
   */
  void putReview(TenantId tenant, Review review);

  /** Every review of the tenant's sheets, by sheet id, then by reviewer. */
  List<Review> reviews(TenantId tenant);
}

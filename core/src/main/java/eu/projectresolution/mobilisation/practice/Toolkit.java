package eu.projectresolution.mobilisation.practice;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ReSolution toolkit: a catalogue of practice sheets that professionals search, and whose candidates
 * reviewers rank by innovation and transferability.
 *
 * <pre>{@code
 * PracticeSheets stored = ...;                      // the storage port, e.g. the in-memory adapter
 * Toolkit toolkit = Toolkit.ofVersions(stored.list(tenant));
 * List<PracticeSheet> found = toolkit.find(PracticeSheetQuery.builder().targetGroup(TargetGroup.NEETS).build());
 * Ranking ranking = toolkit.rank(reviews);          // by RankingRule.resolution()
 * }</pre>
 *
 * <p>A toolkit is an immutable snapshot of the latest version of each sheet, typically taken from the
 * {@link eu.projectresolution.mobilisation.port.PracticeSheets} port, which stores the sheets, keeps
 * their older versions and can run the same {@link PracticeSheetQuery} in its own store. It holds only
 * sheets that break no rule of {@link PracticeSheetJson#problems(PracticeSheet)}.
 */
public final class Toolkit {
  private final List<PracticeSheet> sheets;

  private Toolkit(Collection<PracticeSheet> sheets) {
    Map<PracticeSheetId, PracticeSheet> byId = new TreeMap<>();
    PracticeSheetJson json = PracticeSheetJson.create();
    for (PracticeSheet sheet : sheets) {
      requireNonNull(sheet, "sheet");
      checkArgument(
          byId.put(sheet.id(), json.requireValid(sheet)) == null,
          "sheet %s is given twice: a toolkit holds one version of each sheet",
          sheet.id());
    }
    this.sheets = List.copyOf(byId.values());
  }

  /**
   * A toolkit of these sheets.
   *
   * @throws InvalidPracticeSheet if a sheet breaks a rule
   * @throws IllegalArgumentException if two sheets have the same id
   */
  public static Toolkit of(PracticeSheet... sheets) {
    return new Toolkit(Arrays.asList(sheets));
  }

  /**
   * A toolkit of these sheets.
   *
   * @throws InvalidPracticeSheet if a sheet breaks a rule
   * @throws IllegalArgumentException if two sheets have the same id
   */
  public static Toolkit of(Collection<PracticeSheet> sheets) {
    return new Toolkit(sheets);
  }

  /**
   * A toolkit of the stored versions given, e.g. {@code PracticeSheets.list(tenant)}: one version of each
   * sheet.
   *
   * @throws InvalidPracticeSheet if a sheet breaks a rule
   * @throws IllegalArgumentException if two versions are of the same sheet
   */
  public static Toolkit ofVersions(Collection<PracticeSheetVersion> versions) {
    return new Toolkit(versions.stream().map(PracticeSheetVersion::sheet).toList());
  }

  /** Every sheet, by id. */
  public List<PracticeSheet> sheets() {
    return sheets;
  }

  public Optional<PracticeSheet> sheet(PracticeSheetId id) {
    return sheets.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The sheets that match the query, by id. */
  public List<PracticeSheet> find(PracticeSheetQuery query) {
    requireNonNull(query, "query");
    return sheets.stream().filter(query::matches).toList();
  }

  /** Every sheet ranked by the reviews, with ReSolution's default {@link RankingRule#resolution() rule}. */
  public Ranking rank(Collection<Review> reviews) {
    return rank(RankingRule.resolution(), reviews);
  }

  /** Every sheet ranked by the reviews, with the given rule (see {@link RankingRule} for how). */
  public Ranking rank(RankingRule rule, Collection<Review> reviews) {
    return requireNonNull(rule, "rule").rank(sheets, requireNonNull(reviews, "reviews"));
  }

  @Override
  public String toString() {
    return "Toolkit" + sheets.stream().map(PracticeSheet::id).toList();
  }
}

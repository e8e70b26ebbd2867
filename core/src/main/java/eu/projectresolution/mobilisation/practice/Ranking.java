package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The candidates for a toolkit in rank order, by a {@link RankingRule}, and those not yet rankable. */
@Value.Immutable
@JsonSerialize(as = ImmutableRanking.class)
@JsonDeserialize(as = ImmutableRanking.class)
public interface Ranking {
  RankingRule rule();

  /** Best first; {@link RankedPractice#rank()} is the position, from 1. */
  List<RankedPractice> ranked();

  /** The candidates with a criterion nobody scored yet, by sheet id. */
  List<UnrankedPractice> unranked();

  /** The ranked sheet ids, best first. */
  default List<PracticeSheetId> order() {
    return ranked().stream().map(RankedPractice::sheet).toList();
  }

  default Optional<RankedPractice> ranked(PracticeSheetId sheet) {
    return ranked().stream().filter(r -> r.sheet().equals(sheet)).findFirst();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRanking.Builder {}
}

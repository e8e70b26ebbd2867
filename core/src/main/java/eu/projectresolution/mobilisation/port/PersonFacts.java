package eu.projectresolution.mobilisation.port;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * What one person adds to the indicator reports of their programme, for every period a report can
 * ask for: their {@link FactCell cells}, computed by core from their pathway each time it changes, and
 * kept by the store in the same atomic step as the events. A report then adds up the cells that cover
 * its period, without reading any event.
 *
 * <p>The {@link #basis()} names the definitions the facts were computed under (the figures, the
 * pathway model and the registered outcome rule sets with their versions): facts under another basis,
 * or {@link #outOfDate out of date}, are computed again before a report counts them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePersonFacts.class)
@JsonDeserialize(as = ImmutablePersonFacts.class)
public interface PersonFacts {
  /** The basis of facts not computed, or no longer true: a report refuses to count them. */
  String OUT_OF_DATE = "out-of-date";

  BeneficiaryId beneficiaryId();

  ProgrammeId programmeId();

  /** The definitions the facts were computed under; {@link #OUT_OF_DATE} if they must be computed again. */
  String basis();

  /** The version of the person's stream the facts were computed from. */
  long throughVersion();

  List<FactCell> cells();

  /** Whether the facts must be computed again before a report counts them. */
  default boolean outOfDate() {
    return basis().equals(OUT_OF_DATE);
  }

  /**
   * The facts of a person whose events were stored without them: one cell covering every period,
   * so that a report over the programme sees them and asks for them to be computed.
   */
  static PersonFacts outOfDate(BeneficiaryId beneficiary, ProgrammeId programme, CaptureChannel channel, long version) {
    return builder()
        .beneficiaryId(beneficiary)
        .programmeId(programme)
        .basis(OUT_OF_DATE)
        .throughVersion(version)
        .addCells(FactCell.builder().endFrom(LocalDate.MIN).channel(channel).tally(Tally.of(List.of(0))).build())
        .build();
  }

  @Value.Check
  default void check() {
    checkArgument(!basis().isBlank(), "basis is blank: name the definitions the facts were computed under");
    checkArgument(throughVersion() >= 1, "throughVersion must be at least 1 (was %s)", throughVersion());
    checkArgument(!cells().isEmpty(), "the facts of beneficiary %s have no cell", beneficiaryId());
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePersonFacts.Builder {}
}

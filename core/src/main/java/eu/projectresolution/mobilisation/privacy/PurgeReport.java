package eu.projectresolution.mobilisation.privacy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a retention purge did on a day: for each person whose data reached the end of its retention
 * period, what it erased. A person with nothing left to erase is not listed, so a purge run again the
 * same day reports nothing.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePurgeReport.class)
@JsonDeserialize(as = ImmutablePurgeReport.class)
public interface PurgeReport {
  /** One person's data erased by the purge. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePurged.class)
  @JsonDeserialize(as = ImmutablePurged.class)
  interface Purged {
    BeneficiaryId beneficiaryId();

    ProgrammeId programmeId();

    Set<ErasedData> erased();

    static Purged of(BeneficiaryId beneficiary, ProgrammeId programme, Set<ErasedData> erased) {
      return ImmutablePurged.builder().beneficiaryId(beneficiary).programmeId(programme).erased(erased).build();
    }
  }

  /** The day the purge ran, by the engine's clock: the periods were counted up to it. */
  LocalDate day();

  /** The programmes with a retention policy, whose people were looked at. */
  List<ProgrammeId> programmes();

  /** How many people of those programmes were looked at. */
  long peopleLookedAt();

  /** The people whose data were erased, each with an {@link ErasureRecord} of its own. */
  List<Purged> purged();

  static PurgeReport of(LocalDate day, List<ProgrammeId> programmes, long peopleLookedAt, List<Purged> purged) {
    return ImmutablePurgeReport.builder().day(day).programmes(programmes).peopleLookedAt(peopleLookedAt)
        .purged(purged).build();
  }
}

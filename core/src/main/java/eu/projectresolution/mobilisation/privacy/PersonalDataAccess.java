package eu.projectresolution.mobilisation.privacy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.internal.Checks;
import java.time.Instant;
import org.immutables.value.Value;

/** One read of a person's identifying details through the engine: by whom, why and when. */
@Value.Immutable
@JsonSerialize(as = ImmutablePersonalDataAccess.class)
@JsonDeserialize(as = ImmutablePersonalDataAccess.class)
public interface PersonalDataAccess {
  BeneficiaryId beneficiaryId();

  /** Who read: the staff member's or system's id as the host knows them. At most 200 characters. */
  String author();

  AccessPurpose purpose();

  /** When, by the engine's clock. */
  Instant at();

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(author(), "personalDataAccess.author", Checks.NAME);
  }

  static PersonalDataAccess of(BeneficiaryId beneficiary, String author, AccessPurpose purpose, Instant at) {
    return ImmutablePersonalDataAccess.builder().beneficiaryId(beneficiary).author(author).purpose(purpose).at(at).build();
  }
}

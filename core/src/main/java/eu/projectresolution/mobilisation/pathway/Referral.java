package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.programme.SchemeId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A referral ("orientation", "mise en lien") of a person to a mainstream scheme that already exists
 * locally, and what became of it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReferral.class)
@JsonDeserialize(as = ImmutableReferral.class)
public interface Referral {
  ReferralId id();

  SchemeId schemeId();

  LocalDate proposedOn();

  ReferralStatus status();

  /** The day the current status was recorded. */
  LocalDate statusOn();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableReferral.Builder {}
}

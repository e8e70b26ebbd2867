package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A partner step a person took ({@link PartnerStep}), on a day, with its site and short note if given. */
@Value.Immutable
@JsonSerialize(as = ImmutablePartnerStepTaken.class)
@JsonDeserialize(as = ImmutablePartnerStepTaken.class)
public interface PartnerStepTaken {
  @Value.Parameter
  LocalDate on();

  @Value.Parameter
  PartnerStep step();

  @Value.Parameter
  Optional<SiteId> site();

  @Value.Parameter
  Optional<String> note();

  static PartnerStepTaken of(LocalDate on, PartnerStep step, Optional<SiteId> site, Optional<String> note) {
    return ImmutablePartnerStepTaken.of(on, step, site, note);
  }
}

package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A welcome at one of the programme's sites (a first reception or a re-entry), with the situation observed then. */
@Value.Immutable
@JsonSerialize(as = ImmutableReception.class)
@JsonDeserialize(as = ImmutableReception.class)
public interface Reception {
  @Value.Parameter
  LocalDate on();

  @Value.Parameter
  SiteId siteId();

  @Value.Parameter
  Optional<Situation> situation();

  static Reception of(LocalDate on, SiteId siteId, Optional<Situation> situation) {
    return ImmutableReception.of(on, siteId, situation);
  }
}

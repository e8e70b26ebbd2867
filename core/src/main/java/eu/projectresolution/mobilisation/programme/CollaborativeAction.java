package eu.projectresolution.mobilisation.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * An action conducted together with local employment, social, training and neighbourhood actors: SIPA
 * ran 43 of them, such as a reverse job fair, volleyball matches between companies, partners and young
 * people, or a conference. They build the collaborative dynamic that is SIPA's third axis.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCollaborativeAction.class)
@JsonDeserialize(as = ImmutableCollaborativeAction.class)
public interface CollaborativeAction {
  CollaborativeActionId id();

  ProgrammeId programmeId();

  /** At most 200 characters. */
  String title();

  LocalDate date();

  /** The partners that took part. */
  List<PartnerId> partners();

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(title(), "collaborativeAction.title", Checks.NAME);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableCollaborativeAction.Builder {}
}

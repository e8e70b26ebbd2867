package eu.projectresolution.mobilisation.programme;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An organisation the programme works with, and the mainstream schemes it provides. The public
 * employment service, for instance, provides registration; a training body provides courses.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartner.class)
@JsonDeserialize(as = ImmutablePartner.class)
public interface Partner {
  PartnerId id();

  /** At most 200 characters. */
  String name();

  PartnerKind kind();

  /** The schemes this partner provides; people can be referred to any of them. */
  List<Scheme> schemes();

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(name(), "partner.name", Checks.NAME);
    Set<SchemeId> seen = new HashSet<>();
    for (Scheme scheme : schemes()) {
      checkArgument(
          seen.add(scheme.id()),
          "partner %s lists scheme id %s twice: scheme ids must be unique",
          id(),
          scheme.id());
    }
  }

  static Partner of(PartnerId id, String name, PartnerKind kind, Scheme... schemes) {
    return builder().id(id).name(name).kind(kind).addSchemes(schemes).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePartner.Builder {}
}

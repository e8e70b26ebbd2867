package eu.projectresolution.mobilisation.transfer;

import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.Language;
import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The target team must work in one of the given languages, e.g. because the practice's tools (posters,
 * flyers, guides) exist only in French. Written {@code {"type": "language", "anyOf": ["fr"]}}.
 */
@Value.Immutable
@JsonTypeName("language")
@JsonSerialize(as = ImmutableWorkingLanguage.class)
@JsonDeserialize(as = ImmutableWorkingLanguage.class)
public interface WorkingLanguage extends Requirement {
  Set<Language> anyOf();

  @Override
  default boolean isMetBy(TransferContext context) {
    return anyOf().stream().anyMatch(context.languages()::contains);
  }

  @Override
  default String describe() {
    return "a team working in " + Texts.joinOr(anyOf());
  }

  @Override
  default String observedIn(TransferContext context) {
    return context.languages().isEmpty()
        ? "no working language given"
        : "working languages: " + Texts.join(context.languages());
  }

  @Value.Check
  default void check() {
    Checks.checkText(why(), "requirement " + id() + ".why", Checks.DESCRIPTION);
    checkArgument(!anyOf().isEmpty(), "requirement %s: anyOf must name at least one language", id());
  }

  static WorkingLanguage of(RequirementId id, Language first, Language... more) {
    return builder().id(id).addAnyOf(first).addAnyOf(more).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableWorkingLanguage.Builder {}
}

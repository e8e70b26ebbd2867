package eu.projectresolution.mobilisation.transfer;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.Money;
import org.immutables.value.Value;

/**
 * The target's budget divided by the people it intends to reach must be at least this amount. SIPA spent
 * EUR 80.39 per person welcomed. Written
 * {@code {"type": "budgetPerPersonReached", "minimum": {"amount": 40, "currency": "EUR"}}}.
 *
 * <p>Amounts in different currencies are not converted: comparing a minimum in EUR with a budget in SEK
 * is a caller mistake and throws {@link IllegalArgumentException}; state the minimum in the context's
 * currency.
 */
@Value.Immutable
@JsonTypeName("budgetPerPersonReached")
@JsonSerialize(as = ImmutableMinimumBudgetPerPersonReached.class)
@JsonDeserialize(as = ImmutableMinimumBudgetPerPersonReached.class)
public interface MinimumBudgetPerPersonReached extends Requirement {
  Money minimum();

  @Override
  default boolean isMetBy(TransferContext context) {
    Money available = context.budgetPerPersonReached();
    checkArgument(
        available.currency().equals(minimum().currency()),
        "requirement %s asks for a budget in %s but context \"%s\" has its budget in %s: "
            + "state the minimum in %s (no exchange rate is applied)",
        id(),
        minimum().currency(),
        context.name(),
        available.currency(),
        available.currency());
    return available.amount().compareTo(minimum().amount()) >= 0;
  }

  @Override
  default String describe() {
    return "at least " + Texts.money(minimum()) + " per person reached";
  }

  @Override
  default String observedIn(TransferContext context) {
    return Texts.money(context.budgetPerPersonReached()) + " per person reached";
  }

  @Value.Check
  default void check() {
    Checks.checkText(why(), "requirement " + id() + ".why", Checks.DESCRIPTION);
    Checks.checkNonNegative(minimum().amount(), "requirement " + id() + ".minimum.amount");
  }

  static MinimumBudgetPerPersonReached of(RequirementId id, Money minimum) {
    return builder().id(id).minimum(minimum).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableMinimumBudgetPerPersonReached.Builder {}
}

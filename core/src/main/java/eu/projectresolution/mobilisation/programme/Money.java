package eu.projectresolution.mobilisation.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * An amount of money in a currency, e.g. SIPA's budget {@code Money.of("1366568.14", "EUR")}. Amounts are
 * exact decimals, never floating point.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMoney.class)
@JsonDeserialize(as = ImmutableMoney.class)
public interface Money {
  @Value.Parameter
  BigDecimal amount();

  @Value.Parameter
  Currency currency();

  static Money of(BigDecimal amount, Currency currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /** Shorthand: {@code Money.of("1366568.14", "EUR")}. */
  static Money of(String amount, String currencyCode) {
    return of(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }
}
